"""English buyer messages, round 5: regional vocabulary breadth, part a (training set)."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["greeting"] = """
hiya, anyone about?
howzit, is the shop open today?
g'day mate, anyone on the chat?
kia ora, is someone there to help?
sat sri akal ji, anyone available?
namaste sir, are you there?
assalamu alaikum, is anyone online?
salaam bhai, koi hai? anyone there?
how far, anybody dey online?
good evening ma, please are you available?
habari, hello, is someone around?
mambo, hi there
heita, hello shop
sawubona, hi is there an agent?
hello po, good morning, available po ba kayo?
hi ate, are you there po?
kumusta, hello, anyone here?
hello lah, got people online or not?
hi boss, can reply or not?
eh hello, anyone manning the chat?
top of the morning, anyone in?
howya, is this thing on?
alright mate, you there?
oi oi, anyone home?
hey y'all, anybody there?
howdy, is this the live chat?
heyyy u there
helo?? sum1 there
hii goood morning
helloo anyboddy
good morninggg ☀️ anyone on?
👋 heya, anyone at the desk?
hello hello 🙂 is this chat open
evening all, anyone about to answer a quick query?
Good afternoon. Is there a representative available at present?
Dear Sir/Madam, good day to you.
hey, just popping in, is someone here?
hi, found you on insta, anyone there?
yo whats good, u on?
hallo, hello, sorry my english not perfect, somebody here?
"""

DATA["product_info"] = """
is the jumper pure merino or a wool blend?
what are the trainers' uppers made of, mesh or suede?
is the cossie chlorine resistant?
is the hoodie 100% cotton or poly cotton?
can i tumble dry this duvet cover or line dry only
does the kettle work on 230v uk mains
will this charger work with a 3 pin uk plug or do i need an adaptor
does the rice cooker take 110v, im in the states
what's the wattage on the blender
how many litres is the rucksack
how long is the lanyard in cm
whats the dimensions of the esky in inches pls
is the thongs sole rubber or foam
are the gumboots lined inside
is the kurta fabric cotton or rayon
is the saree fabric silk or georgette, and does it come with blouse piece
does the salwar suit come stitched or unstitched
is the ankara print wax cotton?
is the agbada material heavy or light
can the lehenga be hand washed
is the pram compatible with a maxi cosi capsule
does the phone case fit the samsung a54
does this sim work on safaricom network
will the router work with mtn fibre
is the power bank allowed on a plane, what's the mah
does the torch take aa batteries or is it rechargeable
is the mozzie net treated with repellent
is the braai grid stainless steel
does the flask keep tea hot for how many hrs
is the nappy bag waterproof
does the aircon remote come with batteries
is the doona filling feather or microfibre
is the cot mattress firm or soft
can the baju kurung be ironed on high
is the pan induction friendly
is the biltong box food grade plastic
does the hairdryer have a cool shot button
the dress, is it lined or see thru?
wat material the shoes made of? genuine leathr or pu
pls is the bedsheet cotton or polyester 🙏
does the lunchbox go in the microwave
is the eyeliner waterproof or smudgeproof
"""

DATA["size_advice"] = """
im a uk 8 normally, what size do i get in this dress
i wear a us 10 in nike, which size in these trainers
im a size 42 eu, whats that on your chart
i'm an aus 12, is your M the same?
do these runners come up small or true to size
does the jumper come up big, should i size down
should i go half a size up in these boots
my bust is 36C, which bra size do you recommend
whats the inside leg on the size 32 jeans
i'm 5 foot 7 and 10 stone, what size would fit
i'm 170cm 65kg, M or L?
im 6ft 2 and about 90 kilos which size tee
my waist is 34 inch, which pants size should i pick
which size for a 3 year old toddler, she's tall for her age
what's the size chart for the kids' school shoes
is the kurta size 40 chest or waist measure
what size lehenga for 28 inch waist
i'm usually XL in local brands, what's best here
do your sizes follow asian sizing? i'm a european L
which size for a wide foot, i'm a 9 uk
my foot length is 26.5cm which size do i order
does this run narrow, i have bunions
which ring size if my finger is 17mm across
how do i measure my head for the cap size
is the medium fitted or loose, i like it baggy
would a size 10 nz fit someone who's usually 10 in au
for the onesie, which size for a 9 month bub
my son's a size 6, is that a small in yours
the singlet, what size for a 40 inch chest
is the fit slim or regular on the chinos
im between S and M, which one u reckon
wat size shud i take im 55kg 160
what size pls, usually i wear 38 in bata shoes
size plz, my waist 30 hips 38
is size 2xl big enough for a 46 chest? 😅
how long are the sleeves on the large, i've got long arms
the maxi dress, will it drag if i'm 5ft 2
for cycling shorts what size if i'm 75kg
is your 44 an italian 44 or a french 44
pls advise size, i'm a uk 14-16 depending on the brand
"""

DATA["stock"] = """
u got the black ones in a 9?
any of the navy jumpers left in size 12
is the grey hoodie still in stock in L
do you still have the red trainers in uk 6
sold out already? when is the restock
when will the size 8 be back in stock
is the M out of stock or just not showing
will you restock the olive green colour
any chance of the beige coming back
have you got this in a bigger size, like 3xl
is there a pink one in kids sizes
do you carry this in a petite length
stock available for 20 pcs? need for my staff
got 50 units ready stock or need to preorder?
ready stock or pre-order ah?
still have or sold out liao?
is this available in maroon, i dont see it listed
the white one showing unavailable, any more coming?
do u have extra stock in the warehouse
can i get a heads up when the blue is back
is the 256gb version available or only 128
any stock left of the limited edition colourway
is the navy one in stock at the johannesburg warehouse
this one still up for grabs?
in stock in a size 11 by any chance?
available in XS?
hey is dis still available
is tis item avalable in size 40
any left in the teal? 🙏
out of stock again 😩 when will more come in
do you have the same in mustard or only the yellow
do you have the twin pack back or just singles
can i backorder the size 5 and wait
is there another colour besides black and white
do you have it in a half size, like a 7.5
any new stock arriving before christmas
are there any size 10s hiding in the back
is the large still avail or has it all gone
have u got more of these in the queen bed size
is the XL coming back or is it discontinued
"""

DATA["price_bargain"] = """
can you do it for less?
whats your best price on 3
any discount if i buy two
give me a better price pls
can u knock a bit off
can you chuck in a discount for a regular customer
can you do mate's rates?
ur last last price oga?
last price boss, i pay now
what's your final price, i'll transfer today
can reduce abit or not?
can give discount ah
cheaper can? i take 5 pieces
reduce small for me na, i am buying two
abeg reduce the price small
please help with discount, i am a student
kindly do me a discount sir, i'll buy more next time
kuch kam ho sakta hai? can you lower it
can you do 1500 rupees instead of 1800
would you take 40 quid for it
would you take $80 instead of $95
could you do 500 rand instead
can you do 2000 bob, that's my budget
tawad naman po, pwede discount?
pwede less po? 🙏
can i get it cheaper if i pay cash on collection
cash price if i pay by eft?
discount for bulk buy? need 100 pcs for my school
wholesale price for resellers?
could you do it for 25 ringgit
can you drop it to 3k naira, na my budget be that
knock off a tenner and i'll buy it now
meet me halfway on the price?
lower price pls 🙏🙏
discoutn for 2 pcs?
cn u give me a lil cheaper price
price too high for me, can u go down a bit
i'll take all three if you make it 100 dollars
if i buy the set can you drop the price a bit
any wiggle room on the price?
is the price negotiable
"""

DATA["promotion"] = """
do you have a voucher code?
any promo code for first time buyers
is there a discount code for new customers
does the 11.11 sale start at midnight
when is your black friday sale
is there a boxing day sale this year
will there be a 12.12 promo
is the buy one get one free on all items or just some
how does the buy 2 get 1 free work, do i add 3 to cart
where do i enter the coupon code at checkout
my voucher isn't applying, is it only for min spend
whats the min spend for the $10 off voucher
can i stack two vouchers on one order
does the cashback come as shopee coins or money
is there any free gift with purchase this month
do i get a freebie if i spend over 50 quid
is the diwali offer still on
any eid sale coming up
any raya promo this year?
is there a singles day deal on this
does the flash sale price include the coupon
when does the flash deal end
are there loyalty points on this order
how do i use my reward points
do you have a referral code scheme
is there a newsletter sign up discount
does the click frenzy sale apply to this
any end of season sale soon?
is the 20% off site wide or selected items
does the welcome voucher expire
can i use my gift card with the promo code
any promo pls? 🥺
got any coupon ah
got voucher or not
any kupon?
is there a promoo running now
any deals on right now
is there a mid year sale coming
does the lazada voucher work on your store too
how do i claim the free tote bag in the promo
"""

DATA["shipping_fee"] = """
how much is postage to the uk
how much is p&p to ireland
what's the delivery charge to auckland
whats the shipping cost to nairobi
how much to ship to lagos
shipping fee to cebu magkano po?
how much is the delivery fee to penang
how much for shipping to karachi in rupees
what's the courier charge to cape town
is postage free?
free delivery?
free shipping on this or no
is shipping free over a certain amount
how much do i need to spend to get free delivery
does the free shipping apply to sabah and sarawak
is delivery free to the north island too
do you charge extra for rural delivery
is there a surcharge for remote areas in the outback
how much extra for express shipping
what's the cost for next day delivery
does it cost more to ship to a po box
do i get charged postage for each piece or once for the lot
if i buy two do i pay postage twice
can you combine postage if i buy a few things
any way to get cheaper shipping
can you waive the delivery fee
can you reduce the shipping fee a bit, its more than the item
shipping fee too high, any cheaper option?
how much is shipping for a 5kg parcel to toronto
postage to canada in cad pls
what's the shipping in usd to the states
how much for delivery to my pep point
how much is it to post to a parcel locker
shipping fee to abuja abeg?
shiping cost to delhi?
how mch is delivry to durban
does the price include shipping or is it extra
are customs duties included in the shipping price
how much is postage to sydney in aud
delivery charge? 🤔
"""

DATA["delivery_time"] = """
how long does delivery take to the uk
how long does it take to get to dublin
how many days to arrive in melbourne
if i click buy tonight, reckon it lands by friday arvo?
how long for postage to christchurch
how long is shipping to vancouver usually
whats the delivery time to mumbai
how many working days to lahore
how long does it take to reach lagos
how many days delivery to mombasa
ballpark number of days till it gets to gqeberha?
how long before it gets to quezon city po
ilang araw po bago makarating sa iloilo?
how long to reach johor bahru
how fast can it reach singapore
will it get here before christmas if i order now
can it arrive in time for my wedding on the 14th
if i pay now, will i have it by the weekend
how long is standard post vs express
is next day delivery possible to london
how many business days for delivery to texas
how long for it to come to rural queensland
does it take longer to the south island
eta to toronto if i buy today?
delivery time?
how long it take to come ya?
how many days delivery to belfast
hw long it take to come to nairobi
how lng delivery to kl
how long does it takes to reach dubai from your place
how long it takes to deliver to ireland after customs
will it arrive before diwali if i order tomorrow
how long will the pre order take to come
arrives in how many days to penang? 🙏
is it 2-3 days or 2-3 weeks to auckland
how quick is delivery to a parcel locker in sydney
how long would a po box delivery take in pretoria
roughly when would it land in accra if i buy now
how long for delivery to manila via standard shipping
need it urgently for my kid's birthday, how soon can it reach me
"""

DATA["courier"] = """
which delivery company do you go with?
who do you ship with
do you send with royal mail or evri
can you send it with dpd instead of hermes
do you use an post for ireland deliveries
do you ship via australia post or sendle
can it go by nz post or courierpost
is it purolator or canpar for ontario orders
do you ship with usps or ups
can you send via fedex
do you use dhl express for international
do you ship to pakistan through tcs or leopards
can you send through delhivery or blue dart
do you use india post speed post
can you deliver via gig logistics in nigeria
do you ship to kenya with g4s or fargo
can you send it to my pargo point
do you deliver to pep paxi points
do you use the courier guy or aramex in sa
can i choose lbc or j&t for delivery po
pwede po ba via jrs or ninja van?
do you use poslaju or j&t in malaysia
can ship with ninja van to my house?
do you deliver via singpost
can i collect from a 7-eleven pick up point
can you drop it at a parcel locker
can i pick up at an inpost locker
do you ship to nigeria at all?
any chance you send parcels over to aotearoa?
do you ship internationally to the philippines
can you send to a po box address
do u ship to karachi
do yall deliver to canada
ship to kenya possible?
do you post to ireland 🇮🇪
do you use any trackd courier like dhl?
wich courier for india
can you use my own courier account for pickup
can i send my own rider to collect from your warehouse
do you deliver to sabah through gdex
"""

DATA["authenticity"] = """
is this legit or a fake?
is it the real deal or a copy
are these genuine nikes
is this original apple or a replica
is this an authentic product or first copy
is this master copy or original
is it og or a dupe?
is this a knockoff?
is this a clone or genuine
are these bootleg or official merch
is it officially licensed
are you an authorised dealer for samsung
do you have proof these are authentic
can you show me the receipt from the brand to prove it's real
does it come with an authenticity card
is there a serial number i can verify with the brand
can i check the imei on the official site
is this grey import or official stock
is the perfume tester or original sealed
are these aaa grade or original
is this the local made one or imported original
100% original?
orignal or not?
genuine ah?
is it orig po?
is dis orijinal
guaranteed authentic? 🤔
will i be able to verify the hologram on the box
is the jersey the authentic player version or a fan copy
is the leather bag genuine louis vuitton
are these pre-owned luxury items authenticated
do you source straight from the brand or from a middleman
are the cosmetics from an official distributor
is the nokia charger oem or aftermarket
is this ori or kw? i dont want kw
these shoes real or from china market?
can you guarantee in writing that it's not fake
are the ray-bans real or imitation
are these the real timberlands or a lookalike
can i trust this is not counterfeit
"""

DATA["quality"] = """
is this any good quality wise, or junk?
hows the quality on these
is it decent quality or cheap and nasty
will it fall apart after a few washes
is this built to last
is it sturdy or flimsy
is the stitching solid
does the print fade after washing
will the colour run in the wash
does it pill after a while
will the sole wear out quickly
will these boots hold up in the rain for a whole winter
is the zip strong or does it break easy
does the handle feel cheap
is the fabric thick or thin and cheap
is it heavy duty enough for daily use
will it survive a toddler
is this good for the price or rubbish
is it worth the money quality wise
will the battery go bad after a few months
does the gold plating tarnish quickly
does the phone case crack easily if dropped
is it durable for a tradie on site
will it rust near the sea
will the table start to wobble after a while
does the paint chip off easily
quality ok or not ah
quality top or not?
qualty is good or bad?
is the qulity nice pls
is the material strong quality ya
is it quality ya, no cheap stuff
is it long lasting? my last one broke in a week 😤
is it shoddy or well made
is it good nick, built proper?
is it proper quality or a bit dodgy
is the product any good honestly
is it strong enough for a kid's school bag all year
does the elastic stretch out and go loose quick
will the non stick coating peel off soon
"""

DATA["price_compare"] = """
why is yours dearer than the one on amazon
why are you pricier than the shop down the road
how come it's cheaper on lazada
why is this more expensive than on shopee
other sellers have it for less, why the higher price
why pay more here than on takealot
jumia sells it for 15k, why is yours 20k
why is it cheaper on daraz
why is it 500 rupees more than flipkart
why is it double the price on ebay
what's the difference between the 20 dollar one and the 40 dollar one
why is the pro version so much dearer than the standard
what's the difference between the 64gb and the 128gb apart from price
what's the diff between model A and model B
difference between the cotton one and the linen one, why is one more
why is the black one more expensive than the white one
why does the bundle cost more than the three bits bought one by one
why does the big size cost more
what justifies the higher price vs the cheaper version
what do i get for the extra money on the premium one
why so ex? other shops cheaper
y so expensive compared to others
why is ur price higher than mall
why costlier than the showroom price
why pricey ah compared to qoo10
why expensiv than other seller
same item on temu is half price, why the big gap?
is there any difference between yours and the cheaper ones on aliexpress
why is the kids one nearly the same price as the adult
why is the 2 pack not cheaper per item than the single
what's different about the imported version vs the local one, price is way off
why would i buy here when i can get it at kmart for less
walmart has it for less, what's different about yours
why's it more than at the warehouse in nz
your price vs noel leeming, why higher
why is this one 3x more than the similar one you sell
why is this R200 more than at game stores
whats the diff between the regular and the deluxe edition
how is this one different from the cheaper one listed below
why does it cost more than it did at the pharmacy
"""

DATA["color_difference"] = """
is the colour true to the pic?
does the colour look the same in real life
is the colour accurate to the photo
is there any colour difference from the picture
is it the same shade as in the photo
does it look the same irl
is the red more like a maroon in person
is the navy darker than it shows on screen
is the beige actually that light or more brownish
is the white pure white or off white like the pic
is the green more olive in real life
photo looks pink, is it actually peach
is the blue as bright as the pic or duller
is the photo filtered or is that the real colour
are the pics edited or real photos
will the colour be exactly like the listing photo
is there colour variation between screens and the actual item
does the colour look different under natural light
is the gold more yellow than in the pic
is the colour the same as the model photo or the flat lay
colour same as picture?
same color as pic?
colour same ah?
kulay po ba same sa picture?
coulor is same like photo or difrent
is the colur exact to the image
is it same colour or different when come
is the mustard as yellow as it looks 🤔
the photo looks grey but the name says silver, which is it in real life
is the black a true black or faded looking
does the colour show right in the photos or is it lighter
is the nude tone like the photo or darker
is the cream more like ivory in real life
is it the same colour as the video or the photo, they look different
is the lipstick shade the same as the swatch picture
your photos are very bright, is the real item that colour too
is the tan leather the same tone as in the picture
the rose gold tone, does it come out more coppery than the photo?
is the khaki closer to green or brown irl, pic is hard to tell
real pics pls, want to see if the colour matches
"""

DATA["recommendation"] = """
what would you recommend for a 10 year old boy's birthday
can you suggest a gift for my mum under 30 quid
looking for a raincoat for walking in wellington, any ideas
need a jumper for an irish winter, what do you suggest
what's a good pair of runners for flat feet
suggest me a good kurta for office wear
what saree do you recommend for a wedding function
need a dress for a garden party, what would suit
which school shoes are best for a kid who wrecks them
what do you reckon for a beach holiday in bali
any recos for a cheap phone case that protects well
which pram do you suggest for bumpy footpaths
i need something for hiking in the drakensberg, what should i get
something warm for camping in the hills, ideas?
what's good for a new mum as a present
can u suggest something for eid gifting
pls recommend a nice outfit for a nigerian owambe party
recommend something for raya open house
need boots for muddy paddocks, what would you pick
which one is better for oily skin, the gel or the cream
which headphones for the gym that won't fall out
help me choose between the two backpacks for uni
looking for a lunchbox for my toddler, what do you have
looking for a carry on bag that fits ryanair size
need a present for my boyfriend, he likes footy
what's your best seller for teenage girls
any suggestions for a housewarming gift
what should i buy for a baby shower
pls suggest something under 2000 rupees for my sister
any good ones under 500 pesos po?
which do you suggest for a small flat with no aircon
anything good for back pain while working from home
recomend me smth for rainy season
wat u suggest for a 5yr old girl
pick one for me pls, i can't decide 😅
can u suggest sumthing cute for valentines 💕
best option for commuting by bike in the rain?
i want a thermal top for skiing, which one
need sandals for a safari in kenya, what works
im looking for a gift for my dad who has everything
"""

DATA["invoice"] = """
can i get a tax invoice
i need a vat invoice for my company
could you send a receipt please
pls send me the receipt to my email
can you issue a gst invoice with my gstin
need a proper tax invoice with abn for claiming
can the invoice show our company name and vat number
can i get an invoice in my business name
i need an official receipt po for reimbursement
pls issue or, for company liquidation
can you send an e-invoice
need a pro forma invoice before i pay
can you give me a quotation and invoice for my office
do you provide a tax invoice with sst
can you do a tax invoice with our ntn for fbr
need an invoice with kra pin for my expense claim
please include my tin number on the invoice
can you issue a vat invoice with our south african vat number
will the invoice have gst shown separately
can i get a commercial invoice for customs
can you put the pan number on the bill
send me the bill pls
need bill for warranty claim
is a receipt included in the box
can i have a printed receipt with the parcel
can you email the invoice as pdf
pls send invoice copy again, i lost it
can the receipt be made out to my employer
i need a gst bill for my shop
invoice pls
receipt?
need invoce for this order
can u send me da reciept
can you resend the invoice 🙏
do you give invoices for orders paid by cod
need the invoice dated this month for my accounts
can you split the invoice into two, one for each department
could i get an itemised receipt please
can the invoice be addressed to my limited company
i need an invoice with hsn codes
"""
