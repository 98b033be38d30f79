"""Hand-written English buyer messages for 15 pre-sale intents, round 3: systematic sub-situation coverage of each intent's scope across product types and registers (training set)."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["greeting"] = """
hey, you guys open?
Hi, is the chat staffed at the moment?
anyone manning the chat today
Hello?? I sent a message an hour ago, anyone there now?
hi, back again after lunch, are you around
still there? hello
Hi, I bought the rice cooker from you last spring, hope you remember me!
hey it's Priya again, the one with the kitten, hello 😊
hello, returning customer here
Dear Support Team at Homely Living, good day to you.
Good morning Sir or Madam, I hope this email finds you well.
To whom it may concern, good afternoon.
evening from Jeddah 🌙
good morning from sunny Cebu!
hey from Vancouver, anybody up at this hour
hi, I found you on TikTok and wanted to say hello
hello, I got your number from the WhatsApp ad
hi came here from your Etsy page
konnichiwa, hello hello
merhaba, hello friend
hola, hi, good day
test test, does this chat actually work
sending a test message, can you see this?
🙋‍♀️
👋👋
hi Sofia, are you on today?
Hello Mr. Chen, good morning
Hi Jake, you helped me last week, are you there?
hi, I have a couple of questions
hello, I want to ask something about your shop
hey, got a minute?
Merry Christmas! anyone working today?
happy new year seller 🎉 are you online
Eid Mubarak, hope you are well, anyone there
happy Diwali sir, is the shop open
hello hello um is this the store chat hello
hi there comma good morning full stop
heyy whos on
gm ☀️
Hello good evening, I'm Olumide from Ibadan.
hiya love, anyone in?
"""

DATA["product_info"] = """
what's the shell of the puffer made of, nylon or polyester?
the mug is stoneware or porcelain
is the bracelet leather genuine cowhide or PU
exact measurements of the bean bag when filled pls
how heavy is the folding treadmill, can one person move it
Dear seller, kindly state the folded dimensions of the pram.
how tall is the floor lamp at its highest setting
will this screen protector fit a Pixel 8 Pro with a case on
does the ink work in an Epson EcoTank ET-2850
is the controller compatible with Nintendo Switch OLED
do the roof bars fit a 2021 Toyota RAV4 without rails
can the duvet go in the tumble dryer
how do I clean the suede on the handbag
the cast iron pan, do I need to season it before first use
how do you set up the baby monitor, do I need wifi
can the stand mixer knead bread dough
how to fill the fountain pen, cartridge or converter?
what comes in the box with the drone, how many batteries and propellers
is the mattress protector included with the cot
does the electric toothbrush come with a travel case
does the hair straightener have dual voltage for travel
is the plug UK three pin on the air purifier
what's the run time on the cordless vacuum
is the protein powder gluten free
does this lipstick contain carmine? I avoid animal products
nuts in the granola? my son is allergic
is the baby walker certified to EN 1273
from what age is the scooter suitable
is the paint on the wooden toys non toxic
what ip rating is the outdoor speaker
does the e reader have a backlight
is the keyboard hot swappable and what layout
manual in english? the pictures show only chinese
will the region 2 dvd play in the US
is the phone unlocked or carrier locked
how long does the dog food keep once opened
expiry date on the fish oil capsules?
how loud is the blender in decibels, I have a sleeping baby
does the mini fridge make a humming noise at night
what does the shampoo smell like, floral or fresh
the cold brew coffee, is it sweetened
got the standing desk yesterday, how do I reset the memory presets
hi, bought the ukulele as a gift, what strings are on it
"""

DATA["size_advice"] = """
I'm 183 cm and 77 kg, which size is the rash guard for me
bust 88 waist 70 hips 96, what size for the bodycon dress
i'm 5 ft 7 and 160 pounds, M or L in the polo
between 32 and 34 waist depending on the brand, which for these chinos
I'm a size 8 in some shops and 10 in others, which would you pick for the jumpsuit
do your trainers come up big or small
are the sports bras sized generously or tight
does the dress fit true to size or do people size down
can you send the measurements for each size of the puffer coat
is your chart in inches or cm? I only understand cm
what's US 9 women in your sizes
I'm a UK 11 in shoes, what's that in EU for these boots
Chinese size XXL is what in European size
my daughter is 7 and grows fast, take age 8 or 9 so it lasts the winter?
how much room should I leave in kids ski boots, she's 20.5cm foot
what's the rise on the high waist jeans in size 28
how long are the sleeves on the L, I have long arms
my wrist is 15cm, which bangle size should I order
how do I know my necklace length, want it at the collarbone
my cat is 5kg and long, which size carrier bag
my greyhound has a deep chest, 72cm, which coat size
which ski length for me, 170cm intermediate
road bike frame for 165cm, is the 50 or 52 better
tennis racket grip size for a woman with small hands?
is the fit slim or relaxed on the overshirt
how stretchy is the waist, will a 30 fit a 31 person
Petite 152cm, will the maxi skirt be too long in S
I'm 34 weeks pregnant, what size nursing pyjamas for after birth
plus size: 130 kg, 180 cm, which size fits me in the robe
will the linen shirt shrink? should I size up then
if the hoodie is 100 percent cotton do I go one up for shrinkage
buying a jacket for my boyfriend as a surprise, he's usually M at H&M, which here?
gift for my mum, she's about a UK 14 and short, which size
what size duvet for a 160x200 bed, the 200x200 or 220x240?
my mattress is 180x200, which of your sheet sizes should I order, king or super king?
sz chart plz
which size im 70kg
42 chest, L or XL?? help
Hello Sir, I am weighing 95 kilo and tall 5 foot 10, please tell me which size of track suit is fit for me
hi im normally a small but i have big hips like 40 inch so what size should i get in the skirt
my son's feet measure 17cm heel to toe, which size sandals
"""

DATA["stock"] = """
is the 128GB in midnight blue available right now
do you have the dining chair in walnut with the black legs
size 38 in the ballet flats still in stock?
when do you expect the cordless stick vacuum back
restock eta for the lego botanical set?
is more of the vanilla body mist coming soon
please let me know the moment the pro controller is back
can you notify me when the 8x10 rug returns
is there a waitlist for the limited knife set
do you have 25 units of the bluetooth speaker, we need them for an event
I need 12 matching cushion covers, are there that many in stock in mustard
is the kettle in cream discontinued or just sold out
are you still selling the old version of the car seat
is the graphic tablet ready to ship or pre-order only
is the UK warehouse out of the patio heater or only the EU one
do you have stock in the US so it doesn't come from China
what other colours does the yoga mat come in
does the raincoat come in any colour other than yellow
is the swivel chair available in fabric as well as leather
it says 1 left in size 6, is it really there or a glitch
I added the trainers to my basket and now they say out of stock?? is it gone
my cart suddenly says unavailable for the ring light, still have any?
do you sell replacement filters for the water jug
are spare batteries for the baby monitor available
is the replacement bowl for the stand mixer in stock
any of the anniversary edition watch left
how many of the signed vinyl are left
are the pumpkin spice candles coming back for autumn
will the advent calendars be restocked next year
OUT OF STOCK?? i literally saw it this morning
in stock in XS? 🙏
M in grey avail?
hello, the baby carrier in the grey melange, is there still available?
is the mermaid cake topper still available i wanted to order for saturday
do you have it in 6 pack or only single bottles
the 2 litre size of the olive oil, do you have
hi, can you check if the hiking backpack 45L is in stock, your site just spins
is the white desk still available? I want to order before payday
are the kids ballet tutus in lilac in stock in 4-5y
stock check pls: SKU LMP-0091 in brass
"""

DATA["price_bargain"] = """
any discount on the treadmill?
can you knock a bit off the pram?
could I get a little off the price of the mirror
would you sell the earbuds for 35
I'll give you 90 for the bike rack
$250 for the sofa and I'll pick it up today
can you do R1200 for the two hoodies
how much off if I buy 4 of the car seat covers
I'm buying 50 mugs for our cafe, what's your price per piece then
what discount do I get at 10 units of the lanterns
I've bought from you 5 times, could you do a better price this time
I'm a regular here, a little discount please
pensioner on a fixed income, could you make it cheaper
I'm a teacher buying for my classroom, can you reduce it
single mum here, any chance of a lower price on the cot
if I get the printer and 4 ink packs together what price can you do
the blender and the juicer together, can you do a package price
I'll pay upfront by bank transfer, can you take 10 off
cash payment on pickup, can you lower the price a bit
the box is damaged in your photo, sell it cheaper?
is there a discount on the ex-display sofa
the open box camera, can you go lower on that one
instead of discount can you throw in a free case with the phone
if I buy the guitar, add a strap and picks for free?
Amazon has it for 42, can you match that price
another shop sells it at 1,800 pesos, can you do the same
your competitor offers 15 percent off, can you beat that
what's your absolute lowest on the stroller
final price pls, no games
last price for 3 pcs?
make it an even 100 and we have a deal
round down to 20 quid?
cheaper pls
discount??
£££ too much, lower?
boss make am 15k I pay now
pls sir reduce small, I am coming from far village
can you do something on the price? I really love the lamp but it's out of my budget this month
Hi there, I am interested in buying the complete drum kit but it's a bit over what I planned. Would you consider 700 instead of 780?
Dear Sir, we would like to order 30 office chairs for our new branch. Could you please offer us a reduced price for this quantity?
if i order the bridesmaid dresses for all 6 girls can u give us a group price
"""

DATA["promotion"] = """
got any promo codes at the moment?
discount code for the skincare range?
is there any voucher I can use today
the code SPRING20 says not valid for this product, why?
promo code keeps saying 'minimum not met' but my cart is 75
my voucher from the last order won't apply
when does the summer sale start this year
any 12.12 deals planned for the robot vacuum?
will you do a sale on the bike trainers before winter?
buy 3 for 2 on the books, do I pick which one is free?
how does the 'second item half price' work if the prices are different
is the bundle discount automatic at checkout
does the espresso machine still come with the free milk jug?
free gift with purchase over $80, what is the gift?
is the mystery gift included with sale items
can I use a coupon on top of the sale price?
can I stack my welcome code with free shipping
can I use two different store vouchers on one order
how many points do I earn per dollar?
how do I spend my reward points at checkout
my points balance disappeared, do they expire after a year?
where do I find my referral link to share
does my friend also get a discount when she uses my referral
sign up for newsletter, do I get a code?
I subscribed but no welcome discount email came
spend £50 get £10 off, is it before or after the sale price
does the minimum spend include delivery?
is the 30% off also for customers in Canada?
is the app-only deal available on desktop too
the new customer discount, does it count if I had an account but never ordered?
how do I enter the instagram giveaway for the stand mixer
when are the giveaway winners announced
do I get a birthday discount if I add my birthday to my account
is there an anniversary sale for the shop's 5th birthday
what time does the lightning deal on the tablet go live
the flash sale ends at midnight which time zone?
any cashback offer with Visa on the phone
is there an instant discount with ICICI credit card
do you have a teacher discount like other stores
is the mid-season sale extended? it ended yesterday
PROMO CODE NOT WORKING
coupon? 🙏
hi, I got a postcard in my parcel with a QR code for 15% off, how does it work
"""

DATA["shipping_fee"] = """
how much is postage to Dublin for the lamp?
shipping to Osaka, Japan, cost for the camera bag?
what's delivery to Bergen, Norway for a 10kg parcel
how much to Monterrey for 3 t-shirts
do you offer free delivery anywhere?
free shipping starts at what amount for the US
how much do I need to spend for free postage
if I buy 3 candles do I pay shipping 3 times?
I placed two orders 10 minutes apart, can the postage be charged once?
is there one shipping fee for the whole basket or per item
why does it cost 30 to send a tiny pair of earrings
shipping is more than the necklace, why that much?
what does express delivery cost compared to standard
is priority shipping to Canada expensive?
is there an extra shipping charge for the Scottish Highlands
do you charge more to ship to the Canary Islands
shipping to outer islands Hawaii, is it extra
surcharge for delivering the fridge freezer?
how much is delivery for the 3 seater sofa to Brisbane
the treadmill is heavy, what's the delivery charge
can you give me free shipping on this one? I'm buying two
could you do a cheaper shipping option to Kenya
shipping is too expensive, any discount on it?
the 129 on the kettle, is that with delivery or is delivery on top
does the price already cover postage to Germany?
shipping extra or included
is it cheaper if I pick it up from a parcel locker
free shipping if I choose store pickup?
checkout says 12.99 shipping but the product page says free, which is it
why does the shipping fee change when I type my postcode
do Prime members get free delivery on your store?
I'm a VIP member, shouldn't shipping be free?
shipping cost?
how much deliver to Kumasi
postage to Canberra pls
Kindly let me know the delivery charges for 2 office chairs to Colombo.
hi, I want to buy the cat tree but how much you charge to ship it to Saskatoon, it's a big item
shipping fee to Almaty, I am buying perfume and makeup
ship cost for the ink cartridges to Warsaw?
how much is shipping on a tiny order like one phone case
"""

DATA["delivery_time"] = """
how long to get to Quebec City?
shipping time to Guatemala?
how long does it take to deliver to Busan
roughly how many days to Ho Chi Minh City
will it arrive before the 24th if I order tonight? Phoenix
the christening is on the 9th, can the gown be in Cork by then?
I need the costume for Halloween in Denver, would it make it?
need the printer ink by Monday, is that possible in Leeds
how many days with express vs normal to Frankfurt
is express really 3 days to Toronto or longer
how long total including processing and shipping to Sydney
the handmade table, how long until it's at my door in Ohio?
does delivery take longer in December?
will the Chinese New Year holiday slow down delivery to Spain?
do you have a local warehouse so it comes faster to Texas
from the EU warehouse how many days to Vienna
next day delivery available in Birmingham?
can I get same day delivery in Singapore?
what's the cut-off time for next day delivery?
if I order by 2pm does it still go out for tomorrow's delivery?
how long to rural Queensland, we're 300km from Brisbane
delivery days to a small town in Patagonia?
does customs add much time for delivery to Brazil?
including customs, how long for the phone to reach India?
the ebook, do I get it right after payment?
is the game key sent instantly after I pay
delivery takes how long to Perth? asking before I pay
how many days
arrive when if order now
thinking of ordering the lamp but I'm moving out on the 30th, it has to arrive before that
my flight to Bali is on the 12th and I need the swimsuits before then
got a job interview next Thursday, if I order the blazer now will it reach Glasgow in time
so how soon could the standing desk reach Seattle
Hello dear, how many days the delivery take to Lusaka Zambia please
if i buy the scooter today when would it reach me in Kandy
how long does shipping to Iceland usually take, I've heard it's slow
Dear Sir, could you please advise on the estimated delivery time to Doha for the baby car seat?
what's the delivery window for the washing machine to Manchester, I have to take a day off
is it 2 days or 2 weeks to Mexico City? the page isnt clear
how fast can the dog crate arrive in Calgary, puppy comes home saturday
"""

DATA["courier"] = """
do you ship to Panama?
can you deliver to Iraq, Erbil
do you post to Jersey, Channel Islands
which carrier handles deliveries to Poland?
what delivery company do you use in Germany, DHL or Hermes?
who delivers to Ireland, An Post?
could you send it by UPS instead of regular mail?
can you use TNT for my order to Italy
please ship with Canada Post, Purolator never finds my house
not Evri please, any other courier possible?
can you avoid Yodel for my delivery
I don't want SpeedX, they lose everything, can you use USPS
can I pick up from a Mondial Relay point in France
InPost paczkomat possible?
can it be delivered to a DHL Packstation
do you ship to APO AE military addresses
can I use my parcel forwarder in Oregon as the shipping address
will you deliver to a PO Box in Auckland
is it registered mail with tracking or normal post
do you use a tracked service to Russia or just untracked
can I send my own UPS label or account number for the pickup
can lithium batteries be shipped by your courier to Australia?
will the courier take the perfume? some don't ship liquids
can you send the e-bike battery by air to Israel?
do you deliver to Guadeloupe
what about French Guiana, do you ship there
does your courier go to the Faroe Islands
do you deliver with your own van in London
is it your own delivery team or a third party courier for the wardrobe
which courier requires a signature? I want one that does
do you use a courier that delivers on Saturdays in Dublin
the piano is huge, do you ship it with a pallet freight company
can you ship the hot tub to Cyprus by freight
do u ship 2 Ghana
courier name pls
Good day, please which delivery company are you using for Abuja?
Hello I live in Kathmandu, Nepal, will you be able to send the parcel here?
Ive had 3 packages lost by the same carrier this year so before i buy the headphones can you tell me who delivers to Houston
what courier for Bangladesh, DHL or Sundarban?
can you send via Pathao courier inside Dhaka?
can you ship with Shiprocket to Pune
"""

DATA["authenticity"] = """
are these real AirPods Pro or a clone?
is the Chanel No 5 authentic or a dupe
is the Rolex real or replica, be honest
are you an authorised Apple reseller?
is your shop an official Philips partner?
are you a licensed distributor of Bosch tools
does the watch come with the original certificate and warranty card
can you provide proof of purchase from the brand for the handbag?
is there an authenticity card with the Gucci belt
can I check the serial on Sony's website before buying?
does the Dyson have a serial number I can register
is the console an official UK release or a grey import?
is this the official EU version of the Xiaomi phone or a global copy
the price is half of the Apple store, so is it real?
so cheap… genuine Nike?
why so cheap, is it counterfeit Lancome?
does the box have the hologram seal of authenticity
is the Cerave tub sealed from the factory or could it be refilled
is the Barcelona shirt official licensed merch?
the Marvel figures, official Hasbro?
are the Harry Potter books official editions or bootleg prints
is the vinyl an original pressing or bootleg
is the Estée Lauder serum genuine and not expired stock
is the Windows key legit or a grey market key
is the Office licence genuine Microsoft?
Is this real Toyota OEM or aftermarket copy
are the Bosch wiper blades genuine?
Last time I bought 'original' Beats from another seller and they were fake. Are yours really from Beats?
got burned by fake Ugg boots before, yours legit?
authentic? 🤨
fake or real bro
100% ori?
Sir is this original Samsung charger or local copy?
are the MAC lipsticks real, not Chinese copies?
is this watch real Seiko or a fake copy sold cheap
Dear Seller, I would be grateful if you could confirm the authenticity of the Montblanc pen.
hi i want to buy the Jordans for my son but im scared of fakes, are they real?
Is the Nintendo game card genuine or a repro cartridge?
genuine Canon lens? I want to know before paying
is the Hermès scarf authentic, can you show receipt from boutique?
is the Lego you sell genuine Lego, not Lepin?
"""

DATA["quality"] = """
will the suitcase survive airport baggage handlers?
how long do the trainers last with daily running
is the vacuum built to last or will it die in a year
does the hoodie feel cheap or nice and thick
is the desk sturdy or flimsy chipboard
is the rug soft or scratchy cheap material
does the sweater pill after a few washes?
will the black dye fade after washing?
do the bedsheets get rough after washing
how good is the microphone on the webcam
picture quality on the projector in daylight?
is the sound on the soundbar decent for movies
can the office chair handle 8 hours a day?
is the mixer strong enough for daily baking in a small bakery?
some reviews say the lid cracks, is that common?
I read a review that the zip broke quickly, is that true?
how long does the battery last after a year of use, does it degrade?
will the smartwatch screen scratch easily
my last kettle from another shop rusted in 3 months, is this one better?
I had a cheap yoga mat that tore in weeks, is yours thicker and tougher?
is it worth the money or should I save for better
does the silver plated jewellery tarnish fast
will the garden furniture rust if left outside
is the stitching on the jeans strong?
are the edges of the table smooth and well finished
is the toy kitchen sturdy enough for a 3 year old who climbs on things
can the cat scratcher hold up to two big cats
will the tent last several seasons of festivals
does the patio umbrella fade in strong sun
do many arrive damaged or is it well made
is the quality consistent or do some batches come bad
quality good?
durable or not? planning to use it every day
tell me straight, is it junk or solid
pls the quality is strong or it will spoil quick
Hello, I'm planning to buy the cast iron set as a wedding gift, so I want it to be really high quality and last for years. How would you rate it honestly?
is the leather on the wallet soft and will it crack over time
how does the quality compare to the brand name ones
the hair dryer, reliable? my old one from another brand burned out
will the ring's gold colour wear off in the shower
"""

DATA["price_compare"] = """
why is it 20 more here than on Target?
I saw it on Jumia for less, what's different?
it's cheaper on AliExpress from another seller, why are you higher?
why is the gold colour 10 more than the black?
why is the king size so much more than the queen?
why does the 64GB cost the same as the 128GB?
it was 59 last month and now 69, why the price increase?
why did the price go up after I added it to my wishlist
the official Samsung store sells it for less, why?
why more than the brand website?
in the mall it's cheaper, why buy from you?
why is your price higher than in the shop down my street
the brush set costs more than the 5 brushes bought one by one, how come
single bottle is 10 but the 3-pack is 33, why?
price in pounds is higher than in dollars, why?
why is it cheaper on your website than in your Amazon store
different prices on the app and desktop, why?
why is the branded one double the generic
what do I get with the Bosch version that the cheap one doesn't have
is the cheaper no-name charger the same as the expensive one?
what's the difference between the 2023 and 2024 model besides 100 bucks?
is the new version worth 50 more than last year's?
what makes this wallet worth 120?
why so pricey for a plastic toy?
why is your price the highest of all sellers for this mattress
other sellers here have it at 25, you at 32, why
same item, why you more expensive
why pricey
seen it way cheaper on Temu 🤔 what's the difference
what's the diff between the 29 one and the 49 one
i found it for 1500 on Flipkart but here it is 1900, what is reason
the same diffuser on Shopee is 20 ringgit cheaper why
Bol.com has this for 10 euro less, anything extra in yours?
why your perfume cost more than Sephora
why is the waterproof version 40 more, is it worth it?
two listings, same photo, one 15 and one 28, what is the difference?
Hello, I'm comparing your hiking boots with the same model at Decathlon, which are 25 euros cheaper. Is yours a different version or is there something extra included?
why is the organic face cream double the regular one
what's the difference between the 14k gold filled and solid 14k besides price
the one with the steel frame vs aluminium, why such a gap
why is the Pro Max so much dearer than the Plus
"""

DATA["color_difference"] = """
does the coat look the same colour in real life as the pics?
is what I see in the photo what I get colour-wise
real-life colour same as the listing?
my screen is old, is the blue actually this bright?
on my phone the cushion looks grey but on laptop beige, what is it really
colours look different on my iPad, which is correct
what does 'stone' look like, more grey or more cream?
is 'blush' a pale pink or closer to peach
what shade is 'forest', dark green or olive?
will the grey sofa match my light grey walls like in the photo?
I need the tie to match the bridesmaid dresses, is the dusty blue accurate?
does the cabinet white match the photo, I need it same as my IKEA units
does the colour look different under yellow lamps at home?
in daylight is the coat as red as the photo?
was the photo taken with studio lights? the dress looks much brighter than usual
the main photo is teal but the close-up is green, which is true
photo 1 looks navy and photo 3 looks royal blue, which one will I get
in the video the bag is darker than the pictures, which is real?
the rose gold watch case, pinker than the photo?
is the silver a bright chrome like the picture or more matte?
the brass handles look very yellow in the picture, real?
is the walnut veneer as reddish as the photo?
is the oak floor lamp lighter in person?
will the new batch be the same shade as the curtains I bought from you in March?
are all the pillowcases the same shade or do they vary by batch
the foundation swatch looks darker than on the model, which is true?
does the eyeshadow look as shimmery as the swatch photo
is the concealer in 'light' actually light or more medium like the pic
are the photos filtered? the dress looks too perfect
is the colour edited in the pics or natural
the jumper came and it's a bit paler than your photo, is that just lighting?
received the mug, looks more lilac than the lavender in the pics, normal?
colour like pic?
real colour same?? ✨
hi sis the color is same like picture or darker?
the colour in picture and real is same or some different?
hello, I'm ordering a rug for the living room and your photos show a warm terracotta. On my laptop it looks almost pink. Which is closer to the real thing?
is the mint green more blue or more green in person
does the charcoal look black in normal light?
the kids' raincoat yellow, is it mustard or bright lemon like the picture
"""

DATA["recommendation"] = """
need a present for my 16 year old niece, she loves makeup, ideas?
what should I buy my dad who has everything?
gift for a new homeowner under 40 dollars?
what would you recommend for a small balcony garden
which laptop for video editing
best earbuds for making calls in a noisy office?
best hoover for under £150?
I have 300 euros, which camera should I get?
what's the best phone case under 15
should I get the 6L or the 9L pressure cooker for a family of 4?
which one is better for me, the ceramic or the stainless pan?
I can't decide between the rose and the oud perfume, help
new to skincare, where do I start?
what paints would you suggest for a beginner painter
which beginner sewing kit would you go with for a teenager
what's your best seller?
most popular colour in the sofa?
which one do most customers buy?
looking for a bag that fits a 16 inch laptop and looks smart
I'm looking for a watch with a big display for my grandma
searching for a quiet fan for the bedroom, what do you have
what's good for eczema, I need a gentle moisturiser
which shampoo for thinning hair?
something for my cat's hairballs, what do you suggest?
what goes well with the navy blazer, which trousers?
which rug would suit the grey sofa I bought from you
my current router is slow, which upgrade would you suggest
I have a 5 year old tablet, which new one is a good step up
educational toy for a 3 year old, what do you recommend
what books would you suggest for a 10 year old reluctant reader
which of your plants would survive a dark bathroom?
which lamp for a home office with no windows
which sleeping bag would you suggest for camping in Iceland in June?
heading to Thailand, which sunscreen would you suggest
I need a lens hood for my Canon 50mm, which one would you suggest
what case should I buy for the tablet I just ordered
ur pick for me? budget 80 dollars, gamer teen
can't decide, which of the two air purifiers would you go for 🙏
Hi, I'm setting up my first home gym in a spare room, budget about 500. What would you put together for me from your shop?
kindly suggest one phone for my mother, she is old and want simple
what's a nice but not too pricey engagement ring you'd recommend
"""

DATA["invoice"] = """
could you issue a VAT invoice for order 4471902?
please invoice to Brightline GmbH, USt-IdNr DE298765431
can you send an invoice with my company's address on it
I just need a receipt for order #77812
can I get a receipt emailed for the blender
receipt for my purchase please, for my records
the name on the invoice is misspelled, it should be Katarzyna
wrong address on the invoice, can you reissue it
the invoice shows the wrong VAT rate, please correct
can you resend the invoice, it went to spam and I deleted it
the invoice link says expired
can I have a proforma before paying for the 20 laptops
my company needs a quotation invoice before they'll approve the payment
the courier asks for a commercial invoice for customs, can you send it
customs in Switzerland wants an invoice showing the value, please provide
it's a present, please don't put the invoice in the box
can you send the gift receipt to me and not to my sister?
after returning the speaker, will I get a credit note?
I returned one item, can you update the invoice to show only what I kept
I need the invoice in US dollars not euros
invoice in Spanish please, it's for my accountant in Madrid
can you put both orders on one invoice?
could you split the invoice, half to me and half to my colleague
I need an itemised receipt for my health insurance for the blood pressure monitor
my work reimburses the headset if I show an invoice
for the warranty claim I need the original invoice, can you send a copy
Can you add my GST number to the invoice, I'm in Australia
please include my CNPJ on the invoice
my VAT number in Ireland is IE1234567T, add it please
when will the invoice be issued, on payment or on dispatch?
do you send the invoice automatically after delivery?
do you issue e-invoices in XML format for Italy
I need a paper invoice posted to me, not a PDF
invoice for this one too pls, order 55-01928
need bill
Dear Sir, I kindly request an official tax invoice for the printer I purchased on 3 March, order number 88102-33, with our company details.
hello pls i buy 3 phones from you last week, i need receipt for my boss
can the invoice show the IMEI numbers of the three phones
is the VAT already included in the invoice total?
"""
