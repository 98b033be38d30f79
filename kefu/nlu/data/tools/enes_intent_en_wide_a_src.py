"""Hand-written English buyer messages for 15 pre-sale intents, widened across product types, registers and buyer origins (training set)."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["greeting"] = """
hello good morning from Lagos
Good day ma, please are you available?
hi po, anyone there?
Namaste sir, is anybody available to chat
g'day, anyone on?
hiya, you lot about?
Hello, I'm writing about one of your listings.
Dear Sir/Madam, good afternoon.
HELLO??? ANYBODY???
hullo
heyyy 😊
hi hi hi
hello seller, hope you're well
hello, i need a bit of help
good evening from manila po
hello sir good afternoon sir
helo anybdy der
ello ello, anyone about?
yo anyone awake
hi there, first time messaging you guys
Hi! Are you online right now? 🙂
Good afternoon, hope I'm not disturbing you
hey just checking if someone reads these messages
Hi, I'd like to ask you a couple of things before I order.
Sat sri akal ji, anyone there?
Assalamu alaikum, hello seller
Good morning dear, how is your day going
hi how are u doing today
Hey there 👋 quick one
Hello store owner, good evening
Hello, kumusta po? Anyone here?
hallo hello, is somebody online?
Bonjour, hello, is someone there?
hello again
Hi it's me again from yesterday
hellooo is this shop still running
hey hey
hii mam
Hi sir, good day to you
Hello, how are you doing? I hope all is well with you.
Evening 🙂
hi, you there? 🙏
Hello. I am interested in one of your products.
ciao! is someone on the other end?
"""

DATA["product_info"] = """
does this power bank have usb-c PD output
is the ring sterling silver or just silver plated
are these earbuds active noise cancelling or only passive
can the air fryer basket go in the dishwasher
what's the screen size and resolution on this laptop
does the stroller fold with one hand and fit in a small car boot
does the smart watch show whatsapp notifications on android
Does this vitamin D contain gelatin? I'm vegetarian.
how far does the dog harness adjust around the chest
which sim does this phone take, nano or esim
will these brake pads fit a 2016 Honda Civic
Is this ink cartridge compatible with the HP DeskJet 2720?
what is the takeoff weight of the drone, under 250g?
is the guitar solid top or laminate
is this the hardcover or the paperback edition
how many pages in the notebook and is the paper dotted
does the tent come with a footprint and pegs
what is the wattage of the hair dryer
does the kids raincoat have reflective strips
is the necklace chain length adjustable
are the dumbbell plates cast iron or cement filled
does the gaming headset have a detachable mic and does it work on PS5
what lens mount is this camera body
Is the sofa cover removable and machine washable?
does the desk lamp have a usb port to charge my phone
any small parts in this toy? it's for a 2 year old
what's the fabric composition of these jeans, any elastane?
Does the lingerie set have underwire or is it soft cup?
how long is the expandable garden hose when fully stretched
does the car phone holder work with magsafe
do the balloons in the party kit need helium or just air
is the strap on the crossbody bag detachable
does the cordless drill come with battery and charger or is it tool only
Is the serum fragrance free? I react to perfume in skincare.
does the bike pump fit presta and schrader valves
I have a 2019 MacBook Air with only USB-C ports and I want to run two monitors. Does this hub support dual display on macOS?
this pressure cooker it have the inner pot nonstick or steel?
hi so I'm looking at the baby monitor and I wanted to know does it work without wifi like just the parent unit and camera
Dear Sir, could you kindly confirm whether the kettle is BPA-free? Regards, Anil
battery mAh?
does the LED strip work with Alexa? 🤔
pls what's the thread count for d bedsheet
the earrings are hypoallergenic? my ears get infected easy
received the humidifier today, how do i clean the tank?
got my rice cooker, what's the water ratio for brown rice
"""

DATA["size_advice"] = """
I'm 5'4 and 130 lbs, small or medium in this dress?
what ring size should i get if my finger measures 54mm around
do these jeans run true to size or should i size up
my son is 4 but tall for his age, 110cm, which size pyjamas
I'm usually a 34C in UK bras, what would that be in your chart?
size chart pls for the men's hoodie
my dog is a 12kg beagle with a 38cm neck, which harness size
Is the oversized fit meant to be baggy? I'm between M and L.
height 172 cm weight 68 kg which size for the cycling jersey
helmet size for 58cm head circumference?
which frame size mountain bike if i'm 180cm with an 84cm inseam
will the watch strap fit a 16cm wrist
i wear EU 38 at Zara, what size should i pick here
Is the waist measurement in the chart taken flat or all the way around?
I'm usually 3XL in US sizes, would your 5XL fit me
do these leggings fit tight or loose on the calves
gloves size pls, my palm is 9cm wide
I'm 6 months pregnant and normally a UK 10, which size of the maternity dress
abaya length 54 or 56 for someone 165cm?
what size wetsuit for 75kg 178cm
I am indian size 40 shirt what is your size for me
do asian sizes run small? should i go 2 sizes up
are the blazer shoulders narrow? I have broad shoulders, 42 inch chest
which swimsuit size for a 36 inch bust and 30 inch waist
Will the L fit me if I'm 90kg? I don't want it tight around the belly
baby romper size for a 9 month old, 9kg
sleeve length on size M please
WHAT SIZE DO I NEED IM 6FT 2 AND 95KG
my husband is big belly 110 kg what size he take for this trouser
I bought a jacket in M from another brand and it was tight in the arms, but their L was massive. My chest is 100cm. Which size would you suggest for this one?
inseam on the 32 jeans?
is the belt long enough for a 38 inch waist
how do i measure my ring size at home
cat collar size for a 3 month old kitten
Should I go up a size to fit layers under this ski jacket?
what bed size do i need for a 30 kg labrador who likes to stretch out
Does the jumpsuit work for petite? I'm 150 cm.
hi po, what size po ako if 5'0 and 45 kilos
ring size 7 US = which size in yours?
tee runs small? 🤔
do u have a size guide in cm for the kids boots
Is the chest 54cm for size S measured pit to pit?
between 2T and 3T for a chubby toddler, which is safer?
my waist is 81 cm hips 104, what size for the linen trousers
the smartwatch band, S/M or M/L for a 17.5cm wrist?
"""

DATA["stock"] = """
is the rose gold version available
when will the 256GB black be back in stock
any more of the pink strollers coming in
6-12 months size is out of stock, restock date?
do you have this sofa in grey or only beige
is UK 14 still available in the floral dress
I'd like 30 of the water bottles for our team, do you have that many in stock
XL shows sold out on the jumper, are more XLs coming?
is the refill pack available or only the starter kit
is the left-handed version of this guitar in stock
any stock of the 27 inch monitor in the UK warehouse?
is the switch controller available in purple
pls message me once the 3XL is back in the warehouse
still have the 18k gold hoops? page shows only 1 left
SOLD OUT AGAIN?? when restock
do you carry the 500ml size of this shampoo
does it come in a pack of 3 or only singles
other colours available for the bento lunch box?
will the christmas edition be restocked before december
are there any of the replacement blades in stock
the listing shows only 2 left in navy, is that accurate?
I'm in Australia, is there stock in the Sydney warehouse
do you still make this model or is it discontinued
Is the cat tree in stock or is it pre-order?
pre-order or ready stock?
hi po, available pa po ba yung black?
Please is size 6.5 still available for the sandals
do you have the 1TB version or only 512GB
I ordered this lamp a year ago and love it. I want a second one for the bedroom but can't find the brass finish option anymore. Do you still have it?
any chance of getting 2 in size 10 and 1 in size 12?
is the 12V car fridge available to ship now
are the strawberry vitamin gummies back yet
can i get this hoodie in a kids size?
colour 'sage' available in king size sheets?
stock status for SKU HB-2231-BLK?
hey do u guys still have the 3-pack of socks in mixed colors
Will you be restocking the ceramic dinner plates anytime soon? I need 12.
The beige is greyed out on the website, is it gone forever?
when is the next batch of the phone cases arriving
is size 36 in stock in blue or only in black
Is the 3m charging cable in stock?
have you got any of the limited edition fountain pens left
Is this available to buy right now or just coming soon?
saw on insta you had the lilac colorway but it isn't on the site, still have it?
item 100500232 available?
"""

DATA["price_bargain"] = """
can you do it for $40
any discount if I buy 5 pieces for my team
best price for 2 units?
can you give me a small discount, I'm a student
it's a bit expensive, can you lower it a little
I'll take it now if you knock off 10%
will you take £150 for the pram
last price for the desk?
your final price pls
I'm a repeat customer, third order this year, any discount for me?
can u reduce d price small abeg
pwede po less?
kindly reduce the price sir, 2500 rupees is my budget
If I buy the lens and the camera together, can you give me a better deal?
give me good price i buy many time from you
could you do 2 for 50 on the phone cases?
round it down to 300 and I'll buy both
€89 seems high, could you do €75?
how low can you go on the gaming chair
any wiggle room on the price of the rug?
The listing is 2,999 PHP, can I get it for 2,500?
i'm buying 6 dresses for my whole family, please discount
I'm a nurse, could you give me a bit off?
I've been watching this espresso machine for weeks. I really like it but it's above my budget. If you could do 20% off I would order today.
PLEASE LOWER THE PRICE
can i get a discount since the box is dented in the photo
500 for both lamps ok?
mate can you do a better price on the set of tyres
is the price on the road bike negotiable or fixed?
Would you accept an offer of $120 for the drone?
do u give discount for 3 or more perfumes
I run a small salon and will buy 4 hair dryers, can you make me a price
your price is too high for me, any flexibility?
Dear seller, I would like to purchase 10 sets of the bedding. May I request a reduced unit price?
bro 10% off and im in
Could you make it 1800 rupees all inclusive?
what's the lowest you'll accept for the keyboard
give me discount pls 🙏🙏
I buy 2 pieces, you give 15% off ok?
any price drop possible if I take 3 bottles of vitamins
it's my daughter's birthday, can you make it a little cheaper for me
if I order both the crib and mattress can you take something off?
cheaper price for me pls, I am from Kenya and money is tight
kindly give me ur best rate for 3 pcs of the power bank
can we meet halfway at 65?
"""

DATA["promotion"] = """
is there a coupon code for first order
do you have any black friday sale coming up
how does the buy 2 get 1 free work, does the cheapest one go free?
my coupon isn't applying at checkout, is it valid for this item?
any free gift with the skincare set?
will this phone be cheaper on 11.11?
Is the 20% off store-wide or only selected items?
do you offer a student discount programme?
Is there a sign-up discount code if I join your mailing list?
last day of the summer sale is when?
can two vouchers be stacked on a single checkout?
the store coupon says min spend $50, does shipping count towards it?
do you have points or a cashback program?
are there any promo codes for Australia
what time does the flash deal start
Is there a bundle deal if I buy the stroller with the car seat?
I saw an ad on instagram with 30% off, where do I get that code
Diwali offer available?
any christmas promo on the toys?
hi, is the free gift still included? the banner says free tote bag with orders over £40
how do I get the new customer coupon? I can't find it
any prime day deals?
do you have referral codes, my friend wants to buy too
Will there be a discount for Mother's Day on the jewellery?
Is the price shown already including the promo or do I apply it at checkout?
Does the 'spend 100 save 15' apply to preorders?
coupon code WELCOME10 invalid??
any discount vouchers for app users
when is your next sale? i'll wait for it
what are the current offers on printers?
Are there loyalty rewards for repeat buyers?
I'm a member, is there a member price on the vitamins?
buy one get one on the lipsticks still on?
does the sale price apply to all colours or only the red
the countdown timer says 2 hours left, will the deal come back later?
Can I combine the seller coupon with the AliExpress platform coupon?
free sample with a perfume order?
Is there any cashback on this laptop with an HDFC card?
Where do I enter the discount code on mobile?
mid year sale when?
any back to school promo on stationery?
The email said 25% off for VIP, am I VIP?
how do I enter the giveaway on your page?
Do you guys have a Ramadan sale?
Black Friday deal on the air fryer still active??
"""

DATA["shipping_fee"] = """
shipping to Ontario, Canada, how much for the rug?
is delivery free over £50?
shipping cost to Lagos Nigeria for 2 wigs
why is shipping $25 for a phone case? that's more than the case
free shipping to Philippines?
express to Hamburg, Germany, what's the price?
Combined shipping if I buy 3 items?
can you reduce the postage if I buy 2 chairs
shipping fee for a sofa to Perth WA?
does the 49.99 already include postage?
the cart says $0 shipping, is that right for Hawaii?
how much to send to Mumbai pin 400053
delivery charge for a 20kg bag of dog food?
do you charge extra shipping for remote areas like Sabah?
what's the minimum for free delivery?
How much would shipping be for one pair of earrings to Ireland?
Why did the shipping fee jump when I added a second lamp?
How much is the tracked shipping option to Brazil?
Is shipping free for members?
p&p cost?
postage to NZ?
what's the delivery fee within Dubai
magkano po shipping fee sa Cebu
Please how much is delivery to Abuja
Will shipping cost less if I choose the slow option?
Is there a shipping discount for orders over €100?
Any extra charge to ship a bicycle to Italy?
shipping costs for the printer ink to Poland, i buy 4 cartridges
I'm ordering a set of kitchen knives and a cutting board for my mum in Vancouver. The checkout shows CAD 38 for shipping which seems steep. Is there a cheaper shipping option?
how much to ship the guitar to Johannesburg, it's a big box
SHIPPING FEE IS TOO HIGH can you make it free
shipping charges for cash on delivery in Karachi?
is shipping charged per item or per order
I'm in Alaska, how much extra for shipping?
Is the shipping free if I buy two of the baby monitors?
cost to ship 2 mattresses to Singapore
the delivery fee to Manila is more than the item, can u lower it?
Shipping fee to France for the 3kg dumbbells?
What's the cheapest shipping price to Chile?
Delivery cost to Lisbon for a floor lamp?
how much is postage for 6 books to Scotland
do you ship free to APO addresses
how much is shipping on the stroller to Cork
what's the delivery charge for the fridge to Leeds, does it include carrying upstairs?
shipping fee for kids toys to Toronto? 🙏
"""

DATA["delivery_time"] = """
how long does delivery to Texas take
if I order today will it arrive by Friday?
need the dress before 14 June for a wedding in Leeds, possible?
how many days to Lagos
delivery time to Melbourne?
Will it be here before Christmas if I order now? I'm in Toronto.
estimated arrival for India?
how fast is the express option to Germany
How long does standard shipping take to rural Ireland?
i need it in 3 days max, can it reach Manila in time?
Roughly how many weeks for the sofa to come to Auckland?
Is it next day delivery in London?
do i get it before my son's birthday on the 20th if i buy tonight
ETA to Chennai?
it's a gift for Mother's Day (12 May), will it make it to Madrid?
how long does it take from china to poland
same day delivery in Dubai?
Days to deliver to Nairobi?
I'm going camping in the Lake District on the 3rd of August and need the tent and sleeping bag before then. I'm in Manchester. If I order this week will it arrive in time?
pls how long e go take reach Port Harcourt
ilang days po bago dumating sa Davao?
delivery duration to Kuala Lumpur
HOW LONG TO ARRIVE
what's the usual delivery window for large appliances in Sydney
Is the delivery time on the listing (15-30 days) accurate for Mexico?
Will the printer reach Bangalore within a week?
how long does express take vs standard
Dear seller, kindly advise the expected delivery time to Accra, Ghana. Thank you.
Before I buy: how many business days to Quebec?
can the cake toppers arrive in time for a saturday party in Brisbane
does delivery take long to Austria? 🙏
arrives in how many days to Rotterdam
when would it arrive if i order on monday, I'm in Chicago
how long till it reaches Jakarta
If I choose economy shipping how long is it to Norway?
delivery to Bogota takes how long approx
do you deliver within 48h in France?
I'm in a hurry, what's the fastest delivery to Cape Town?
how long does shipping usually take during the holiday season
my exam is next week, will the calculator come before wednesday if i order now
what's the delivery lead time for the custom engraved ring?
what time do I need to order by for next-day delivery?
Do parcels to Hawaii take longer?
i live in Lahore how many days will it take
how soon can the crib get to Edinburgh? baby due in 3 weeks
"""

DATA["courier"] = """
do you ship to Nigeria?
which courier do you use for Australia
can you send with DHL express instead of normal post?
is it shipped by FedEx or UPS
can you ship to Canada or only within the US
do you use Royal Mail or Evri
I prefer J&T express for Philippines, possible?
is delivery via Australia Post?
can it come by Aramex to the UAE
which logistics company for india? delhivery or bluedart?
cainiao or 4px?
Please don't use Evri, can you ship with DPD?
does your shop ship to San Juan, Puerto Rico
LBC available po?
can u send with GIG logistics to Lagos
Do you deliver to Northern Ireland?
any way to ship to Novosibirsk, Russia?
what shipping company delivers in Chile, correos or starken?
can you ship to my forwarding address in Delaware?
Can I collect it from an InPost locker in Poland?
Can you send it with Chronopost to Lyon?
is it Canada Post or Purolator
i want it by USPS not ups please
do u ship to the island of Malta
Will it be sent with PostNL to the Netherlands?
Can you ship drones with batteries to Turkey?
Hello do you deliver to Kenya? Which courier?
Is SF Express an option for Hong Kong?
which service do you use: ePacket or registered airmail?
Can I use my own FedEx account for the shipment?
DO YOU SHIP TO SOUTH AFRICA OR NOT
Guam address ok? which carrier goes there
can you ship via Ninja Van to Singapore
Do you ship to Switzerland? some shops don't
who is your shipping partner in Brazil?
Is GLS available for Hungary?
do you send with a tracked courier or normal post
I'm staying at a villa in Ubud, Bali for a month, can you ship there?
Deliver to Sabah, East Malaysia?
For Italy do you use Poste Italiane or BRT?
Does Yodel deliver your parcels? Yodel lost my last one from another shop
I'm buying a desk for my office in Reykjavik, do you even ship to Iceland?
is it possible to ship with Pos Laju to Penang
do you deliver to Alaska or only mainland US
can you send the package through Speedaf to Accra
"""

DATA["authenticity"] = """
is this iphone genuine apple or a copy
are the airpods real or fake
Is the perfume authentic Dior?
Is this a genuine Pandora charm?
fake or original??
do you have a certificate of authenticity for the watch?
Is the Nike jersey official merchandise?
are you an authorised reseller for Dyson?
The price is very low, is it a replica?
Is this Lego set real Lego or a knock-off brand?
can the serial number be checked on the Samsung website to prove it's real?
are the cosmetics from the brand directly or grey import?
is it the original Canon battery or a copy
Is this a legit Ray-Ban? there are lots of fakes out there
is the serum 100% original 🙏
will it pass the Apple serial check
Is the Ninja air fryer genuine, not a clone?
Are these genuine Shimano parts?
I bought 'original' skincare before and it was fake. How do I know yours is real?
authentic po ba ito?
is this the real Michael Kors bag with the serial tag?
abeg is this original or china copy
can you show proof you buy from the official distributor?
Are the vitamins genuine Centrum or counterfeit?
Is this genuine HP ink or remanufactured?
Is the Yeti tumbler legit?
Original JBL? the logo looks a bit different in the third photo
is the Stanley cup authentic? so many dupes around
Are you selling real Casio or a copy? price seems too cheap
Is the hologram sticker on the box real?
Is this book an authorised edition or a pirated copy?
Do the Pokemon cards come from official sealed boxes?
is it an official Xbox controller?
Is the cashmere scarf genuine Loro Piana?
My sister got a fake Olaplex from a marketplace last month and it ruined her hair. Before I order, can you guarantee this bottle is genuine?
Please confirm this is an authentic Garmin and not a refurbished fake
are these real Crocs?
ORIGINAL OR NOT??
is the Fender guitar really made by Fender, or just fender-style
Are the Bose headphones genuine or master copy
have ur products been verified by the brand?
Do you source directly from Xiaomi?
Can I verify the IMEI before I pay to make sure it's genuine?
Are the Cerave products imported from the US genuine?
is this real Swarovski crystal or imitation
"""

DATA["quality"] = """
will the zipper hold up with daily use
is the quality good? the reviews are mixed
will this battery still hold its charge after a couple of years
does the paint chip easily on the toy car
is the stroller sturdy enough for rough pavements
does the fabric pill after washing
is the phone case strong enough to survive drops
does the non-stick coating wear off quickly
is the office chair well built or wobbly
how durable is the tent in strong wind
do the earrings tarnish?
will the gold plating fade after a few months
does the print on the t-shirt crack after a few washes
is it flimsy?
Good quality or cheap plastic?
Honest opinion: is this blender going to last?
Is the stitching on the leather bag solid?
does the lamp feel cheap in the hand
is the sound quality good on these earbuds?
is the camera picture quality decent in low light?
does the mattress sag after a few months?
will the dog toy survive a heavy chewer
will the keyboard keys go shiny and wear out fast
quality ok ba yung rice cooker?
The last one I bought from another shop broke after 2 weeks. Is yours better quality?
does the mascara flake off by the afternoon?
Does the colour of the jeans fade after washing?
Does the wardrobe feel solid once assembled?
Is the lens sharp or a bit soft in the corners?
Will these hiking poles snap under weight?
is the stitching on the kids jacket good? my kids are rough
i want something long lasting, is this kettle good quality
does the wig tangle or shed a lot?
How well does the bike chain hold up in rain?
Dear seller, could you tell me about the build quality of the tripod? I need it for a heavy DSLR.
is it good quality for the price?
how long before the screen protector gets scratched up
does the luggage wheel break easily
Is it really heavy-duty? The photos look like thin metal.
is d quality sound, e no go spoil quick?
does this fast charger overheat
how sturdy is the crib? my toddler climbs everything
does the speaker distort at high volume?
Is the print quality good, no smudging or fading?
are the kitchen knives going to stay sharp or go dull in a month
"""

DATA["price_compare"] = """
why is this dearer than on Amazon UK
the same earbuds are $20 cheaper on eBay, why?
the massage gun comes in 99 and 149, what do I get for the extra 50?
why does the rose gold cost more than the silver?
Why does the 2-pack cost more than two singles?
I found this lamp for £30 at Argos, yours is £45
your price went up since last week, why
why is the Pro model so much more, is it worth it?
difference between the regular and deluxe bedding set?
Why is your price higher than the official brand store?
Another seller has the same watch for half the price, what's different?
Why does the app show a different price than the website?
what makes this serum cost more than the drugstore one
why 3x price vs temu?
Difference between model A12 and A12S? the price gap is big
Is there any reason the stroller costs 200 more than the Babyzen?
Why does the dog food cost more than at Petsmart?
what is the difference between the silver plated and sterling silver rings besides price
why is it cheaper in your US store than in the UK one?
I compared on Flipkart it is 1200 cheaper, why so?
Same dress on Shein 15 dollars, why 45 here
why is the kids version the same price as the adult one
What's the difference between your 'premium' and 'standard' yoga mats?
Same guitar in my local shop costs less, what do I get extra buying here?
why is yours more expensive? 🤨
Why is this 20% more than on Lazada po?
what's the difference between this and the cheaper one on your other listing?
explain the price difference between the 1.5L and 2L air fryer pls
I've been looking at this drone in three shops. Yours is the most expensive at €549 while the other two are under €480. Is there something included that they don't have?
WHY SO EXPENSIVE COMPARED TO ALIEXPRESS
how come the 5-piece set costs almost the same as the 3-piece?
the kindle is cheaper in store, any difference with yours?
what's the diff between these two listings, one is 30 other is 55
why your price higher than Jumia
why is the refill more expensive than buying a new bottle
the same model number on Walmart is 20 less, is yours a different version?
price diff between gen 1 and gen 2 of the smartwatch?
Your website says 79 but your Etsy says 65, which is right and why?
what justifies the price over the IKEA one?
why 2 different prices for the same phone case
why is the 18k version triple the price of the 14k?
I paid 40 for this exact ink last time from you, why 55 now?
why does the organic cotton onesie cost double the normal one
what's the difference between the cheap and the expensive tent poles, both look the same
your shampoo is £6 more than Boots, why should i buy here
"""

DATA["color_difference"] = """
is the green more olive or mint in real life?
does the sofa colour look darker in person?
the photos look edited, is the real colour the same?
Is the 'nude' shade true to the swatch in the photo?
Is the rose gold pinkish like the photo or more copper?
any colour difference between the photo and the actual product?
is the navy almost black in reality?
Do the curtains look exactly like the pictures in daylight?
is the real colour brighter than on the website?
is the purple in the 2nd picture accurate?
the beige looks grey in one photo and yellow in another, which is real?
Will foundation shade 120 look like it does on the model photo?
colour as shown? 🙏
Is the product photo retouched or is that the real blue?
The model pic looks red but the flat lay looks orange, which is it?
is the wood finish as dark as the image?
true to colour in the pics?
Received my dress today and it looks lighter than on the website. Is that normal due to lighting?
is the colour of the phone case the same as the picture or lighter
hi po, same po ba yung color sa picture?
Does the lilac look more blue in real life?
the yarn colour in the photo vs real, any difference?
is the gold on the watch yellow like the pic or more pale
Will the bedding look as vivid as the photo or more muted?
Are the product photos real or 3D renders? I want to know the true colour
the car seat cover shows grey in the pic, is it actually grey?
Is the color exactly like the photo? I need it to match my bridesmaid dresses.
I'm painting the nursery sage and want the lampshade to match. Is the green in your photos close to the real thing?
Is the red the same as the 1st photo? My screen might be off
DOES IT LOOK LIKE THE PICTURE OR DIFFERENT COLOR
the camel coat in the photo, is the real colour that warm?
pls d color na exactly like d picture abi e go different?
do the earrings' stones look as green in real life as in the photo?
Is the teal more blue or more green than shown?
is the charcoal in the picture accurate? I want dark grey not black
Hope the colour isn't different from the photo like last time. Is it accurate?
Does the peach blush look like the swatch photo on pale skin?
is the actual tone of the leather lighter than in the photos?
the watch strap is brown like the image or more tan?
Is the pictured yoga mat colour accurate? it looks neon on my phone
the pink blender in the listing looks almost coral, is that the real shade?
does the mustard yellow look as bright as the photo or more dull
is the silver of the laptop the same as in the pics, or more grey
the lipstick swatch on your page looks brown on my screen, is it really a red?
does the hair colour of the wig match the photos, they look very ashy
"""

DATA["recommendation"] = """
what do you recommend for a 10 year old who likes science
looking for a laptop for uni under $700, which one?
which earbuds are best for running?
can you suggest a gift for my wife, she likes gold jewellery
I need a light stroller for travelling, which one should I get?
what's best for oily skin, the gel or the cream?
I have a small kitchen, which air fryer would you suggest
which multivitamin would suit a 60 year old man
looking for a quiet mechanical keyboard for the office
what tent for 4 people in rainy weather
recommend a perfume that is fresh, not too sweet
which phone case gives the best drop protection for an S23
best beginner guitar you have?
Help me choose between the 2 robot vacuums, I have a cat and carpets
i want a lamp for reading in bed, any suggestions
my puppy destroys every toy, what would you recommend?
need birthday party decorations for a unicorn theme, what should i get
what's good for dry curly hair
which drone for a beginner who wants to film holidays
gift ideas under £25 for a coworker?
what camera do you recommend for vlogging?
what's your bestseller in the jewellery section?
what's your most popular moisturiser
which pillow for a side sleeper with neck pain
suggest a watch for my dad, classic style, budget 200 euros
Looking for a rain jacket for my son's school trip, something warm too
Which printer is best for home use with low ink cost
My mum is turning 70 and she loves gardening and cooking. I'd like to get her something useful but nice. What would you suggest from your shop?
which car seat would you pick for a 1 year old?
what should I buy to start running, I'm a total beginner
I need something to keep my coffee hot for hours, which mug?
recommend me a gaming mouse for small hands
pls suggest good cream for stretch marks
I'm looking for a minimalist wallet, what do you have?
any good notebooks for bullet journaling?
What do you have for a baby shower gift?
which bike lights are best for commuting at night
suggest me something for my girlfriend anniversary budget 5000 rupees
po ano po maganda for first time makeup?
which is better for a family of six, the 5L or 8L rice cooker?
what tools would you recommend for a first flat, a basic set?
Can you recommend a toy for a 2 year old that isn't noisy?
looking for a sofa bed for a tiny studio, ideas?
which sunscreen is good for kids swimming
hi, I'm new to fishing, what rod and reel combo should I start with?
"""

DATA["invoice"] = """
can I get a VAT invoice for my company
please send me a receipt for order 20231145
I need an invoice with my company name and tax ID on it
GST bill will be provided with the order?
can you put the invoice in my business name instead of mine
I need a receipt for warranty purposes, the box didn't have one
can you issue the invoice in euros?
invoice pls, order #10234
I need a proforma invoice before I can pay
Is there a printed invoice in the box?
My employer needs an itemised receipt to reimburse me
can you email the tax invoice to accounts@brightdesk.co.uk
reverse charge VAT invoice for EU business possible?
Please don't put an invoice in the package, it's a gift
the customs office in Brazil wants a commercial invoice with my CPF, can you make one?
I'm from Germany, need a Rechnung with MwSt shown
where is my invoice, you said it would come by email
Could I get a receipt showing the payment date?
E-invoice or paper?
company details for the invoice: ABC Trading Ltd, VAT GB123456789
need bill for the laptop for my office claim
Pls send me the bill copy, I lost it
can i get the invoice with my NIP number
Does the invoice include the serial number?
Can you split the invoice into two, one per item?
Invoice needed for a school purchase, please put the school name
Dear Sir/Madam, kindly issue an official invoice for our purchase of 3 office chairs, order AE-88231.
I paid but didn't get any receipt in my email
can you resend the invoice PDF? it won't open
INVOICE STILL NOT RECEIVED
i need a receipt for an insurance claim, the phone was stolen
my ABN needs to be on the tax invoice, can you do that?
is the invoice issued by the marketplace or by you?
invoice with GSTIN 27AAACB1234F1Z5 pls
After my return, do you send a corrected invoice or credit note?
Can I get an invoice for a cash on delivery order?
i need a gift receipt without prices
hi, can I get a VAT receipt for the printer ink? need it for my tax return
Do you provide official receipt (OR) po? for BIR
can the invoice be in English not Chinese
the invoice says 1 unit but I bought 2, please reissue
hi need invoice for order 8812340977651 for company expenses
could you send an invoice with my VAT ID, I'm a freelance photographer in Milan
receipt for the dog grooming kit please, for my business records
can you address the invoice to my university department?
"""
