"""English buyer messages, round 6: intent boundaries and short chat lines, part A (pre-sale intents) (training set)."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["greeting"] = """
heyo, anyone minding the store?
hullo hullo, shopkeeper?
yo shop
hello dear seller
good day ma'am
hii dear, u there?
helo helo anyone
top o the mornin, someone on chat?
greetings from nairobi, hello
sup, anyone alive in here 👋
hello team 🙏
evening, still open?
hey shop, u awake?
hi, got a sec?
hello... anyone?? 🙃
hola, hello, someone there?
bonjour, hello, anybody online?
ciao, is anybody here
hallo, is there somebody for chat
hi again, me again lol
hello, just opened the chat, you there?
hi! first time messaging a shop on here, hello
thanks for having a live chat! hello, anyone on?
ok so hello, is anyone reading these?
hi sir, available?
hi ma'am good evening po
good morning from lagos, is anyone at work yet
hi, is this the right chat for the shoe shop?
hiya love, you about?
hey, just saying hi before my question
asalam o alaikum brother, are you online
hi there, nice to be chatting with you again
ok hi, i'm back, are you still there?
hi, just checking you're open before i ask anything
hello can i ask u smth
hey, is this chat live right now or after hours
good afternoon, i hope you're well, anyone available?
marhaba, hello friend, you are here?
hey seller, knock knock 😄
hello, anybody in the shop today?
"""

DATA["product_info"] = """
material?
wat fabric is dis
whats inside the box exactly
is the screen protector tempered glass or plastic film
is the knife blade carbon steel or stainless
what's the ip rating on these earbuds
does the phone case have a raised lip around the camera
can the frying pan go in the oven, up to what temp
how do i clean the suede without ruining it
not asking if it's strong, what's the max load in kg on the spec sheet
what weight is the hammock rated for on paper
how long is the manufacturer warranty on the vacuum
does the massage gun show battery level
is the yoga mat latex free
gsm of the t shirt fabric?
is the dog bed cover removable and washable
how many pieces in the knife set
is the mattress memory foam or pocket spring
does the car seat have isofix
will these brake pads fit a 2015 corolla
is the fuel filter compatible with a hilux 2.8 diesel
is the protein powder halal certified
does the night cream contain retinol
is the tablet sim capable or wifi only
not about durability, how many hours does one charge give on the speaker
thickness of the gym mat in mm?
can i use this hair dye on bleached hair
is the lid dishwasher safe too or only the jug
does the tent come with pegs and a footprint
is the bike helmet certified, which safety standard
are the sofa legs detachable for moving
is the lipstick matte or satin finish
is the honey raw or pasteurised
how do you pair the remote with the ceiling fan
sir is this phone dual sim
is the logo embroidered or printed
dimensions of the cabinet pls, height width depth
what denier are the tights
is the cat fountain powered by usb or a plug
how long does the chocolate keep once opened
"""

DATA["size_advice"] = """
true to size?
fits small or big?
sizing tips pls
M or L for me 😅 68kg
i wear 9 in adidas, same in these?
usually a 10, do i order 10 or 11 here
is your sizing uk or us?
what size for a 4yo
does the L fit a 42 inch chest
how do i read the size chart, length or width column
should i take a size up for a slouchy knit look
my feet swell in summer, size up in the sandals?
does boyfriend fit mean i should size down
is the XS really tiny? im 45kg
my son is 128cm, which one
he's 14 and wears men's small, which size hoodie
ring size for a 54mm circumference?
my wrist is 15cm, which bracelet length
i'm 32DD in uk sizing, what's that on your chart
what belt size if my jeans are 34
the kids 6-7, is that by age or height
im 5'10 and 200 lbs, which size polo
which helmet size for a 3 year old
baby just started walking, foot is 12cm, what shoe size
last time i had to swap sizes, help me pick right this time, 178cm 72kg
if the M sells out would the L still fit me? 165cm 58kg
not asking if you have it, just which size, 38 or 39 for a 24.5cm foot
do your sizes run like shein or more like zara
between two sizes for a wedding dress i can alter, which is safer
what size for my dad, big belly but short
is the one size going to fit a uk 18?
which waist size for the joggers, i'm 31 inch
should i buy one size bigger in case it shrinks
do i go by foot length or the eu number on your chart
harness size for a pug with a 50cm chest?
which glove size, hand is 20cm long
underbust 75 overbust 90, what bra size please
which abaya length for someone 165cm tall
kid grows fast, go a size up?
the oversized fit, do i still take my normal size or go down
"""

DATA["stock"] = """
this one still avail ah?
have in size 7?
u have black?
any left?
is the 43 gone?
restock when?
preorder or in stock?
not asking when it ships, just is it in stock right now
is it in the local warehouse or do you have to order it in
do you have it in stock in kenya or only overseas
do you have 10 of the same chair available
is there any more of the XL in white
will the green come back before eid
limited stock? how many left
can you msg me when size 38 is restocked
is the grey discontinued or just sold out
is this the last batch or will there be more
any more of the 2 litre ones coming in
out of stock on the app but in stock on the website, which one is right
do u have the matching bottoms for this bikini top
do you carry spare brush heads for this toothbrush
is the blue available in the kids version
size 10 wide fit in stock?
got the 1kg bag or only the 500g
can you check if there's one more in the back
when does new stock land
sold out everywhere, any chance u have one
any stock of 205/55 r16 tyres
is the cat food in chicken flavour available
do you have it in left handed
is the 3 seater in stock or made to order
hi, is there stock of the green one before i pay?
i don't need it fast, just need to know you actually have it
is it available in other colours or only the grey shown
only 1 left it says, can i get 2?
do you still stock the old version without the button
have you got any in uk kids size 4
is there stock for 200 pcs, it's for an event
available in queen and king both?
page says ships in 2 weeks, does that mean it's out of stock at the moment
"""

DATA["price_bargain"] = """
go cheaper for me pls
lowest?
can do 90?
small discount for me? 🙏🙏
final price for both bags?
best price for 10 pcs
no voucher pls, just a straight discount
i dont have any coupon, can you lower the price for me anyway
shopee is cheaper, can you match it?
can you beat lazada's price for me
if i pay right now, 10% off?
repeat buyer here, a little something off?
special price for a teacher?
will you do 3 for 100
give discount na bro
thoda discount do bhai
reduce to 45k and i buy sharp sharp
oga drop am small
can you round it down to 200 even
offer 60, take it or leave it
can you give me a deal on the tyres if i take four
my budget is 150 for the stroller, can you work with that
is this price fixed or can we talk
not asking about promos, i want YOU to give me a better price
the coupon is only 5 off, can you make it 20 off for me
what discount for a wholesale buyer from dubai
pls sir lower small, i am coming from far
any discount for paying the full amount upfront
i'll buy the bed today if you take 50 off
mahal po, pwede bawasan?
can we do 1200 instead of 1450 for the watch
would you accept 30 dollars
my friend and i are both ordering, discount for us?
make it cheaper and i'll order 5 more next month
price abit high, can reduce?
what's the best you can do on the sofa
forget the sale banner, can you personally go lower
i saw your price is same as everywhere, so can you drop it a bit for me
can i have it for 75 if i pick up myself
hermano, dame un descuento, can you do 20 less
"""

DATA["promotion"] = """
any code?
got coupon for this?
promo?
sale when?
promo still valid till sunday?
not asking you to lower the price, is there a coupon running?
is the 15% off automatic or do i need a code
does the free gift come with every size or only the big bottle
the free shipping voucher in the promo, how do i claim it
is the bundle deal on the app only
what's in the mystery gift with purchase
is the ramadan offer valid on sale items too
when does the christmas sale end
can i use my birthday voucher on this
coupon says invalid, is it expired?
the add on deal button, how does that work
does the gift with purchase apply to online orders
do you ever have sales or is the price always this
is there a code from the youtube ad
spin the wheel prize, how do i use it
any deals for mother's day?
does the discount apply per item or to the whole cart
any combo promo for shampoo and conditioner together
is the price shown already after the 30% or before
how many points do i earn per dollar spent
can i redeem my points on this order
free samples with the order?
is there a cashback offer with hdfc cards this week
do you have a military discount program
the voucher from your survey, where do i use it
is the new user coupon one time only
any early access for black friday?
the live stream voucher, what time does it drop
any 9.9 deal on this
flash sale got limit per person?
is the buy 3 pay 2 okay with different flavours
first purchase code for the website? im in nz
is there a student deal running or not
i'm not haggling, just tell me if any campaign is on this month
does the 10 off coupon work on top of the clearance price
"""

DATA["shipping_fee"] = """
postage?
how much u charge to ship
ship free or pay?
delivery free or not?
speed doesn't matter, what's the postage cost to cork
how much is shipping if i choose dhl
is delivery to a pickup point free or charged
how much delivery to kumasi
shipping fees to the uae in dirhams?
is there a flat rate for shipping
does shipping cost more for 2 items
free shipping minimum?
is delivery free for a 60 dollar order
why is shipping 30 bucks for one t shirt, can it be less
can you send it cheaper by normal post instead
total with shipping to perth?
is there an extra charge to carry the fridge to a 3rd floor flat
is the delivery cost per order or per item
cost to ship to rural canterbury
how much to deliver to ibadan
shipping to islamabad charges?
delivery charges within lagos island
shipping fee to davao?
magkano shipping to baguio po
how much to send to kota kinabalu
is shipping to east malaysia more than west
how much to ship a bike to melbourne
what does express cost on top?
price of the cheapest delivery option?
how much for international shipping to mexico
shipping to chile in pesos, how much
is there a handling fee as well as postage
shipping fee seems high, any way to get it down
will the 3 things ship for one fee or three
delivery price for a washing machine to nairobi
what's the postage for a 2kg box to riyadh
not asking which courier, just what i'd pay for delivery
do i pay shipping if the order is over 100
how much is delivery to karen, nairobi for the sofa
envio cost to buenos aires? how much
"""

DATA["delivery_time"] = """
how many days it takes if i buy
how long delivery?
eta to kl?
arrive by friday?
not ordered yet, how many days to cebu
before i pay, when would it reach me in accra
if i order today when does it reach perth
before i order, how long is shipping time to mexico
how long does express take vs normal to lima
how long from your warehouse to me in jeddah
can it come within 24 hours in dubai
same day delivery possible in lagos?
order tonight, receive tomorrow?
will it get to me in time for eid if i buy this week
how long does the made to order sofa take to get to me
how many weeks by sea freight to durban
is delivery quicker from the local warehouse
how long do cod orders take to reach karachi
average delivery time to rural kenya?
how soon could i have it in auckland
will it be here by mother's day, i'm in ottawa
i'm travelling on the 20th, if i buy now will it come before
does customs in argentina slow it down a lot, how long in total
how long to get here in winnipeg
tiempo de entrega? how long to monterrey
how quick to singapore by air?
3 days or more to penang?
how long it take reach ibadan
delivery time to chennai?
if i pick the collection point option, how many days
haven't bought yet, what's the usual delivery window for dublin
before i checkout, will standard take weeks?
if i pay by bank transfer does delivery take longer
when would it arrive if i buy now, i'm in kuching
typical transit time to johannesburg?
will it reach me within a week in manila
need it before my exam next monday, possible if i order now?
how long does it take to deliver a fridge to nairobi
thinking of ordering, roughly how many days to quito
is it 1 week or 1 month to arrive in saudi, before i decide
"""

DATA["courier"] = """
which courier?
dhl or fedex?
ship to nigeria?
ship to peru?
you deliver to qatar?
do you send parcels to chile
do u ship to new zealand
is it aramex to kuwait?
can you use leopards courier
can i choose ups at checkout
not asking about the price, just which company brings it
which courier do you use to saudi, i had bad luck with smsa
can you ship with yodel to scotland
can it go by postnet in south africa
do you ship to zimbabwe
send to ghana possible?
do you use sendy or g4s for nairobi deliveries
do you ship via lbc po?
can you send via grab express
does the parcel go through canada post or a private courier
who delivers in ireland, dpd or an post
can you ship to a forwarding address in the us
do you ship to the maldives
does it come by estafeta or dhl in mexico
can i get it via mercado envios
do you send with correo argentino
ship internationally? i'm in brazil
do you deliver to pakistan or only india
can you ship to tasmania
do you deliver out to the northern territory
can you send it with blue dart to pune
do you send to oman through dhl
can it go to my shipito address
which logistics company for bulky items to kisumu
do you ship to the west indies, trinidad
i prefer j&t, can?
is it tracked courier or normal post to ireland
can you send it with cruz del sur cargo
never mind shipping cost, do you even post to iceland
which carrier handles deliveries to east london
"""

DATA["authenticity"] = """
original?
fake or real?
authentic or not boss?
real gucci?
legit po ba?
ori ke tak?
original ba ito?
asli hai ya duplicate?
is this the real thing?
is it genuine or a dupe
are these real adidas
is this stock from the official brand store
is the perfume original, not an inspired by version
i don't care how good it is, i care if it's really samsung
is the iphone an original apple unit or a clone
mac lipstick real? price is too cheap
is the football shirt official club merch
is this a copy of the dyson or the real one
genuine philips brush heads or compatible ones?
oem or genuine toyota part?
is the charger original apple or third party
i've been sold fakes before, is this one legit
do you have the brand's invoice as proof it's real
does it have the hologram sticker from the official importer
can i verify the serial on the nintendo website
so cheap, is it a fake?
are you an authorized reseller
these vans, real or from the market?
is it 'inspired by' or the actual brand
are the airpods pro genuine, will they show on apple coverage check
authentic product with the brand warranty?
does the brand actually make this one or some other factory
are your skincare products from the brand or parallel imported
genuine lego or compatible bricks?
replica or original jersey?
be straight with me, real or copy?
is the casio a real casio or a fake one
the tags on the shoes, original brand tags?
is the ps5 controller official sony or knockoff
is this oud the original arabian brand or imitation
"""

DATA["quality"] = """
good quality?
quality is alright or no?
durable?
does it break easy?
well made or cheap feel?
worth it or waste of money?
sturdy for a heavy guy?
qualiti gud?
quality na maganda po ba?
honest opinion on the quality pls
will the legs snap if my kid climbs on it
some reviews say it came broken, but is the item itself solid
will it go defective after a few months like the cheap ones
is the fabric going to tear easily
how does it hold up to a dog chewing on it
do the heels break easily
will the screen scratch easily
is it flimsy plastic?
is the sound good or tinny
does the camera take good pics in low light
is the suction strong or weak on this vacuum
will the lashes last more than a few wears
does the perfume last long on skin
will the stroller wheels wear out on gravel
how good is the grip on these shoes in the wet
is it actually quality or just looks good in photos
will the faux leather peel like pu does
not asking what it's made of, just will it last
before i buy, would it survive being thrown in a backpack every day
is the cotton thick enough or does it go see through after washing
does the mattress sag after a year
does the chain turn green after a while
is the lock secure or easy to break
will the kettle start leaking after a while
is the blender motor strong enough for ice
will the cushions go flat fast
does the bag keep its shape or go floppy
will the phone get slow and laggy after a year
is the clasp strong, dont want to lose the bracelet
is this a quality product or will i be back here complaining
"""

DATA["price_compare"] = """
why more expensive?
why expensive ya
why cheaper on amazon?
what's the difference between these two?
v1 vs v2, what changed for the extra cost
premium vs standard, what's the diff
not haggling, just curious why it costs more than on jumia
whats the diff between the 1l and 2l apart from size
why is the xl more than the m
why does the same brand cost less at the mall
why is the gold one pricier than the silver, same watch
why is your price higher than the official store
what makes this 200 one better than the 80 one
is the expensive one actually better or just the brand
why is the price in the app different from the website
why is this bundle dearer than buying the bits separately
other shop sells at 3500, why u 4200
why is the price here higher than your dubai listing
difference between pro and pro max besides screen size
why does the organic version cost double
the local seller has it for 20 less, why
why cost more than on trendyol
why cheaper on noon?
on mercado libre it's less, why more here
why has the price gone up since last month
25w vs 45w charger, is the higher price worth it
gel vs cream version, why is one more
why is the refurbished almost the same price as new
why so pricey vs carrefour
any difference apart from the brand name? the cheap one looks identical
why is this 10k more than on konga
whats the difference between the leather and pu version
why cost so much, others cheaper
why u more ex than carousell
not asking for a discount, why the gap vs flipkart
how is it double the price of the generic one
i don't want a lower price, i want to know what the extra 50 is for
the 2 pack vs 4 pack, why is the per piece price the same
why do you charge more for the same tv than costco
why is the eu version pricier than the asia version of the same phone
"""

DATA["color_difference"] = """
color accurate?
true colour?
colour different or same?
looks diff in real life?
in hand does it look like the listing pic
is the colour in the 3rd pic the true one
does the white look yellowish in person
is the black actually dark grey irl
the purple looks blue on my phone, which is it really
is the pink baby pink or hot pink in reality
is champagne closer to the pic or more gold
does the foundation shade match the swatch or come out darker
will the hair dye come out like the box pic colour
will the car seat cover be the same grey as shown
was the pic taken with flash? the colour looks off
customer pics look darker than yours, which is right
colour match with photo? i want to pair with my shoes
is the wood stain the same as shown or lighter
the emerald, is it that vivid in person
i got burnt before, colour was totally different, will this match the photo
is the red more orange red or blue red in real
same kulay po ba sa actual?
warna sama tak dengan gambar?
does the brown look chocolate or more caramel irl
is it the exact sky blue in the photo
no filter on the photos right? real colour?
does the mauve look greyish or pinkish in reality
is the navy closer to black in person
will the coral look like the product photo
does the off white match the picture, need it for a wedding
are the print colours as bright in real
live photo pls, to check the colour
the silver, shiny like the pic or matte grey
is it really that neon green?
is the camel colour true to pic
the titanium phone looks gold on my screen, what colour is it in hand
not asking about quality, just is the lilac the same as the photo
before i buy, does the teal look more green or blue than the listing
my monitor makes everything warm, is the grey in the photo a cool grey
is the colour of the sofa in the room photo the same as the swatch photo
"""

DATA["recommendation"] = """
what do you suggest?
any suggestions?
which one is better for me?
help me pick pls
best one for a beginner?
what's popular right now?
anything similar but cheaper?
i need a gift for my wife's 40th, ideas
what would suit a small kitchen
which shoes for standing all day as a nurse
something for a teenage boy who games
looking for a cheap but decent blender
which perfume smells like vanilla
not asking the size, which style suits a pear body shape
which of these two phones would you buy
recommend a mattress for side sleepers
need dog food for a senior lab, which one
what's good for dry skin in winter
which toy for a 2 year old who loves cars
looking for an abaya for the office, any suggestions
need an outfit for a christening, what do you have
best shampoo for curly hair?
recommend a light stroller for travel
i'm going to cape town in winter, which jacket
which tyres for rainy roads, i drive a civic
what do you recommend for a gaming setup under 500
looking for a lehenga for a sangeet, suggestions pls
which fishing rod for a kid
recommend a watch for my son's graduation
suggest a good moisturiser for acne prone skin
best neck pillow for long flights?
give me your top 3 picks for a gift basket
need a suitcase that'll last, which one would you choose
what would you buy for a new baby boy
i'm a plumber, which drill should i get
which sports bra for running, high impact
suggest something for my grandmother, she's 80
anything good for a picnic?
which lipstick shade for brown skin
my kid is into dinosaurs, what should i get him
"""

DATA["invoice"] = """
bill?
can i get invoice for this
proforma pls
payment receipt pls
payment done, pls send receipt
i paid via gcash, need the official receipt
can i have proof of purchase
need a receipt for insurance
can the invoice be in usd
company invoice with vat pls
can you put my trn on the invoice
need a tax invoice for uae vat
can you send the invoice to my accountant's email
i need a receipt that shows the card payment
is the vat shown separately on the invoice
can you issue a cfdi for my purchase
factura please, for my company in colombia with nit
my company only pays against an invoice, can you send one first
the invoice has the wrong address, fix pls
receipt with the shop stamp on it please
do you put an invoice in the box
can you reissue the invoice with my new company name
where do i download my invoice in the app
i paid with paypal but no receipt came
need a receipt in arabic and english
can you send the e-receipt again
can the invoice list each item separately
i need an invoice to claim the tax back
need the invoice number for my warranty registration
bill with gst number pls
can i get a vat receipt for my cod order
please issue an invoice for the deposit i paid
can you send the receipt on whatsapp
do you give a cash memo
can the invoice be made out in my uncle's name
the receipt came blank, can you send a proper one
payment isn't the issue, i just need the paperwork for it
transfer went through yesterday, now i need the invoice for it
need the tax invoice with our abn for the office chairs
hi, not a payment question, can you send my order receipt
"""
