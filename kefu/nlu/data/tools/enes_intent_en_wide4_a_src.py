"""Hand-written English buyer messages for 15 pre-sale intents, round 4: contrastive lines that borrow a neighbouring intent's vocabulary while keeping their own intent (training set)."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["greeting"] = """
hi, thanks in advance, is anyone online yet?
hello! thank you for picking up so fast last time, are you there today?
hey, not a complaint or anything, just checking someone's on
hello, I have an order with you but first, is a real person reading this?
hi, I've got a question about a refund later, is the chat open now
good evening, is the shop still answering at this hour
HELLO? anyone? I'll explain once someone answers
hi there, quick hello before I send the photos
morning! are you back from the weekend?
hey it's me, the one who ordered the crib mattress, hello again
Dear customer care, good morning. I hope someone is available to assist.
hello sir, good evening, please reply when you see this
hi, sorry, wrong chat earlier, hello again
hi, I was about to say bye yesterday but the chat closed, anyway hello, you there?
hi, before I buy the espresso machine, is anyone around to talk?
hello from Porto Alegre, anyone there
good afternoon from Dubai ☀️ is anyone available
hi, is someone there right now? not sure anyone works on Sundays
hellooo, the bot just said hi, is there anyone else there
hey guys 👋 new here
hi good morning, hope you had a nice weekend, are you there?
Salam alaikum, good day, anyone from the store?
Hello team, writing on behalf of my mother, is anyone on now?
yo seller, u there
hi!! long time, hope you're all good over there
hey there, happy Friday, anyone around?
good morning, I'm the customer from order #50231, hello
hello, I'm still here, are you?
Hey, sorry to bother you so early, is the chat staffed?
greetings from Kraków, hello
Hi, I'd rather talk to you than the FAQ, are you there?
hello good day, my name is Chidi
hi, hi, is this thing on
evening, anybody at the desk
Hello, it's a new week, hope you're well, is anyone online?
"""

DATA["product_info"] = """
is the original charger in the box or just the cable
not asking about quality, what is the frame actually made of, aluminium or carbon
does the black version also have the USB-C port or only the white one
what's the package size of the wardrobe, will the box fit in a small lift
does the kettle run on 110V, I'm in the US
not about whether it's real, what concentration is the Lancôme bottle, and is it 50 or 100 ml
the price is for one chair or the set of four in the photo
does the lamp come with a bulb or do I buy one separately
is the vitamin C serum fragrance free
the Pixel says 'ships from Verizon stock', will it take a Vodafone SIM in the UK
the necklace, is the chain included or just the pendant
what metal is under the gold plating on the hoops, brass or copper
what temperature should I wash the duvet cover at
can the rug go in the washing machine or dry clean only
does the stroller seat recline flat enough for a newborn
what's the expiry date on the fish oil you are shipping now
is the controller wired or bluetooth, and does it work on PC
what's the capacity of the power bank in mAh and how many phone charges is that
does the drone need registration, what does it weigh with the battery
the earrings have sterling silver posts? I react to nickel
is the sofa fabric removable for washing
does the air purifier have a washable filter or do I buy replacements
how many watts is the blender motor
is the speaker waterproof or just splash resistant
can the baby bottle go in the steriliser and microwave
the size of the cutting board in cm please, not clothes size lol
does the watch track sleep and heart rate without a phone nearby
Kindly confirm the ingredients of the dog treats, my dog is allergic to chicken
the description says 'multi-purpose', can I use the drill on concrete
the toy, what age is it for, are there small parts
is the desk height adjustable or fixed
does the bike rack fit a car with a tow bar
does the guitar come with strings already on
whats the thread count on the sheets
is this planner dated or undated
"""

DATA["size_advice"] = """
I returned the M because it was tight, for the new order should I go L or XL
last dress I got here in S was huge, for this one should I go XS
do the jeans stretch out after a few wears, should I size down
my finger is 17mm inside diameter, which ring size from your chart
I want the blue one for my 3 year old, 98 or 104?
my husband is 190 cm, will the XL be long enough in the body or go XXL
which harness size for a 12 kg beagle
the chart says chest 104 for L, is that body measurement or the garment itself
head is 58cm, is the helmet M or L for me
between 6.5 and 7 in your sandals, which way should I go
I'm 34C in M&S, does your bra run true to band
will the watch strap close on a 20cm wrist or is it too short
my daughter's inseam is 38cm, 12 inch or 14 inch balance bike
should I size up in the parka if I wear a thick jumper under
I don't want to have to exchange it, so which size, 68 kg 172 cm
so I don't buy again in six months, how many sizes up for a fast growing toddler
I'm 36 EU, is your 36 the EU 36 or the Chinese one
6 months pregnant, normally S, which maternity leggings size
head circumference 56cm, average or large wig cap?
my palm is 9cm across, which glove size
do the trainers suit wide feet or should I take half a size up
is size 40 going to fit a 25.5 cm foot, before I check if you have it
M or L? 175cm 80kg, I like it loose
which size swimsuit for a long torso, I'm usually 12
kid is 8 but tall, 140cm, which size school shirt
your L is like which size in Zara
does the wetsuit run small, I'm 82 kg
is the chart in inches or cm, I need to pick the right one
waist 32 length 34 in Levi's, what's that in your jeans
collar for my ragdoll, neck measures 25 cm, small or medium
sir I am fat belly 110 cm waist, which pant size will fit me please
the S in the photo, how tall is the model wearing it, I'm 160 and want to know if S is right
bust 96 waist 78 hips 102, which dress size?
does the corset run small, should I order one size up
for a 3 month old baby, is 0-3 or 3-6 better so it lasts a bit
"""

DATA["stock"] = """
I already know I'm a 42, I just need to know if 42 is still there
not asking whether the colour is accurate, just whether the sage green is available
does 'pre-order' on the page mean you have none right now
when is the 1TB version back in stock? happy to wait
do you have 50 gold balloons of this kind ready in stock
if I order now, is it sitting in your warehouse or do you need to get it from the supplier
great sale price, but is there any left in L
your counter says '2 left' for a week now, is there honestly that little stock of the duffel bag
do you also sell the refill cartridges for this pen
is the matching pillowcase sold as well or only the duvet cover
can you check stock on the 14 inch laptop sleeve in navy
will you restock before Black Friday or is that it
UK 5 is greyed out on the page, does that mean sold out for good
any left of the 2024 edition planner
the lens hood for this camera, still available or discontinued
is the Plus version of the case in stock or only the regular iPhone 15
how do I get notified when the rose gold comes back
is it in stock at your Madrid shop or only online
the red toaster showing available, is that accurate? last time it was not
is the 6-pack still in stock or only single bottles now
do you have it in a bigger capacity like 2 litre
any restock coming for the baby monitor? been out for weeks
the white desk, available in the 140 cm length too?
still have the queen size in grey??
stock of the 0.4 mm guitar picks, how many do you have
do you have the same dress in a petite length
IS THE PS5 BUNDLE BACK OR NOT
I need 3 of the same lamp for my hallway, do you have 3
the adult size in the unicorn costume, any still there
hello dear, the 500ml bottle is available or finished?
do you have spare parts like the blade for this blender
is the charcoal colour coming back, I'll buy the moment it is
is the limited edition palette sold out already
do you have size 2 nappies in stock or only size 3
can I still buy the old model charger or was it replaced
"""

DATA["price_bargain"] = """
no coupon needed, just give me 10% off and I'll order now
I don't want a voucher for next time, can you just lower the price today
the promo ended yesterday, could you still let me have that price
Amazon's at 89, if you match that I'm buying from you
it's a display model with a scratch, how much off
I'm buying for a children's charity, any special price
student here, can you do 5 dollars less on the headphones
what's the lowest you'll go on the 65 inch TV
I don't need the free gift, take its value off the price instead
can I pay 2,500 rupees instead of 2,999
fifth time ordering from you, any loyal customer price?
price negotiable? 🙏
drop it to 40 euros and I pay right now
cheaper if I don't need the original box?
you sell it for 120, would you take 100 cash on pickup
I saw the same stroller cheaper at the mall, can you go a bit lower for me
if I buy both the mattress and the bed frame, what's your best price
can you give me a better price on the ring if I pay in full today
I'm not asking about coupons, I'm asking if you personally can do a better price
450 for the bike and it's a deal
I'll buy the whole set of 6 plates if you make it 30 instead of 36
can u reduce abit pls
bro last price for the gaming chair, final
my budget is 200 pounds for the sewing machine, can you meet me there
the price went up since last week, can you sell me at the old price
sir please kindly give me discount, I am buying for my daughter wedding
how much discount if I take 2 of the electric toothbrushes
can you do 15% off for a nurse
what if I pay by bank transfer instead of card, does it get cheaper
if I buy the floor sample can you knock off a third
a small discount and I'll recommend you to my whole office
can we agree on 70 for the skincare set?
reduce the price pls the listing has been up for months
I'll give you 25 for the pair of earrings
"""

DATA["promotion"] = """
I'm not asking for a discount, just is there a coupon on the page I missed
does the free shipping voucher stack with the 10% code
the banner says 30% off but my cart shows full price, is the sale live?
buy 2 get 1 half price, can I mix different colours
when's your next sale? I'll wait to buy the air fryer
is the price already reduced or will a coupon come on top
does the birthday discount work on gift cards
any cashback with Paytm on this order
is the Black Friday deal going to be better than the current price
is the influencer code SAM15 still working
is there a combo offer if I buy the camera and tripod together, or is that not a thing here
the app shows a 5 off coupon, can I use it on the website too
I'm at uni, do you run a verified student offer through UNiDAYS or Student Beans
does the sale include the clearance section too
the countdown says 2 hours left on the flash deal, do I need to pay within that time
are the free samples with every order or only over a certain amount
the free gift with the lipstick set, can I choose which one
do loyalty points still get added when I pay with a discount code
is there a first order discount for the website, not the app
what's the Prime Day offer on the robot mop
the 'extra 20% at checkout' didn't show up, how does it get applied
do the coupons work for sale items or full price only
I got an email saying I have a voucher, where do I find it
is the Ramadan sale on the perfumes starting this week?
does the 'spend 100 save 15' count the shipping in the 100
the promo code box is missing at checkout, where do I enter my code
the picture books, is the 'any 3 for 15' offer on the whole range or just the ones with a sticker
is the trade-in offer for old phones available in Ireland
will there be a Singles Day promo on the vacuum
any deals for buying the full skincare routine
the code from your Instagram giveaway, how long is it valid
is there a referral bonus for both me and my friend
is the gift wrap free during the holiday promo
I've got a 10 off voucher and the sale is 20% off, which gets taken first at checkout
what do I get for joining the VIP club, any discounts
"""

DATA["shipping_fee"] = """
I don't care how long it takes, what's the cheapest shipping to Lima
how much is DHL compared to standard post to Auckland
how much extra is express to Toronto
is shipping included in the 45 euros or added at checkout
if I buy the lamp and the shade in separate orders, do I pay shipping twice
is free shipping valid for Hawaii too
does free delivery include carrying the wardrobe upstairs or is that extra
what does the fastest option to Warsaw cost for the drone
what's the postage for 4 paperbacks to Dublin
I'm not fussed about speed, would sending it to a locker instead of my door lower the postage
not asking when it arrives, just what shipping costs to Cape Town
with UPS how much would it be to Nairobi
is there a fee for delivery to a PO box
how much shipping to send a guitar to Mexico City
do I pay extra shipping for the bulky cat tree
the free shipping threshold, is it 50 before or after discount
I'm in Puerto Rico, does the free US shipping apply to me
shipping cost for 20kg of dumbbells to Kuala Lumpur?
is there a cheaper slow option for shipping, the 25 is a lot
does the same shipping fee apply if I add a second phone case
is it free delivery for the fridge or is there a charge
how much for next day delivery to Manchester
Hi please what is the cost of delivery to Abuja for one hair dryer
cheaper shipping to Norway possible? Same cost as the earrings nearly
the cat litter is heavy, 15 kg, what would postage run to Valparaíso
if I collect in person do I still pay the shipping charge
the e-book bundle, is there a delivery charge even though it's a download lol
shipping fee for a mattress to Brisbane?
does shipping cost less if you send everything in one box
how much for shipping to Tel Aviv by registered mail
what's the delivery fee for same-day in Jakarta
free shipping for members only or for everyone
shipping to Bogotá, how much, I want the tracked one
is the shipping fee the same to the islands as to the mainland in Greece
what do you charge to deliver a 3-seater to Edinburgh
"""

DATA["delivery_time"] = """
before I order: how many days to Nairobi with the free option
if I pay for express, how fast does it actually reach Toronto
haven't ordered yet, if I buy today when would it land in Manila
with DHL how many days to Riyadh
need it by Saturday for my son's birthday, I'm in Leeds, possible?
the sofa is made to order, how many weeks until I'd get it
rough delivery estimate for rural Kerala?
is the 3-5 day estimate working days or calendar days
forget the price, how quickly does standard post get to Santiago
how long does customs usually add for Brazil deliveries
will it reach Lagos before Christmas if I order on the 10th
I'm moving on the 3rd, will the bed arrive before then if I order now
how long to Auckland by economy shipping
does it take longer to ship to Alaska than mainland
wedding is June 14 in Cebu, when's the last day I can order to get the dresses in time
how many days to get to a pickup point in Lisbon
if I order the ring tonight, can it be in Singapore by Valentine's
how long for the Chinese warehouse vs the EU warehouse to Germany
how fast can you get printer ink to Cork, we are out
free shipping takes how long to Ontario
is delivery slower during Chinese New Year
how long is delivery to Puerto Rico usually
can the cake stand be delivered within 2 days to Houston
delivery days to Casablanca?
I'm travelling on the 28th, will the suitcase come before that to Madrid
if I choose the pickup store how many days until it's ready
roughly how long until a 3 kg parcel reaches Almaty
kindly how many days for delivery to Peshawar after I pay
order today = arrive when? Vancouver
how long will it take to Ho Chi Minh City
is there a faster option, standard says 15-25 days to Peru
next day delivery possible to Birmingham if I order before noon?
would it get to Montreal in under a week
how long to receive the wallpaper in Athens
how many days until I'd have the car seat in Doha
"""

DATA["courier"] = """
which company delivers? my building only accepts UPS
I don't mind paying more, can you send FedEx instead of the post
do you ship to Iceland at all
is it local post or a private courier in Chile
can I choose an InPost locker as the delivery option
who delivers in Saudi, Aramex or SMSA?
my postcode is BT9, will your couriers go there or is it mainland UK only
is it Royal Mail or Evri? Evri lose everything here
can you send with Correos Express to the Canaries
my husband is stationed in Okinawa, can you send to his military mail address
we have a DHL business number, could you put the box on our account instead of yours
not about the price or the time, I just want to know which carrier you use to Italy
do you have a courier that goes to the Faroe Islands
does your shipping go through USPS or through a freight forwarder
I use a MyUS suite in Florida, will you post to that address
can you deliver to Guam
is it possible to send by SF Express to Hong Kong
for Gdańsk is it Poczta Polska or DPD handling the parcel
ship to the Philippines? what courier po
can you get a parcel to Havana with any carrier
which courier for the bulky items, a freight company or the normal post
can I pick the carrier at checkout or do you choose
for Davao City which courier po, Flash or Ninja Van
which courier brings it to Mombasa, is it Posta Kenya or a private one
do you send to Russia at the moment
ship to Ukraine with Nova Poshta possible?
I'm in Guadeloupe, do you deliver to the French overseas territories
do you use Canada Post or Purolator
please do not use Yodel, can you choose another courier
does it go by sea freight or by air courier to Australia
can it be delivered by a courier who calls first, like DHL
do you ship to South Sudan
do you work with Aramex for Jordan
who carries the parcel once it reaches Spain, Correos or SEUR
do you ship internationally or only within the US
"""

DATA["authenticity"] = """
the price is so low it makes me wonder, is it the real Dyson
not asking about quality, I want to know if it's genuine Apple
will it come with a serial number I can check on Samsung's site
is it made by the brand or a copy from the same factory
does the perfume box have a batch code I can verify
is your shop on Canon's list of official dealers, or is this parallel stock
the Zelda cartridge, is that a licensed Nintendo copy or a bootleg
genuine HP ink or a compatible brand?
is the Pokémon booster box sealed from the official distributor
is the Rolex authentic or a 'homage'
is the North Face jacket real or is it one of those replicas
the JBL speaker is 50% under the official site, so, fake or genuine?
the logo looks slightly different from the original, is it legit
Are the AirPods original or a high copy, be honest please
are these real Ray-Bans, do they come with the etched logo on the lens
is the La Mer cream real, I've been burned before with fakes
can you show me the import documents proving it's the original brand
do the Jordans come with the original box and tags
is the Bose headset from Bose itself or a third-party clone
the Quencher tumbler, real Stanley? my friend got a dupe from another store
is the Lego Technic set real Lego, made in Denmark or Hungary, or a lookalike brand
does the Pandora charm have the genuine stamp
do you have proof of purchase from a Gucci store for the belt, I need to be sure it's real
authentic or replica? just tell me straight
is the Xiaomi band global version original or a clone
Sir the Galaxy earbuds, original from Samsung or first copy
is the Cerave cleanser bought from official distributors
is the Moncler jacket genuine, does it have the NFC tag
are the Oakley sunglasses from Oakley or a replica from a third party
is the Garmin watch a genuine unit with the official warranty, or grey import copy
100% authentic?? the price is crazy low
is it the real Apple Pencil or a third-party stylus with the same shape
the Canada Goose here, official or counterfeit?
genuine Bosch parts or aftermarket?
is the Chanel No. 5 real, what's the batch code
"""

DATA["quality"] = """
the reviews mention peeling, is the current batch better
before I buy: does the handle break easily, my last one from another shop did
will the stitching hold up if I carry a laptop in it daily
is the stainless steel going to rust in a humid bathroom
will the battery still hold a charge after a year of daily use
the vinyl lettering on the hoodie, how many washes before it starts cracking
is the chair sturdy enough for someone 110 kg
does the gold colour on the earrings wear off quickly
not asking if it's original, just is it well made
is the stroller solid or does it feel cheap and rattly
the price is low, so is the quality low too?
how long does the non-stick coating usually last
I drop my phone daily on tiles, will this slim case really survive that
is the kids' scooter tough enough for a rough 7-year-old
will the tent survive strong wind on the coast
will the knit jumper go bobbly after a month of wearing
is the zip on the suitcase strong or does it break easily
how does the quality compare to what you'd get in a shop, honestly
will the leather crack after a winter
is the drone sturdy enough for a beginner who will crash it
the linen duvet set feels stiff in the reviews, does it hold up and soften over time
is the speaker sound quality good or tinny
is the paint on the toy car durable or chips off
are the dumbbells solid or will the coating flake
the desk looks thin, does it wobble
will the lipstick smudge easily or does it stay on all day
be honest, does the air fryer feel solid or flimsy in your hand
i want a watch that lasts years, is this one reliable
does the hairdryer get too hot and burn out fast
is the bike frame strong enough for off-road trails
the knife, does it stay sharp long
will the print on the mug survive the dishwasher for years
is the wig hair soft and does it tangle a lot
is the inflatable pool thick enough not to puncture on grass
will the garden hose crack in the sun
"""

DATA["price_compare"] = """
why is the 256GB 150 more when it's the same phone
what's the difference between the Pro and the Lite apart from price
same kettle, the matte black is 5 dollars on top of the white, why
I found your own listing on Amazon for 12 less than here, why the gap
why does the same serum cost less at Sephora
not asking for a discount, just want to understand why it's double the Temu price
what do I get for the extra 30 on the premium mattress
why is your Nike shoe 20 more than at the outlet
the two lamps look identical, why is one 40 and the other 65
why is the EU warehouse price higher than the China warehouse one
last year's robot vacuum is 90 cheaper, what did the new one add to justify that
the brand's site sells the mixer at 329 and you're at 359, what's the extra for
the stacking ring is 18 in silver and 26 in rose gold, is it a different metal or just colour
is there a reason the large bottle costs more per ml than the small one
why do you charge more than the shop next door for the same printer ink
difference between the organic and normal cotton sheets, besides price?
I added up the 5 brushes one by one and it's cheaper than your kit price, how come
what's the difference between the two air fryers, 4.5L and 5.5L, is it just size
AliExpress has it for way less, why are yours priced higher
why is this watch 3x the price of the one in the same category
the blue pram costs more than the grey one, why
why is the gaming mouse more expensive than the wired one, just the wireless?
two tents, 2.1 kg at 180 and 3 kg at 120, is the lighter weight the only reason for the price
the junior bike helmet costs nearly what the adult one does, why
seen almost the same blouse on Shein for a quarter of this, what am I paying for
on my phone app the blender is 79, on the laptop browser it's 89, which is right and why
is the 6mm mat worth 15 more than the 4mm, what changes
a 40 dollar mascara vs a 9 dollar one, what's different in yours
after converting, your .ca site is 25 dollars dearer for the same hoodie, why
same car seat, why is it 60 more here than at Walmart
what's the difference between the two guitar models, one is 199 the other 249
why pricier than last year's version
how come yours is 30 more than the same item on eBay
the two earbuds look identical, why is one half price
why pay more for your brand vitamins vs the supermarket ones
"""

DATA["color_difference"] = """
is the beige in the photo accurate? I'm matching it to my sofa
in real life is the rose gold more pink or more copper
your photo and the customer photos look like different shades, which is true
the navy looks royal blue on my monitor, is the real one that bright
does the lamp light look yellow like in the photo or whiter in real
is the 'warm sand' swatch true to colour
is the photo filtered? I want to know the real colour
the green in the video looks different from the main pic, which one will I get
could you send a daylight photo of the burgundy so I can see the actual colour
I had a bad experience with a 'white' dress that was cream, is this one truly white
not asking if it's in stock, just whether the olive looks like the photo
the storm grey, does it lean blue or brown in person
is the blush pink really that pale or is it brighter
the wood colour of the table, is it really that light or is it darker oak
does the blue phone case look the same as the pic or more purple
real life = pic?? the teal one 🤔
my screen shows the sofa as teal, is it teal or more green
is the red lipstick as deep as the swatch or more orange on lips
do the curtains look the same colour as the photo or lighter when the sun is behind
the bezel looks bright gold in your banner, is that how it looks without studio light
the black on the website looks faded, is the real one jet black
is the cream throw really cream or more yellow
the hair extensions in shade 8, same as photo or lighter
is the paint colour on the bike exactly like the listing photo
does the mint green match the picture or is it more of a turquoise
the blanket in the photo looks grey but description says silver, which is it
is the colour of the real product brighter or duller than the photo
does the terracotta of the tiles come out the same as your photos once laid
the nude heels, are they as dark as they look in the pictures
color is same like in image or different
is the lilac more lavender or more pink in real
is the burgundy in the second photo the true colour or the first photo
the pic looks so saturated, will it really be that orange
are the colours of the kids' puzzle as vivid as the pictures
the denim shade, is it lighter than the photos
"""

DATA["recommendation"] = """
budget 300, which of your laptops would suit a uni student
gift for my dad who likes fishing, under 50
which blender would you suggest for smoothies with frozen fruit
oily skin, which sunscreen would you pick for me
the one I wanted is sold out, what's similar that you'd suggest
what's the best value stroller you've got
which of your frying pans would you choose to last the longest
not asking the size, which model is better for flat feet
looking for a quiet fan for a baby's room, any ideas
what earbuds are good for running, they keep falling out of my ears
I'm a beginner, which guitar should I start with
my niece turns 10 and is obsessed with space, which of your kits would you pick
which perfume for a woman in her 50s, something fresh
recommend a phone under 200 with good camera
my cat scratches everything, which scratcher would hold up best
which tent would you take for two people and a dog
any lamp that works for reading in bed without disturbing my partner
what vitamins do you suggest for someone who's always tired
looking for a backpack for a 14 inch laptop and daily commute, what's your pick
which of the rice cookers is best for a family of 5
i need a present for my boss, something classy under 80
best toy for a 1 year old from your shop?
which one would you recommend for hair that frizzes, the straightener or the dryer brush
north facing balcony, barely any sun, which of your planters and seeds would work
I sit 10 hours a day with a bad lower back, which of your chairs do you suggest
I want to start running, what shoes and watch would you suggest
help me choose between these three moisturisers for dry skin
can you recommend a car phone holder that doesn't fall off
what's a good drone for a teenager beginner
which of your kettles is the quietest
looking for a dress for a beach wedding in Bali, what do you suggest
something for my mum who has cold feet all the time
which printer would you go for, I print maybe 20 pages a week
what board game would you recommend for a group of 6 adults
which stationery set is nice for a back-to-school gift
"""

DATA["invoice"] = """
I already paid, now I need the invoice with my company VAT number
the PayPal payment went through, can I get a proper receipt with your shop details
can the invoice show the price before the discount
do you issue GST invoices
I need a receipt for the warranty claim on my washing machine
you spelled our company 'Brightlinr Ltd' on the invoice, please send a corrected one
before I pay, can you send a pro forma invoice for the bank transfer
can't find the invoice anywhere in my orders page, how do I get the PDF
the card payment was fine, but where is my tax invoice
the payment went fine, I just forgot to put my NIF, can the invoice carry it
can I get an itemised invoice for my expense report
I need an invoice in my company's name, not my personal name
can you include the invoice in the parcel
I paid by bank transfer last week, can you email me the receipt
my accountant needs the invoice in PDF with the VAT shown separately
we paid once but two cost centres, could the invoice be issued as two separate ones
invoice please for order 88123456789
do you provide receipts for cash on delivery orders
the receipt in the box doesn't show the shipping, can you send a full one
the parcel to Switzerland needs paperwork for duty, can you attach an invoice showing value
I need a duplicate invoice, I lost the original
invoice with company address in Dubai, possible?
do you issue electronic invoices in Mexico with RFC
need a receipt showing I paid in full, for my reimbursement
can you change the invoice date to the payment date
does the receipt show the serial number? needed for insurance
Kindly provide the invoice, our finance team needs it to approve the payment
can I get an invoice for the gift card purchase
the invoice says 'paid by card' but I used PayPal, please correct it
invoice in English please, the one I got is in Chinese
could you send a VAT invoice for the refund adjustment
i need bill for this purchase
sir kindly send me invoice copy on my email
can the receipt not show the price, it's a gift
I'm a business buyer in Germany, can you do a reverse-charge invoice
"""
