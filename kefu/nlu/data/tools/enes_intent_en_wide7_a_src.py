"""English buyer messages, round 7: intents without their keywords and requests after a story, part A (pre-sale intents) (training set)."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["greeting"] = """
is there a living human on the other end of this little chat bubble
knock knock, anybody minding the counter today
just checking someone's on before i type out my whole essay
yoohoo, anyone at the desk this morning?
salaam alaikum, is the shop awake
anyone reading these or am i talking to a wall 😅
good evening from karachi, is somebody on duty now
morning! is the chat manned at this hour
my sister said you answer fast on here, so... anyone around right now?
I messaged last night and the chat closed on me. Trying again, is someone there this time?
bought from you twice before and you were always lovely. just popping in to see if anyone's on today
it's my first time using a shop chat, i'm 72 and my grandson set it up for me. can anyone see this?
sorry for the late hour, I'm in Auckland so it's nearly midnight here. is anybody still on?
i clicked the little green button at the bottom of the page and it opened this. is a person here
the app says online now next to your shop name, is that true? 😄
good day to you, hope the week is treating you well, is someone free at the moment
kem cho, anybody there from the store
hey hey, ping 👋
buenas, somebody is here for talk?
bonjour bonjour, the shop is open now? somebody answer me?
oi, anyone on the other side of this
ello ello, anyone in?
sannu, good morning, is the shop open for chat
mabuhay po, may tao po ba dyan?
good morning sir, hope you are fine, are you there
your instagram sent me here, who am i talking to, someone there?
Earlier today I waited 20 minutes and nobody came on. Before I start again, is anyone actually on the chat now?
i'm on my lunch break with ten minutes to spare, just want to know if somebody is on before i start
jambo rafiki, anyone there today?
salam brother, anybody awake after iftar?
hallo, I am from Germany, my English is not so good, is someone here to chat
marhaba, anyone answering today?
heyyy, just poking my head in 👀 anyone?
the last lady i spoke to on here was called grace, not sure if she's in, but is anyone around
voice text sorry: hello is any one they're at the shop
lah, got anyone on the line now or not
"""

DATA["product_info"] = """
if i leave it out on the balcony in the rain will it still turn on the next day
can i throw it in the machine or is it a hand wash in the sink job
my 2018 macbook only has the little oval ports, will this plug straight in
does the 65 inch come with the bit that screws it onto the wall or just the feet
how many cups of rice does the pot take at once
after a smoothie can i just chuck the jug on the bottom rack of the dishwasher
i'm allergic to nickel, will the earrings make my ears itch
does the cot fold flat enough to go in the boot of a small hatchback
do the batteries come in the box or do i need to buy them separately
is there pork gelatine in these gummies
how hot does the straightener get, my hair is very thick
how many kilos of washing does the machine take in one go
the teether, can my toddler gnaw on it all day without any nasty chemicals in it
will the car charger work in a lorry with 24 volts
My old vacuum was a Shark and I still have the spare hoses. Would they click onto this one?
We bought the bunk bed from you last year. My younger one wants a drawer underneath now, does the drawer unit go with that model?
My mum has arthritis and struggles with tiny buttons. Does this phone have a simple mode with big icons for older people?
I'm vegan and last time a so-called vegan lipstick had beeswax in it. What exactly goes into this one?
The aquarium I have is 60 litres and the old filter just died. Is this filter rated for that tank?
Got a 2016 Hyundai Tucson diesel. The garage said I need new wiper blades, will these go on my car?
my son has a peanut allergy and his school is strict about it. was this granola made anywhere near nuts?
We're moving to a place with a 70cm gap between the counters. Will the dishwasher slide in there?
My daughter just started nursery and they only allow bottles that don't leak when tipped over. Does this one seal when it's lying on its side?
the watch, can i swim laps with it on
does the lamp come with a bulb or is it just the shade and stand
what's the heaviest rider the hoverboard is rated for, i'm 95 kilos
does the heater switch itself off if my cat knocks it over
how do you get the covers off the sofa cushions to wash them
do the kids wellies have those little loops at the top to pull them on
is the coffee whole bean or already ground
can i use the pressure cooker on my gas hob or only electric
how loud is the fan at night, is there a number in decibels somewhere
I bought your air fryer last month and love it. Now my mum wants one. Does the small model also have the basket that comes out for cleaning?
translating from arabic sorry: this cream, it is for the face or for the body only?
We go camping a lot and the site has no power. Can the cool box run off the car's cigarette lighter socket?
my husband has a beard and sensitive skin, does the trimmer come with a guard for close cuts
"""

DATA["size_advice"] = """
i'm usually an M in zara and an L in h&m, which letter should i tick here
my husband is 185 and built like a rugby player, which of the letters would close over his shoulders
how roomy are these at the toe, i've got wide feet and normally go 8
these jeans, if my waist is 32 but my thighs are big, which number
which one would you pick for a tall 9 year old, 140cm
will a 38 pinch if my feet are a bit over 24cm
my baby is 7 months and chunky, 10kg, which romper
i'm six months pregnant, would the normal M stretch over the bump or should i go up one
My last pair of your boots pinched at the heel after an hour. I wear 41 in most brands. Which number would you go with this time?
I bought my nephew an XL hoodie from you and it swallowed him. He's 16 and skinny, 170cm. For the joggers, which letter?
My wife is between an 8 and a 10 UK, hips bigger than bust. For the wrap dress, what would you go for?
i measure 96cm around the chest and 80 around the waist, where does that put me on your table
is your XL roomy like an american XL or snug like a japanese one
for a loose boxy look on a 60kg girl, go up one or stay the same
foot measures 27cm heel to toe, which number for the running shoes
will the bracelet slide off a skinny wrist? mine is 14cm around
my dog is a french bulldog, 12kg, neck 40cm, which harness letter
I'm 5'4 and trousers always drag on the ground on me. Which leg length should I go for in these?
Bought my dad a shirt last Christmas and the 16 collar was tight around his neck. He's put on a bit since. What collar number for this one?
my feet are two different lengths, left 25.5 and right 26, which number do i go with
what ring number would go over a knuckle that's bigger than the finger
the kids bike, my daughter is 115cm tall, the 16 inch wheel or the 20
which helmet for a head that's 58cm around
torn between M and L, i like it tight at the gym
the abaya is for my mother, she is 158cm and heavy built, which length and width
band 34 but the cups always gap on me, what would you go with
my feet are flat and i'm normally a 44, these look narrow, go 45?
I'm a New Zealand 14 but every Asian site I've used I had to go two up. What would be safe for this jacket?
voice typed: which sighs should i get for my girl she is 4 but big for her age
my son wears a 12 in school shoes in the uk, what's that in your numbers
how much room do i leave for thick ski socks in these boots
if i wear it over a hoodie, do i take my usual or one more
twins aged 3 but one is much taller, 95 and 102cm, which for each
my husband's belly is 110cm but his legs are thin, which trouser number
I'm 160cm and the 28 waist in your jeans was perfect last time, but the legs were way too long. Which leg length should I pick this time?
hijo de 10 años, pesa 35 kilos, what number of shirt for him
"""

DATA["stock"] = """
any of the green ones still hanging around in the warehouse
the 42 button is greyed out, will it come back or is it gone forever
are more of these coming or was that the last lot
can i still get my hands on the 2022 version or has it been replaced
my cousin got the red one last week, do you still have any red left
the page says notify me, how long before you get more in
if i order 30 today do you have that many sitting there or do they have to be made
the dropdown is blank for a 9, none left?
is the lilac one gone for good
when does the next container land, i've been waiting for the navy since march
still got the queen one or just the single beds
I've been checking your page every morning for two weeks for the black 256 GB. Any idea when it shows up again?
My wife loved the lamp we got from you. I want a second for the other side of the bed but the page looks different now. Do you still have that exact one?
We're a school ordering for sports day and need 60 of the blue caps. Do you have that many, or should I look elsewhere?
I had the blue one in my cart but by the time my salary came in it had disappeared. Any chance of another coming in?
are you still making the cream with the old formula or is it all the new one now
the pushchair in your video, do you still carry that model
any more of the XXL shorts coming
will the holiday edition be around again next year
u got any more of the mango flavour or finished
i only see 1 piece showing, do you have a second one somewhere for my twins
does your lagos branch have it or only the abuja one
still have the phone in midnight green or all gone
the shoe i wanted vanished from the list yesterday, did it run out
is the kids 4 coming back before school starts
A friend sent me the link to this dress for her wedding. The bridesmaids need five of the same, in S, M, M, L and XL. Can you cover that?
My old printer takes the 305 cartridge and the shops near me have none. Do you have any of the 305 black?
I bought tyres from you in January and need one more to match the set after a puncture. Do you still carry the same 195/65 R15?
is it a wait for the factory or do you have units on hand right now
the teal in 38, gone?
is this something you'll keep carrying or a one off batch
I broke one glass from the set my mother-in-law gave us. Can I get just one more of the same glass from you?
do you have a spare charger for this model or only the whole unit
yaar, the 50ml finished? only 100ml showing
mi hermana quiere the same bag in brown, do you have it or only black
We opened a small cafe and these mugs went down a treat with customers. Half of them are chipped now. Can you still get 24 more of the same?
"""

DATA["price_bargain"] = """
what's the most you can knock off if i take all four chairs
my wallet's crying, can you meet me at 80
any chance of a little something off for a loyal face
i've got exactly 50 dollars, can we make it work for the pair
if i pay cash now can we shake hands at 3000
is there any room in that number
come on boss, do me a favour on the price, i'm buying for my whole family
I've bought from you five times this year, the pram, the cot, the car seat. For the high chair, can you be kind to me?
My budget for the wedding shoes was 60 and these are 78. Is there anything you can do to bring them within reach?
A shop in town wanted 200 for this drill and I walked out. You're at 180. Make it 150 and I'll order tonight?
i'm a student and it's the end of the month, can you help me out a little on this one
if i take 10 for my shop can we talk numbers
round it off to 100 for me and i'll click pay
1450 is a lot bro, how about 1200 final
abeg sell am give me 8k, na wetin i get
thoda kam karo bhai, 2 le raha hu
kurang sikit boleh? i take two
tawad po, last na po ba yan?
what would you take for it, straight cash
can you sweeten it if i add the matching pillow
My daughter is getting married in two weeks and I need 120 gift boxes. At your per-piece figure it's way over what we planned. What can you do for an order that size?
I'm a nurse working nights and I don't have time to hunt around. Just give me your best number on the sofa and I'll take it.
the lamp has a tiny scratch in your own photo, so shave a bit off?
last time you took 5 off because i bought two, same again this time?
is 25 rand less too cheeky to ask?
how about we split the difference, 70 instead of 80
you say 45, i say 35, meet me at 40? 😄
sir, for old customer please give some consideration on the rate
kindly help me with a small adjustment on the amount, i'm taking 3
your price is the same as everyone's, give me a reason to pick you and take 10% off
My mum is a widow on a pension and she really wants this heater. Could you go a bit gentle on the cost for her?
i'm walking away at 90, come back to me at 75 and it's done
if i collect it myself from your warehouse in ikeja will you take something off
I'm opening a small salon next month and want to get all the chairs and dryers from you. What kind of number can you do for the whole lot?
hermano 600 pesos is much, 500 and i buy now ok?
The same seller gave my colleague a better figure last week when she bought three. I'm buying three too. Can I get what she got?
"""

DATA["promotion"] = """
is there anything running this week that takes money off at the checkout
i saw an instagram ad with 20% off the first order, where do i type that in
my friend got a free tote bag with her order last week, does that still happen?
what do i do with the 500 points sitting in my account
does black friday touch this item or is it left out
your newsletter email mentioned a birthday treat, how do i use it
buy two get the third free, does the free one have to be the cheapest
is the 11.11 thing going to include this blender
when is your next big event where prices drop across the whole site
I signed up for the app last week because the banner said new members get 10 off. Nothing showed up at checkout. Is that still a thing?
My order last month came with a little card saying 15% off next time. It doesn't say how to use it. Where do I put it?
I bought a phone from you and the listing said a free case came with it during launch week. Does that still happen if I buy another one for my wife now?
I watched your live stream yesterday and the host mentioned a lucky draw. How do I get in on that?
the 3 for 2 on shampoos, can i mix brands
is the red price tag already the reduced one or does more come off at the till
anything special happening for eid this year?
for diwali are you putting a little gift in with each order
the scratch card in my last box says i won 5 dollars, how do i claim it
does the student thing work on furniture or only on stationery
is there a reward for bringing a friend, my sister wants to join
my cashback from last time, can it go toward this order
ramadan kareem, any special pricing event this month?
the free gift with purchase, is it once per order or per item
can i use two of the money-off things at once
the banner says up to 70% off, does that include the new arrivals
when the countdown clock on the page hits zero do prices go back up
last year you had a members week in november, is it happening again?
I got a gift card for Christmas and I can see 10% going on right now. Can I use both on the same cart?
I'm a teacher and a colleague said she gets something off here with her school email. How does that work?
does the mother's day bundle still come with the free mini candle
There was a link in my WhatsApp from your shop with a special price but it ran out yesterday. Will there be another one soon?
is the launch price only for today or the whole week
I've been a customer for three years now. Do loyal buyers get anything automatically, or do I have to sign up somewhere?
does the free sample come with every order or only above a certain spend
Last month on the 25th you had a payday event with extra off everything. Is it on again this month?
my kid's school sent a flyer with your logo saying show this for 10% back, does that work online too
"""

DATA["shipping_fee"] = """
how much on top of the item to get it to my door in cork
is getting it to me included in the 45 or is that extra
what will it cost me to have the sofa brought to kisumu
do i pay anything extra for the box to come over to the north island
after i typed my address the total went up 12 dollars for sending it, can that part be less
if i spend a bit more will the sending part be on you
how much does it cost to send a 3kg box to brisbane
what's the charge to get it out to a farm outside bulawayo
can you bring it to my house in mombasa for nothing if i buy two
I bought from you in March and paid nothing extra to get it to Galway. Now checkout wants 9 euro on top. Has something changed?
I'm looking at a 40 kg treadmill. Before I go ahead, what's it going to cost to get it up to my place in the Adelaide Hills?
My mum lives in Lahore and I'm in Dubai. I want to send her the blender straight from you. What would it cost to get it to her?
I ordered three bits separately last month and paid to send each one. If I put everything in one cart this time, do I pay that part only once?
the item is 8 quid and getting it to me is 11, is there a slower way that costs less
is it less if i collect at a pickup point instead of my door
do you cover the cost of getting it here if i'm over 100
whats the sending cost to sabah please
what does the van team charge to bring the wardrobe into the bedroom, not just to the gate
if i want it overnight rather than the normal way, what's the extra
is carriage included for pallets to johannesburg
how much do you add for sending two candles to leeds
any fee to get this to a pep store near me
sir what is the transport cost up to multan
how much does it cost to bring it up to kano
does the plus charges under the price mean getting it to me costs extra
my parcel forwarding warehouse is in delaware, what do you charge to get it there
if the bike goes by sea to auckland, roughly how much is that bit
is it the same price to get it to darwin as to sydney
kitna lagega bhejne ka, pune tak?
magkano po padala sa cagayan de oro?
I'm a pensioner and the teapot itself is only 6 pounds. It seems silly to pay double that just to have it sent. Is there a way round that?
we're ordering for the office in nairobi cbd, is getting it to us on the house
Last time your rider asked me for 500 bob at the gate. If I buy the rug, is that extra going to apply again?
if i split the order over two days do i pay twice for it to come
what's the cost of the quickest option to kuala lumpur
cuánto cuesta to send it to bogota? in dollars please
"""

DATA["delivery_time"] = """
if i pay tonight, will i be holding it by saturday?
haven't bought yet, what's the wait from clicking pay to it being on my doorstep in perth
is it a next week kind of thing or a next month kind of thing to get to lagos
My daughter's birthday is on the 20th and I haven't ordered yet. If I go ahead today, will the doll be with us in Cebu in time?
We're moving into our new flat on the 1st and the bed is the last thing missing. If I buy it this weekend, roughly when would it turn up in Wellington?
A friend ordered from you and it took almost a month to get to Kampala. I'm thinking of buying the speaker. Is that normal or was she unlucky?
I've got a wedding in Dubai on the 15th and need the dress before then. If I order now, which week would it realistically land?
My flight to London is on the 12th. If I order today, would it reach me in Toronto before I leave?
how soon could it be in my hands in kuching if i paid right now
will it beat christmas to johannesburg if i buy on monday
roughly what's the wait to singapore by air before i commit
from your warehouse to durban, what's the usual turnaround
i need it for a trip on friday, is that realistic if i pay this morning
before i check out, is it a week or more to get to islamabad
if i choose the pickup point option, does it get there any quicker
how many sleeps till it gets to me in brisbane if i buy it now 😄
wen will it reach if i order today, i'm in enugu
my exams end on the 3rd and i want it as a treat for myself that day, will ordering now make it
does a made to order table take weeks or months before it reaches sydney
in ramadan do things take more time to reach riyadh? i haven't ordered yet
is the express option really 2 days to auckland or is that optimistic
customs in nigeria is slow, with that included what's the total wait if i buy today
I want to surprise my wife on our anniversary on the 8th. She's in Manila and I'm working abroad. If I buy now, will it get to her by then?
My grandson's christening is three weeks from now in Cork. Is that enough time if I buy the outfit this evening?
I'm a contractor and need 20 boxes of tiles for a job that starts on the 10th. If I order today, would they be on site in Nakuru by then?
before placing the order, when can i expect it in lahore roughly
The last seller promised five days and it took five weeks. Before I buy from you, what's your honest number for Vancouver?
kitne din mein aa jayega delhi, agar abhi order karu?
ilang araw bago dumating sa davao kung mag order ako ngayon?
is it quicker if it comes from your local warehouse than from overseas, for me in penang
if i pay by bank transfer instead of card, does that slow the whole thing down getting to me
la semana que viene, would it be here in lima if i buy today?
voice to text: if i buy it now will it be hear by the weekend in leeds
I'm thinking of buying the tent for a hiking trip on the 18th in the Drakensberg. Am I cutting it too fine?
how quick do you usually get stuff out to rural new brunswick
before i pay, is same week possible for melbourne or should i dream on
"""

DATA["courier"] = """
who'll be knocking on my door with it, dhl or the postman
does your stuff make it out to fiji at all
which company's van brings it in nairobi
can it go through an post, the other lot keep leaving things in the rain
My last three parcels from other shops came with Evri and two went missing. Before I buy, who do you use for Scotland?
I live on a small island in the Philippines and most shops won't send here. Can you get things to Siargao?
I'm in Pakistan and my brother in the UK usually buys for me. Can I just buy directly from you and have it come to Karachi?
Yodel dumped my last parcel in a bush. Is there any way I can have Royal Mail bring it instead?
do u guys send to trinidad
can i have it go to my parcel forwarder in miami
is it ups or fedex that brings it over to canada
can it come with tcs, leopards always delays in my area
can you get it to iceland or is that too far for you
does it go with australia post or some private mob
i want it to go with dhl specifically, possible?
can you hand it to aramex, i have an account with them
which logistics partner in malaysia, poslaju or j&t, before i decide
does it come by lbc or jrs to mindanao
i'm in mongolia, is sending here even possible
does a local company take over once it lands in kenya, which one
My husband works offshore and his post goes through a company address in Aberdeen. Can you send to that kind of address?
My aunt is in Ghana and I want to buy the kettle for her from here in the UK. Do you send straight to Accra?
I'm posted overseas with the military and use an APO address. Can your parcels go to APO or FPO addresses?
can it go to a postnet box in pretoria
does it go through canada post or purolator out to rural alberta
who handles the last mile in lagos, gig or dhl
can you get it to the falkland islands
is it india post or a private company for remote parts of kerala
for mexico city do you use estafeta or 99minutos
i'd like it through ninja van please, can you arrange that
kya aap sri lanka bhejte ho?
boleh hantar ke brunei tak?
do you send to cyprus, the north side
i'm in saudi, if it's smsa i don't want it, can you use someone else
la empresa que lleva the parcel to chile, which one is it?
We live in a gated estate and only certain firms are let in by security. Which company brings your parcels to Sandton?
"""

DATA["authenticity"] = """
did this come out of the nike factory or a back street workshop
will apple's website recognise the serial number if i check it
is this the same perfume you'd find at the dior counter in the mall
My cousin got burned with a copy from another shop. Is this one straight from the brand?
I bought a Samsung charger online last year and it melted. The price here looks suspicious too. Is this actually made by Samsung?
My wife is a huge fan of this brand and can spot a dud from a mile away. I'm buying it for her birthday. Will it pass her test?
Last Eid I paid full price for oud that smelled like cleaning liquid after an hour. Is this bottle from the perfume house itself or filled by someone else?
The box in your pictures has no hologram, and the ones in the official store do. Is this from the brand's own supply?
would the lego website accept the set number if i looked it up, or is it a lookalike brand
is it the shirt the club sells in their own shop or a market version
for this price, be honest, did adidas make it
where do these jordans come from, the brand's distributor or some reseller
the stitching on the tag is different from my other ralph laurens, is this one from ralph lauren
if i take it to the apple store will they treat it as one of theirs
does the brand know you sell this or are you a grey importer
my friend says this seller deals in copies, is that true for this watch
will it show up in the brand's app when i scan the qr code on the box
i don't mind paying more, i just want it made by the brand itself and not a lookalike
bhai pakka brand ka hai? local maal nahi chahiye
is the skincare coming from the korean company or made somewhere else with their name on it
does this rolex come from a dealer with papers or just someone selling it on
are these from the brand's own warehouse or from wholesalers in guangzhou
My son saved up for six months for these headphones. If they turn out to be knockoffs he'll be crushed. Can you promise they're made by Sony?
I run a small shop and my customers ask for proof. Can you show me something from the distributor proving these are the brand's own goods?
the logo on the strap looks a bit off in pic 4, is that how the brand actually does it
the pokemon cards, are they from the official print run or reprints
would a jeweller confirm this is 18k gold if i had it tested
My dermatologist told me a lot of CeraVe sold online is not the actual CeraVe. Where does yours come from?
are these made in the brand's factory or somewhere that copies them
is it the honest to goodness north face or the market version
Someone in the reviews said it smelled different from the one in the store. Was that a bad batch or is it not the brand's?
at this price i'm suspicious, is it the brand's product or a lookalike
es de la marca de verdad? my english bad, is from the brand company?
is the ps5 from sony's channel here or imported from who knows where
If I register the hoover on the Dyson site, will they accept it as theirs?
Two years ago I got a Pandora bracelet from a marketplace and the charms turned black. Is this one from Pandora, not a lookalike?
"""

DATA["quality"] = """
will this still be in one piece after my twins get at it
is it the kind of thing you end up buying twice in a year
does it feel solid in the hand or like a toy
will the seams give way if i stuff it full of books every day
My last suitcase lost a wheel on the very first trip. Before I get this one, would it survive airport baggage handlers throwing it around?
I'm a carpenter and I go through cheap tools like water. Is this drill going to hold up on site every day?
My kids are rough, our last sofa lost its shape in six months. How does this one cope with jumping and general chaos?
We live right by the beach in Durban and anything metal goes rusty. Will this bike cope with the salt air?
will the print on the mug fade after a few runs through the dishwasher
is the leather going to crack after one winter
does the fabric go bobbly after a few washes
will the gold colour rub off and turn my finger green
does the zip feel cheap or does it glide
would the umbrella flip inside out in wellington wind
i'm 110 kilos, will the chair start creaking and eventually give way
honestly, is it money well spent or will i regret it
does the sound get crackly when you turn it all the way up
will the non stick still be non stick a year from now
does the phone get sluggish after a few updates
will the heels wear down fast on concrete
how does it hold up after a whole season of football
My mum bought a cheap kettle last year and it started tasting of plastic after a month. Is this one going to go the same way?
I bought a hoodie from a fast fashion site and after two washes it looked ten years old. Will this one still look decent after a few months?
I'm giving this to my boss, so it can't look cheap. How does the finish look up close?
is it the type of thing that breaks the moment the warranty runs out
would this backpack take a daily beating on the school bus
does the mascara clump and flake off by lunchtime
will the perfume still be noticeable by the evening
does the mattress get a dip where you sleep after a while
the wooden toys, any splinters or rough edges once they've been played with
how well does the vacuum pull dog hair out of carpet
the camera, are the night shots clear or grainy
voice typing sorry: is the stuff good, will it brake soon
they look nice in the pics, but in person do they feel cheap
My father is 80 and drops everything. Would this phone cope with being dropped on tiles a few times?
estos zapatos, they can walk a lot without breaking? for my job i walk all day
"""

DATA["price_compare"] = """
the same kettle is 20 less at argos, what am i paying for here
what does the extra 30 get me over the basic model
why is the blue one 10 dollars more than the grey, it's the same thing
your listing says 89 but the brand's own site says 69, why the gap
I saw this exact air fryer on Takealot for R1,200 and yours is R1,650. I'm not asking you to drop it, I just want to know what's different about yours.
My neighbour bought the same pram two months ago for a lot less from a shop in town. Why has it gone up so much here?
I'm trying to decide between the 128 and 256 versions. Apart from the storage, is there any reason the second one costs 150 more?
My wife says the one in Costco is the same and we'd be wasting money. Is she right, or is yours better somehow?
what's the story behind the price, amazon has it for half
the pro and the plus look identical to me, why does one cost double
on jumia it's 12k, here 15k, what's the extra 3k for
why does the 4 pack work out at more per bar than buying singles
the gold plated vs the solid silver, how come the silver costs more
what makes the 300 dollar mattress better than the 150 one you also sell
is the higher one just paying for the brand name
a local shop in mombasa sells it for 2000 bob less, what am i missing
why is the kids version nearly as much as the adult one
why does your shop charge more than your own listing on lazada
why did it go up 20 since last week
both are 1000w blenders, why is one 40 and the other 90
bro why so much more than daraz
what justifies the jump from the standard to the deluxe box
is the leather one worth the extra or should i stick with the pu one
I bought this serum from you in January for 25. Now it's 32. Same bottle, same size, what happened?
A friend in Singapore paid way less for the same phone from your shop there. Why does it cost more on your Malaysian page?
I'm not haggling, I just want to understand. Temu has something that looks identical for a fifth of the price. What would I be getting with yours?
why is the refurbished one almost what a new one goes for
same brand, same size, why is the organic one so much more
is the gap between the 45w and the 25w charger worth paying
eh why carousell people selling so much less than you
sir in saddar market same thing is for 2800, here you want 3600, what is the reason
why does it cost more when i pick the red
The one at the mall comes with a two year warranty and costs less. So why is yours priced higher?
help me understand why the wool one costs three times the acrylic
por qué cuesta más here than in mercado libre, same model
what exactly goes into the extra on the premium version
"""

DATA["color_difference"] = """
will the beige i get look like the beige on my screen
is that green going to be the same green when it's in my hands
the model shot looks teal but the flat lay looks navy, which one will turn up
does the white look cream once you take it out of the bag
My phone screen makes everything warmer. Is the grey in the listing a cold grey or more of a brownish one in person?
Last time I bought a burgundy dress online it came closer to brown. Is this one the deep wine red it looks like in the listing?
I'm matching this tie to my bridesmaids' dresses, which are dusty rose. Will the tie look the way it does on the website, or is it brighter in reality?
I'm painting my kid's room to go with this bedding. Is the yellow soft and buttery in real life like on the screen, or more of a lemon?
is the gold in real life as warm as it looks online or more brassy
how does the navy look in daylight, almost black?
the buyers' own snaps in the reviews look way darker than yours, which is closer to life
did you brighten the images or is it really that vivid
is the peach more pink or more orange in person
in person, does the sage look green or grey
the foundation in warm sand, does it go on like the swatch or darker
if i hold it up next to the screen will they look the same
is the silver mirror shiny like it looks or more matte
does the red have a blue tone or an orange tone in the flesh
the lipstick on the model, is it the same as what's in the tube
the sofa in the room setting looks lighter than in the swatch, which will i get
the wood looks like walnut on my laptop but oak on my phone, which is it
my husband says it's purple, i say it's blue. which one is it when it's actually in your hand
is the olive more khaki or more army green irl
does the rose gold come across pinkish or coppery in person
the lilac, is it as pastel as the listing or stronger
can you send a quick snap by the window so i can see how the grey really looks
is the black proper jet black or charcoal when you see it
wud the pink be same as shown or different when it come
is the maroon on the site what i'll get or more of a brick red
the tiles on the site look cream, are they cream in the box too, or white
My mum is picky about blue. She wants royal blue, not navy. Is what I see on your page what she'll get?
I sent a jumper back to another shop because their mustard was basically brown. Is your mustard honestly mustard?
el verde es igual que en la foto? i mean the green, is same in real?
no filters on those shots right? the turquoise looks unreal
My car is a dark metallic blue and I want the seat covers to blend in. On your page they look more denim. Which is it when they come out of the box?
We're doing a gender reveal and the balloons have to be the exact soft blue from your listing. Is that what turns up, or are they brighter?
"""

DATA["recommendation"] = """
my dad's turning 70 and has everything, what would you grab if you were me
which of these would you put in your own kitchen
first time runner, 90 kilos, point me at a pair that won't wreck my knees
i'm lost in all these creams, my skin gets red and flaky, where do i start
I've got 200 dollars and a 12 year old who only wants to game. What would make him happiest?
We're going to Scotland in November with a toddler. I know nothing about cold weather gear. What should I be buying for her?
My wife has had back pain since the baby. We need a new mattress, but there are 15 on your page. Point me at two or three.
I work at a hospital on 12 hour shifts and my feet are wrecked by the end. What shoes from your store would you go for?
need something for a teacher leaving gift, around 30 quid
what's flying off the shelves for 5 year old girls right now
if you had to pick one blender for smoothies every morning, which
going camping in the karoo in winter, help me put a kit together
my cat is old and fussy, what food would tempt her
what would look good on a short, curvy woman as a wedding guest outfit
helping my son pick his first guitar, he's 10, which do you think
anything for a long haul flight that makes sleeping easier
i have oily skin and live with lagos humidity, what should i use
which would you go for between the dyson and the shark, honestly
hunting for something nice for my mother-in-law, she loves gardening
guide me pls, need a phone under 300 with a good camera
kuch accha dikhao for my sister's mehndi
ano po maganda for a baby shower gift?
a housewarming present that isn't a candle, any ideas?
My brother just got his first flat in Toronto and owns literally one plate. What would you put in a starter kit for him?
Our dog destroys every toy within a day. He's a staffy. What would you point me to that he might not shred?
I'm starting to cycle to work, 15km each way, in Dublin rain. What gear should I be looking at?
what'd you pack for a week in bali if you were a guy who burns easily
looking for something under 50 for a secret santa at work
which tent for two people and a dog
i'm torn between the three strollers, which one suits city life
what sort of lamp would work in a dark reading corner
any ideas for an eid gift for my in-laws
what's everyone buying for valentines this year
My daughter's party is on Saturday and I totally forgot a present. She's turning 8 and is obsessed with unicorns. What should I get her?
my hair is frizzy and curly, which products would you use
para mi esposo, he likes fishing, what you think is a good gift?
"""

DATA["invoice"] = """
my boss will only pay me back if i have a paper from you with your company stamp and the amount
need something official showing what i paid, for the tax man
can you email me a document with my company name and tax number for the accounts team
my accountant wants proper paperwork for the laptop, can you send it
I bought the office chairs from you last week. Finance won't approve the expense until I show them a document from your shop with the GST breakdown. Can you send that?
My insurance company wants proof that I bought the ring from you, with the date and the price. Can you send something like that?
I paid for a class set of jackets with the school card. The bursar now needs an official document from you in the school's name. Can you do that?
Our company buys all its cleaning supplies here. Could the paperwork for March be made out to the company rather than to me personally?
can i have the paper with the amount and your shop details for my claim
the pdf you sent has my old address on it, can you redo it with the new one
where in my account do i find the pdf for what i paid
can you put our gstin on the paperwork for the printer
we need a quote on your letterhead first, then the final one after payment
need the document with your trn so we can claim back the uae tax
can you itemise each product on the document, not just one total
do you give a stamped slip for cash paid at the counter
kindly share a signed and stamped document for what we bought, for the company file
I'm self-employed and claim my work tools as expenses. For the angle grinder I bought yesterday, can you send the official document with your business number on it?
I lost the slip that came with my order in March and now the TV needs a warranty repair. Can you send me a copy?
my employer reimburses my home office gear, they need the paperwork in my name plus the company name
can the document show the postage separately from the item cost
for my company in peru i need the official electronic document with our ruc
our ngo is tax exempt, can the paperwork show our exemption number
i paid last week but there's nothing in my email showing what i paid for, can you send it
the stamped document you sent is blurry and my accountant can't read it, send again pls
the pdf you emailed lists 3 chairs but i bought 4, please correct it
do you do the paperwork in arabic for government offices
can you make the document out to my brother's company, he's paying me back
I'm buying this for my clinic. Before I pay, do you issue the proper document with our ABN on it? Otherwise I'll have to go elsewhere.
need the official paper with sst shown for the hospital purchase
for reimbursement i need the doc with hsn and gst shown separately
kindly provide the paper for my purchase, for office records
can you print the slip with the prices and put it in with the parcel
is there a way to download a copy of what i paid each month for my business
mi empresa necesita el documento fiscal, can you send it with our nit number?
voice typed: can you send me the in voice for the hair dryer
"""
