"""Hand-written English buyer messages per intent (training set).

One message per line. Written in the voices of cross-border marketplace buyers:
native and non-native English, typos, no punctuation, abbreviations, pasted
numbers, emoji. Built into kefu/nlu/data/train/intent_en.jsonl by enes_build.py.
"""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["greeting"] = """
hi
hello
hello?
hi there
hey
hey there anyone online
is anyone there
anybody here?
hello seller
hi seller are you there
good morning
good afternoon
good evening
hi friend
hello my friend
dear seller
hello is this store open
yo
hiii
helloooo
hi 👋
👋
hello are you online now
is someone available
hi, is this the shop?
hello, can you hear me
anyone?
hi anyone there to help
hi can i ask something
hello i have a question
hi i want ask you something
excuse me
hi good day
greetings
hey how are you
hello how r u
hi hi
hallo
hellow
helo
hi sir
hello madam
hi team
good morning seller, are you here
hello!!
hi is the store online?
hi there, quick question
heyy
are you there?
u there?
hello store
hi, anyone answering messages today
hi i am here
morning
evening, anyone around
hi dear
hello, shop owner?
is this shop active
salam hello
"""

DATA["product_info"] = """
is the upper real leather?
what material is this jacket made of
is it waterproof
are these boots waterproof or just water resistant
can i put it in the washing machine
how do i wash this sweater
what are the dimensions of the bag
how much does it weigh
does this phone case fit iphone 13 mini
is it compatible with samsung s22
does the charger work with 220v
what voltage is it
is this cotton or polyester
100% cotton?
is the sole rubber
does it have a zipper or laces
does the lamp have a dimmer
how long is the cable
is the battery included
what battery does it use
does this cream contain alcohol
is it suitable for sensitive skin
is the shampoo sulfate free
can this pan go in the oven
is it dishwasher safe
does the watch have gps
is it bluetooth 5.0
does it come with a charger in the box
what is in the package
how many pieces in the set
is the glass tempered
does the blanket shed
is the fabric stretchy
does the dress have lining
is there a pocket inside the backpack
how deep is the shelf
can the table hold 50kg
does the mouse work on mac
does it need an app
what is the capacity of the bottle in ml
does it keep drinks cold
the socks are wool or acrylic
how thick are the curtains, do they block light
is it vegan leather
what is the heel height
are the insoles removable
does the projector support 1080p
does it support english language menu
is the plug eu or us
does the kettle turn off automatically
how do i use this serum, morning or night
is it safe for kids
can the camera record at night
the material is breathable?
what is the frame made of, metal or plastic
does this coat have a hood that comes off
how long does the battery last on one charge
is this perfume eau de parfum or eau de toilette
does it come assembled or do i need to build it
the mattress is memory foam?
do the earbuds have noise cancelling
hi, is the inside of these boots lined with fur?
hello friend this bag is genuine leather or PU
does the blender crush ice
what's the screen size
"""

DATA["size_advice"] = """
which size should i get
do they run small?
do these run true to size
i normally wear 42 what size should i order
my foot is 26cm which size
what size for 170cm 65kg
i am 180 cm and 80 kg, L or XL?
size chart please
can you send me the size chart
where is the size guide
is M ok for me, chest 96cm
should i size up
do i need one size bigger
my shoe size is us 9, what eu size is that
uk 7 = which size in your chart
i have wide feet which size do you recommend
the fit is slim or loose
is it oversized
what size for a 5 year old boy
what size would fit my husband he is 185 tall
my waist is 32 inches which size pants
i wear eu 38 in nike, same here?
what size is best for 60kg woman
between 39 and 40 which one
i am usually a small but i like loose fit, which size
does the xl fit like a european L
asian sizes are small right? should i take 2 sizes up
what size ring for 17mm finger
what is the length of size 41 insole in cm
my feet measure 24.5 cm, what size do i choose
how do i measure my foot for your size
recommend me size pls 165cm 55kg
size for me? height 175 weight 70
these jeans fit big or small
is the dress tight at the bust
will size S fit a 34B
what size bra should i take if i wear 75B
which size should i buy for my daughter 8 years
hi, i am between M and L, which one is better for this jacket
does this come in true us sizes or chinese sizes
do the boots fit with thick socks if i take my normal size
i have high instep, should i size up
what size hat for 58 cm head
what does one size mean, will it fit xl
which size glove for 20cm hand
my size is 44 in adidas what do u suggest
size help please
not sure about size, can you help
what size for a 12kg dog
which size of shoes fits 27 cm foot
is 42 too big if i wear 41.5
the sleeve length in size L?
what are the measurements of size M
i weight 90 kg what size of tshirt
hi which size will fit 6 months baby
does it fit like regular or petite
i want the leggings tight, which size
"""

DATA["stock"] = """
do you have it in black
is size 42 available
is this in stock
in stock?
when will it be back in stock
when do you restock
do you have the blue one in M
any more left in size 38
the red is sold out, will you get more
is the white color available in XL
do you have other colors
can i still buy it, it says out of stock
how many do you have in stock
i need 20 pieces, do you have enough
is the 128gb version available
does it come in pink
do you have this in kids sizes
is there a bigger size than xxl
will size 46 come back
is the grey still available
do you have 2 in stock, i want for me and my sister
only 1 left? can you check if there are more
do you have the same model in brown
out of stock again 😩 when will you have it
available in navy?
hi do u have size 37
pls tell me when size 40 is back
i want the green one but it is not in the list
do you have the beige colour
are there more colors than in pictures
can i preorder it
do you still sell this item
will you restock the christmas sweater
the size i need is greyed out, do you have it
black 44 available or not
how about in white, do you have
do you have a set with 3 pairs
is the eu plug version in stock
is the large size available now
when is the next batch coming
hello, do you still have stock of the leather boots
is there stock in your spain warehouse
does it ship from local warehouse or china, is it in stock there
any stock of size 9 us
is model x200 still available or discontinued
do you have the matching pants
can you make it in size 35
is there any left in camel colour
do you have size 36 in the black ankle boots
i cant select blue, is it sold out
the purple one will come again?
do you have a smaller version
any chance of getting the limited edition again
have you got it in silver
stock for 50 units?
hi, the yellow one, any available?
"""

DATA["price_bargain"] = """
can you give me a discount
can you make it cheaper
best price?
best price if i buy 3
what is your best price for 10 pieces
can you lower the price a little
any discount for me
give me a better price please
if i buy two can you do 20 dollars
can i get it for 15
too expensive, can you reduce
discount for bulk order?
wholesale price for 100 pcs?
can you do a special price for me, i am a returning customer
i bought from you before, discount?
last price?
make me a deal
please cheaper friend
can you do 10% off
will you accept 30 usd
i have only 25 euro can you sell for that
price is a bit high, can you do something
any chance of a small discount
how much if i buy 5 pairs
discount pls
can you drop the price
can you match 12.99
reduce price and i buy now
if you give discount i order today
cheaper price for students?
could you give me a lower price
can you change the price to 20 then i pay
do you give a discount for loyal customers
hi, i want 3 but can you give me a better price
ok i like it but price too high for me
i will buy many if price is good
the price is negotiable?
can you sell me cheaper than listed
can u do it for less
give me discount and i leave 5 stars
i want buy 6 pcs, how much discount
can you give me a friend price
any room on the price
please adjust the price for me
could you knock a few dollars off
bargain? 😊
i can pay 40 for both
if i buy the boots and the socks together, discount?
too pricey. lower?
pls make price 18$
what is the minimum price
discount for 2 items?
hello i am interested but can you lower a little bit
i am from poor country pls discount
can i get a discount on my second pair
"""

DATA["promotion"] = """
is there a coupon code
do you have any coupons
any promo code?
when is the next sale
will this be on sale for 11.11
is there a black friday discount
do you have a store coupon
how do i use the coupon
the coupon doesn't work at checkout
how do i get the new user coupon
is there a gift with purchase
do you give free gift
buy 2 get 1 free still valid?
how does the bundle deal work
is the flash sale still on
when does the sale end
can i use two coupons on one order
where do i find the store vouchers
i followed the store, where is my coupon
is there a discount for following your shop
any promotions this week
will the price drop during the anniversary sale
is there a christmas promotion
the 5$ off coupon, what is minimum order
coupon for orders over 30?
do you have a discount code for first order
how do I claim the coins discount
does the promo apply to all items
is the free sample still available
when is your next campaign
will there be a 12.12 sale
can i stack the platform coupon with your coupon
coupon code pls
my coupon expired can you send new one
how do i get the select coupon
i saw an ad with 50% off where is it
do you have a newsletter discount
is the 3 for 2 offer on socks still running
what is the summer sale
hi any vouchers available?
will there be a discount on prime day
how can i join the promotion
is there any cashback
is the gift box included in the promo
do you do birthday discounts
the countdown deal ends when
referral code?
is there a deal if i subscribe
the promo price is gone, will it come back
hey do you have coupon for boots
does the bundle include the free socks
what's the super deal price today
when does the new year sale start
got a coupon in email but it says invalid
where can i find your shop coupons
"""

DATA["shipping_fee"] = """
how much is shipping to chile
is shipping free
free shipping?
do you offer free shipping
how much is delivery to uk
what is the shipping cost to germany
shipping fee to spain?
why is shipping so expensive
can you reduce the shipping fee
can you give free shipping
free shipping if i buy 2?
is shipping included in the price
how much to ship to australia
the postage is too high
can you lower postage
do i pay customs or shipping extra
how much for express shipping
what is the cost for dhl to france
shipping to mexico how much
shipping to brazil free?
how much shipping for 3 items
do you combine shipping
can you combine shipping for two orders
free delivery over 50 euros?
what's the minimum for free shipping
shipping cost to canada pls
the shipping fee is more than the item
how much to send to new zealand
does free shipping include the islands
why shipping 10$ when listing said free
is shipping free to italy
i am in poland, shipping price?
shipping is expensive, can you make it free
how much to deliver to portugal
any cheaper shipping option
the standard shipping is free or paid
how much does fast shipping cost
would you waive the shipping fee
postage cost to ireland?
delivery charge to argentina
how much for shipping to colombia
is shipping to the us free?
free ship?
ship fee to peru pls
if i order more can you make shipping free
is there extra shipping fee to my area
do i need to pay duties and taxes on top of the shipping
can you send with free shipping method
hi, what do you charge for shipping to sweden
is express free or i need pay
how much to ship a pair of boots to netherlands
do you charge shipping per item
shipping price for 1kg to russia
shipping is free for all countries?
hello, shipping cost to ukraine please
"""

DATA["delivery_time"] = """
how long to ship to spain
how long does delivery take to usa
how many days to germany
how long will it take to arrive in chile
delivery time to uk?
if i order today when will it arrive
how long does shipping take
how fast is shipping
can it arrive before christmas
if i buy now will i get it by the 20th
how many days to receive in mexico
how long is delivery to australia
will it arrive within a week if i order now
estimated delivery time to france?
how long for express shipping
how long for standard shipping to canada
delivery time pls
how long will take to brazil
i need it by friday, is that possible if i order today
what is the delivery time to italy
how long to arrive in poland
how many weeks to new zealand
if i pay now when will i get it in colombia
days to ship to argentina?
how long does it take to get to the us
how long until it arrives if i choose dhl
is delivery fast to europe
how quickly can you deliver to london
would it arrive before my birthday on the 15th
how long do parcels usually take to peru
before i buy, how long to sweden
i want to order but need to know delivery time to ireland
do you ship fast? i need it in 10 days
how long from china to romania
will it take a month?
delivery takes how long to netherlands
how long to deliver to portugal roughly
can i get it by next week if i buy today
what's the shipping time for norway
time to arrive in belgium?
how long is the wait to japan
average delivery time to south africa
do you have faster delivery, i need it for a wedding
how long to usa with free shipping
if i buy from the spanish warehouse how long
how long for the local warehouse delivery
when would it get here if i order tonight, i am in texas
estimate how long to get to my city in chile
how long to ship to russia now
is it 15-30 days like it says?
hi before ordering, how many days to arrive in denmark
will it be here in time for new year
how long to deliver to switzerland
i am thinking to order, how long will it take to reach greece
time of delivery to ecuador?
"""

DATA["courier"] = """
do you ship with dhl
which courier do you use
what shipping company do you use
can you send with fedex
can you ship with ups
do you ship to mexico
do you ship to chile
do you deliver to russia
can you send it by ems
do you use aliexpress standard shipping
which carrier will deliver in spain
can you use correos
can you ship via usps
do you ship internationally
can you deliver to a po box
can you send to a pickup point
can i choose the courier
i prefer dhl, possible?
please don't use cainiao, can you use dhl
do you ship to brazil
do you ship to israel
do you send to the canary islands
can you ship to an apo address
which logistics company for germany
is it shipped by yanwen or 4px
can you use express instead of post
can you ship to a parcel locker
do you deliver to hawaii
can you send with royal mail
what courier delivers to the uk
can you send by sea freight
can i pick it up myself
do you ship to cuba
do you ship worldwide
who will deliver my parcel in france, colissimo?
can you ship through correos express
which shipping method do you recommend for chile
do you use j&t or sf
can you send with aramex
do you ship to saudi arabia
is it possible to ship to puerto rico
can you ship to my hotel
can you send it with a tracked method
do you have epacket
is it sent by air or by ship
can you ship to ukraine now
do you ship to reunion island
i need it delivered by ups only
can you deliver to a post office
which carrier for argentina, correo argentino?
hi, do u ship to colombia
can i use my own courier account
ship to australia possible?
do you send with postnord to sweden
delivery company for italy is brt or poste?
"""

DATA["authenticity"] = """
is this original?
is it genuine
is this authentic
is it real or fake
are these real nike
is this a copy
original or replica?
is this the original brand
are the airpods original
do you sell fakes
how do i know it's not fake
can you guarantee it is authentic
is it 100% original
is this an official product
is the perfume original or a dupe
will it have the original box and tags
is there a serial number i can verify
can i check the authenticity online
are you an authorized seller
is this from the official factory
real leather and real brand?
is the logo original
is it a high copy
is this a 1:1 replica
the price is low, is it fake?
i want to be sure it is original before buying
do you have a certificate of authenticity
is it genuine samsung charger
is the memory card real capacity or fake
is it the real 128gb or fake capacity
are these original adidas or chinese copy
original product guaranteed?
will it pass legit check
is this the original version or imitation
can i verify the barcode
is the watch a real casio
is this lego or a compatible brand
are these genuine swarovski crystals
hi friend this is original or not
is this product genuine? i had bad experience before
are the cosmetics authentic, not expired fakes
where do you get your stock, is it original
is the product sealed from factory
do you sell only original items
is the sterling silver real 925
is it real gold plated
is the cashmere real
is it an oem or original part
genuine?
original pls confirm
is this legit
are the shoes authentic with receipt
this looks like a knockoff, is it real
how can you prove it's original
will the original warranty work
"""

DATA["quality"] = """
is it good quality
how is the quality
will it last
is it durable
is the quality good or cheap
are these boots sturdy
will the sole come off after a few months
does the color fade after washing
does it shrink in the wash
is the stitching strong
is the material thick or thin
is the fabric see through
does it pill
will the print crack
is the zipper good quality
is it heavy duty
will the heel break easily
can it handle daily use
is the leather soft or stiff
how long does it last
is the quality the same as in the photos
is it cheap plastic
is it well made
does it smell of chemicals
is the quality worth the price
are the socks thick enough for winter
will it rust
does the paint chip
is the battery quality good
is the glass strong
is the quality better than the cheaper version
i want good quality, is this one good?
does it feel premium
is the fabric soft
does it wrinkle easily
the reviews say bad quality, is it true?
is the bag strong enough for a laptop
quality ok?
good quality or not
how durable is the phone case
will the gold color tarnish
is it solid wood or mdf
do the seams hold up
is the waterproofing good quality
hi, before buying, is the quality good
are these shoes comfortable and good quality
will it break if kids play with it
is the quality stable, i want to buy for resale
does the sole have good grip
is the quality of the suitcase wheels good
is it scratch resistant
does the mop last or fall apart
is the knit loose or tight
are the headphones quality sound
"""

DATA["price_compare"] = """
why is it more expensive than other sellers
why is yours pricier
why is this more expensive than on amazon
other shop sells it cheaper why
why the price difference between these two
what is the difference between the 20$ and the 35$ version
why is the black one more expensive than the white
why is it cheaper in your other listing
why does the same item cost less elsewhere
i saw the same boots for half price
what's the difference between model a and model b
why is this one so cheap compared to others
why does size 44 cost more
why price different for different colors
another store has it for 12 dollars
why pay more here
is there a difference between the cheap one and the expensive one
why is the pro version worth the extra
what makes yours better than the cheaper ones
why is price higher than last month
the price went up, why
it was 15 yesterday, now 19, why
whats the difference between 64gb and 128gb apart from storage
why is the set more expensive than buying separately
why is the price different on the app
why is the price in euro higher than usd
difference between v1 and v2?
why is there price difference between store and website
i can buy this on temu cheaper
why does the same brand cost more here
why so expensive compared to market
is the expensive one better or just brand
why is the leather version double the price
what's the diff between the premium and standard
why your price higher than aliexpress choice
the other seller has free shipping and lower price, why should i buy here
explain price difference pls
why does this cost more than the previous model
price is higher than in shop in my city
you are more expensive than ebay, why
why is the xl more expensive than the m
hi why this one costs more, it looks the same
which is better, the 9.99 or the 14.99 one
same picture different price, what's the difference
why is the kit price higher
why do you charge more than the official store
what's different in the cheaper listing
why the difference between 2 pack and 3 pack price
shein has almost the same for less, why yours more
why more expensive than in china
is the cheaper one fake and this one real?
why is this listing 5 euros more
what am i paying extra for
"""

DATA["color_difference"] = """
is the color like the picture
is the colour the same as in the photo
does it look the same as the pictures
is the color accurate
is the real color darker
the beige is more pink or more yellow
is the navy very dark or bright blue
is the red bright red or wine
does the photo show real colour
is there color difference from the photos
the pictures are edited? real color?
is the white pure white or cream
real photos please, i want to see the color
is the green olive or bright
can you send a real photo of the grey
does the color look different in daylight
is the brown dark or light
the black is real black or grey black
is it exactly the color in the picture
the khaki is closer to green or brown
will the color be as shown
how close is the colour to the image
is the pink pastel or hot pink
the photo looks orange, is it red?
is the silver shiny or matte
the listing photo and the video color are different which is true
color matches photos?
can you show me the true color under normal light
is the blue more like sky blue or royal blue
i want exact colour as picture, is it?
there is big color difference on my screen?
is the gold yellow gold or rose gold
is the camel color like in the second photo
is the denim dark wash like pic
does it look more purple in real life
real colour vs photo?
is there any colour variation between batches
hi the apricot color is it orange
i'm worried about color difference, is it same as pic
is the tan color light
is the cream color see through
the picture shows light grey but the name says silver, which one
is the wood color light or dark
can you take a photo of the burgundy one next to the black
colour is true to picture?
does the color look cheap in real
is the color in the model photo correct
is the mint really mint or more blue
the shade in the photo is accurate?
will i get the same shade as the picture
"""

DATA["recommendation"] = """
what do you recommend
can you recommend something
which one is best for me
help me choose
i need boots for hiking in rain, what do you have
something for hiking in rain?
what is the best seller
which model do you recommend for running
i'm looking for a gift for my mom
what would you suggest for a 10 year old girl
i want a warm jacket for winter, which one
which one is better, the black or the brown
any suggestions for a birthday gift
looking for comfortable shoes for work
i need a phone case that protects well which one
which cream is good for dry skin
what's your most popular item
do you have something similar but cheaper
show me other options
i am looking for a dress for a wedding
can you suggest socks for diabetics
i need shoes for standing all day
which charger should i buy for my laptop
help me pick a present for my boyfriend
which one would you buy
what is good for oily skin
do you have something like this in leather
recommend a good bag for travel
which vacuum is best for pet hair
i want something elegant for office
any other styles you recommend
what goes well with these boots
which of your earbuds is best for gym
looking for a cheap but good smartwatch
what's the best one for beginners
which pillow is best for neck pain
what should i buy for camping
do you have anything for a newborn baby
recommend me something for my kitchen
is there a model better for cold weather
which would you choose for a teenager
i want matching outfits for couple, any ideas
suggest a perfume for summer
hi i need new shoes but don't know which, help
which product is best value
what do you have for rainy days
i'm looking for a waterproof watch, which one
what are the new arrivals
which one sells the most
i need a laptop stand, which is better
what lamp would you suggest for reading
can you send me links to similar items
"""

DATA["invoice"] = """
i need an invoice
can you send me an invoice
can i get a receipt
please send me the receipt for my order
do you provide vat invoice
i need a vat invoice with my company name
can the invoice be in my company name
how do i download the invoice
where can i find my invoice
invoice please
can you add my tax id to the invoice
i need a commercial invoice for customs
customs asks for the invoice can you send it
can you issue an invoice with vat number
the invoice has the wrong address can you fix
can you change the name on the invoice
i need proof of purchase for warranty
do you give a tax invoice
can you email me a pdf receipt
is vat included on the invoice
can i get an invoice for business expenses
my accountant needs the invoice
receipt for order 3021556?
invoice with my nif please
can you put a lower value on the invoice for customs
i need a packing list and invoice
hi, i would like a factura... an invoice for my order
can you send the bill
i need the invoice before i pay
does the invoice show the vat separately
will the invoice be in the box
send the invoice to my email pls
i need a proforma invoice
can i get a receipt with the seller address
can you re-issue the invoice with my company details
please add the order number to the invoice
i didn't get an invoice with the parcel
the receipt is missing
can you make the invoice in english
need invoice for reimbursement
is it possible to get a receipt for tax deduction
where is my receipt
can you give me the invoice for my last 3 orders
i need an itemized receipt
company invoice possible?
my vat number is de123456789, please add to invoice
is there an invoice for the shipping too
i need an invoice for school reimbursement
do you issue invoices for eu companies without vat
please provide the invoice for the returned item too
"""

DATA["payment"] = """
how can i pay
what payment methods do you accept
can i pay with paypal
do you accept credit card
my card was declined
payment failed
i can't pay
the payment doesn't go through
payment error
can i pay in installments
can i pay with apple pay
do you accept klarna
i was charged twice
money was taken but the order says unpaid
my payment is pending
can i pay cash on delivery
can i pay by bank transfer
how long does payment verification take
the order says awaiting payment but i paid
why is my payment under review
can i pay with google pay
can i use a debit card
do you take mastercard
the page freezes when i pay
can i pay in euros
can i pay in local currency
the payment was rejected, what should i do
i got an error code when paying
can i pay later
how do i pay with boleto
can i pay with oxxo
payment with mercado pago possible?
can i split the payment
i want to pay with two cards
my bank says the charge is ok but your site says failed
the amount charged is different from the price
i was charged more than the total
is it safe to pay on your site
3d secure code never arrives
paypal not working
i paid but i have no confirmation
how do i change my payment method
can someone else pay for my order
can i pay with a gift card
why can't i use my visa
payment keeps failing help
my card got blocked after paying
i paid with pix but order not updated
is there a fee for paying with card
do i need to pay right now or can i wait
the checkout won't accept my card
hi, it says payment unsuccessful, can you check
can i pay via western union
i paid 2 hours ago status still unpaid
"""

DATA["modify_order"] = """
change my shipping address
i need to change the address
can i change the size in my order
please change the color to black
i ordered wrong size can you change before shipping
can you change it to size 40 before you send it
i want to add one more item to my order
can you merge my two orders
can you combine my orders and ship together
i want to change the quantity to 2
please update my phone number on the order
wrong zip code, can you fix it
i made a mistake in my address
my apartment number is missing
can you change the delivery address to my work
i moved, please send to new address
add a note please: leave at door
please write gift in the parcel, no invoice
can you change the color from red to blue
i want to change the model
change from m to l please
can i edit my order
can you update the recipient name
please ship to my sister instead
can i change the shipping method to express
i want to swap the black for white before you send
is it possible to change my order
can you change the item to size 38, i haven't received it yet
please change my order from 2 to 3 pieces
correct my address: calle mayor 5 not 15
i put the wrong city
forgot to put my flat number
can i still modify the order
change address pls order 8122345
the street name is spelled wrong
please add my phone for the courier
i want to remove one item from the order
please don't send the socks just the boots
can you send the blue instead of the green
add a gift wrap to my order
i need to change postal code
can i update the address after payment
hi, i ordered 41 but i want 42, not shipped yet right?
please include a birthday card with message
can i change the delivery date
can you put my order on hold until next week
i want to upgrade to the 256gb version
change the name on the parcel to maria lopez
please change country to portugal
the house number is 12b not 12
"""

DATA["cancel_order"] = """
cancel my order
i want to cancel my order
please cancel the order
how do i cancel
can i cancel it
i don't want it anymore, cancel please
cancel order 8123456
i ordered by mistake, cancel it
please cancel before you ship
i changed my mind cancel
i want to cancel and get my money back before shipping
cancel it pls
can you cancel the order i just placed
stop the order please
don't send it, i want to cancel
i need to cancel one of my orders
i ordered twice by accident please cancel one
cancel the second order
how can i cancel if it's not shipped yet
is it too late to cancel
i found it cheaper, cancel my order
cancel, delivery is too long
please cancel, i ordered the wrong item
i want to cancel because i have no money now
cancel cancel cancel
the order is not shipped, cancel pls
please accept my cancellation request
i requested cancel, please approve
why can't i cancel my order
the cancel button doesn't work
i want to cancel, please don't ship
my husband already bought it, cancel mine
cancel the boots, keep the socks
can i cancel just one item
please cancel the whole order
cancel order asap
i want to cancel this purchase
i no longer need this
plz cancel my order i don't need it now
if not shipped yet, please cancel
sorry i want cancel my order
i would like to cancel the order i made this morning
can you cancel it, it's been 10 days and not shipped
i placed the order with the wrong card, cancel it
cancel and i will order again with correct size
hi, i need to cancel order 1005678 please
how do i cancel my order on the app
don't ship it anymore
is my cancellation done?
i want to cancel, you are too slow to ship
i asked to cancel yesterday, please confirm
"""

DATA["ship_time"] = """
when will you ship it
when will you send my order
when do you ship
have you shipped my order yet
i paid 3 days ago, when will you send it
when will my order be dispatched
why is my order not shipped yet
when are you going to send it
it says awaiting shipment, when
still not shipped?
when will you send my order friend
when you send my order
you send today?
hi there, i ordered boots last week, when do you ship?
please ship fast
please send it asap
how many days until you ship
is my order shipped
when do you dispatch
when will it leave your warehouse
my order is still processing, when will it ship
i paid, please send
can you ship today
can you send it tomorrow
processing time?
how long before you ship my order
has it been sent?
it's been a week and still not dispatched
why haven't you shipped
please hurry and ship my order
no tracking yet, when will you ship
when will i get tracking number
can you tell me the shipping date of my order
did you send it already
you ship on weekends?
the order shows paid but not shipped
when you will post my parcel
please dispatch my order
any update on shipping my order
i ordered on monday, when will it go out
why is my order still in processing
pls send my item fast i need it
shipment date for order 3049958?
when will you hand it to the courier
will you ship before the holiday
when will you ship the rest of my order
one item shipped, when the other
i paid for express, why not shipped yet
you promised to ship in 3 days
ship my order already
hello i paid yesterday, can you send today please
"""

DATA["order_status"] = """
where is my order
where is my parcel
track my order
tracking?
tracking number please
can you give me the tracking number
where is my package now
what is the status of my order
order status?
the tracking hasn't updated in a week
tracking not working
tracking number doesn't show anything
where is my stuff
has my parcel arrived in my country
it says in transit, where is it now
my tracking says customs clearance, what does it mean
where is it? LP00123456789CN
can you check where my order is
any update on my parcel
the parcel is stuck in china for 10 days
tracking shows left the sorting center, then nothing
what does 'arrived at destination hub' mean
my order is at the airport, when it moves
can you check tracking for me
status of order 8170012345
where my package now
where is my order i not know
the link to track is broken
which tracking website should i use
tracking says held by customs
is my order on the way
it says out for delivery since yesterday
the carrier changed, what is the new tracking number
the tracking number is not valid on correos website
hi, could you tell me where my boots are
just want to know where my order is
where is my shoes
any news on my package?
can u check my package pls
the parcel is in madrid since 5 days
tracking updates?
has the package left the warehouse
logistics info not updating
my order is shipped but where is it
the status says shipped but no movement
i want to know location of my parcel
where is it now
where is the item
update on my order please
order 1029384756 where is it
my package seems stuck
it's been 2 weeks in transit, where is it
the tracking shows it went back to origin country, why
when will my parcel be delivered, tracking says in my country
is the package with the local post yet
track pls YT2201234567890
hey where's my order at
"""

DATA["not_received"] = """
i have not received my order
it never arrived
i not receive product
my package never came
tracking says delivered but i didn't get it
it says delivered but nothing in my mailbox
i didn't receive anything
order not received
still not received after 60 days
my parcel is lost
i think the package is lost
the delivery time has passed and nothing
it is very late, more than 2 months
i never got my item
marked as delivered but not here
postman never came
neighbours don't have it either
the courier says delivered but i was home all day
where is my parcel it's been 50 days and nothing arrived
the protection time is almost over and i have nothing
no package received
it was supposed to arrive last week, still nothing
the parcel was returned to sender, i never got it
my order didn't arrive
the item didn't come
i not get my order yet, 45 days
never received, please help
you marked it delivered but it's not
someone else signed for it, not me
it shows delivered to a different city
package lost in transit?
the tracking stopped a month ago and nothing arrived
too long, still didn't arrive
it's over the delivery time, i haven't got it
delivered to wrong address
the post office says they don't have it
i recieved nothing
never recieved my order
i didn't get the package and it says delivered
still waiting
still waiting for my order after 6 weeks
order is late, more than the promised time
did you really send it? i never got it
my order is overdue
item not arrived
not delivered yet but tracking says it is
the box never reached me
nothing arrived, order 8134567789
it's been 3 months, where is my money or my item
i waited 40 days and my parcel is not here
the courier lost my package
the parcel was stolen from my porch
the locker code never came and the package is gone
my order disappeared
"""

DATA["quality_issue"] = """
the zipper broke
the item arrived broken
it's damaged
the sole came off after 2 days
the heel broke
it stopped working after a week
doesn't turn on
the screen is cracked
the shoes have glue marks and the stitching is coming apart
there is a hole in the sweater
the color faded after one wash
it shrank after washing
the seam ripped the first time i wore it
the battery doesn't charge
one earbud has no sound
the glass was shattered when i opened the box
the bag strap broke
the box was crushed and the item is bent
the leather is peeling
the boots leak water
the paint is scratched
there are stains on the shirt
the product smells really bad
the cream is dried out
the bottle leaked everywhere
it's defective
faulty item
the light flickers
the charger got very hot and stopped
the button is stuck
one of the legs is broken
the fabric is pilling already
the socks have holes after 2 wears
the print peeled off
the watch stopped
the lid doesn't close
there is a crack in the mug
the toy is broken
the phone case is cracked
it came broken, what now
the wheels fell off the suitcase
the sound is distorted
the remote doesn't work
the mirror is scratched
the sewing is bad and threads everywhere
buttons fell off
the item doesn't work at all
its broken what do i do
product damaged in shipping
the quality is terrible, it fell apart
the zip got stuck and broke
the left shoe is deformed
dead on arrival
the connector is loose
the fan makes a loud noise
the strap snapped after 3 days
"""

DATA["wrong_item"] = """
not what i ordered
you sent the wrong item
i got the wrong size
i ordered black but received white
wrong color
wrong product in the package
this is not the item in the picture
not as described
it's completely different from the photos
missing parts
a piece is missing
only one shoe in the box
i ordered 3 and received 2
the charger is missing from the box
you sent me size 38 instead of 40
i received someone else's order
the model is different
the package was missing an item
the screws are not included
this is not the brand i paid for
received the wrong colour
i got a different design
the item is smaller than described
the description says leather but it's plastic
the box is empty
the set is incomplete
where is the second item of my order
i ordered a pair but got only one sock
got the men's version instead of women's
wrong item sent, order 8123
the manual is missing
you forgot the gift that was promised
the size label says m but i ordered l
this is not 128gb as listed
i ordered 2 pairs but there's only 1 in the parcel
the item does not match the description
the photos show a lid but mine has none
i got a different product entirely
wrong model, i ordered the pro
the accessories are missing
two left shoes in the box
i received the wrong style
it says 100% cotton but the label says polyester
you sent the eu plug instead of uk
the item is not the same as the listing
my parcel had a different item inside
i got the pink one, i ordered grey
missing the remote control
the quantity is wrong
"""

DATA["return_refund"] = """
i want a refund
i want to return it
can i return this
how do i return the item
what is your return policy
can i get my money back
i want to send it back and get a refund
refund please
i want refound
can i return if it doesn't fit
do you accept returns
7 day return possible?
is there free return
i'd like to return the boots
i don't like it, i want to return
please refund me
refund or i'll open a dispute... just refund me please
how many days do i have to return
can i return without reason
i want a full refund
i want a partial refund for the damage
can you refund me without returning the item
i want to return this item, it doesn't fit
how can i request a refund
i want my money back
i'm not satisfied, i want to return it
it's too small, can i return for a refund
can i return an opened item
return request
how to apply for return
i want to return the broken item and get refund
can i get a refund for the missing part
i want to return one of the two items
i want a refund for the late delivery
the item is defective, refund please
return and refund
can i return the used item
do you have a 30 day return
i want to give it back
please accept my return request
how do i start a return
i'd like a refund to my card
can i get store credit instead
refund me now
i asked for refund please approve
can i keep it and get partial refund
i want to return, the color is ugly
is return possible after 10 days
hi i want return my order it is not like picture and get refund
if it doesn't fit can i send back
i bought it for my son but he doesn't want it, return?
please help me with return
the quality is bad i want refound
"""

DATA["exchange"] = """
can i exchange for a bigger size
can i exchange for m
i want to exchange it for another size
can i swap for a different color
exchange for size 42 please
too small, can i change to a larger size
can you send me a 40 instead and i send back the 39
i want to exchange this
do you do exchanges
can i exchange the black for the brown
is exchange possible
how do i exchange an item
they're too big, i need one size smaller
exchange size please
i want to change the size, it doesn't fit
can i change it for another model
i'd like an exchange not a refund
please exchange for the blue one
can you replace it with a new one
replacement please, the one i got is broken
can you send a replacement
i want a new one instead of a refund
exchange the defective one for a working one
can i exchange for a different item of same price
swap for l please
can i get a different size, i'll return this one
change size from 37 to 38
i need to exchange the shoes for one size up
exchange policy?
the shirt is tight, can i exchange it for xl
can you exchange it for the same in another colour
can i exchange for the other style
i want a bigger one please exchange
how long does an exchange take
can i exchange the left shoe only
i received the wrong size, can you exchange it
instead of refund please send the correct size
can i exchange a gift
my daughter needs smaller, can i exchange
exchange for kids size
can i upgrade to the pro and pay the difference
the boots fit but i want another colour, exchange possible?
i want to exchange one pair
pls change my size, i'll send it back
can you exchange the socks for a different pack
i'd like to swap my order for the next size
can i exchange after wearing it once indoors
exchange it for a new one, the zipper broke
i need a replacement part
do you exchange for free
"""

DATA["refund_status"] = """
where is my refund
when will i get my refund
i haven't received my refund
refund not received yet
when will the money be back on my card
you said refund, but nothing yet
how long does the refund take
refund status?
has my refund been processed
it's been 10 days and no refund
the refund was approved but i don't see it
when do i get my money back
did you send the refund
the return was delivered to you, where is my refund
my refund is pending
how many days for refund to paypal
i still didn't get my money
the refund shows completed but not in my bank
you promised a refund last week
refund please check order 8199345
is my refund on the way
why is my refund taking so long
can you check my refund
my money hasn't come back
the dispute closed in my favour, when refund
the refund amount is less than what i paid
you only refunded part of it
where is the rest of my refund
refund to my card or to my aliexpress balance?
when will the refund arrive in my account
i got an email about refund but no money
i returned the item 3 weeks ago, still no refund
how long until the refund reflects
refund not showing
did you refund the shipping too?
my cancelled order, when will i get the money back
i cancelled a week ago, no refund yet
the bank says they didn't receive any refund
give me the refund reference number
can you send proof of the refund
when is my refund coming
my refund still processing
hi, any news about my refund
refund hasn't arrived, what's going on
you received the item back, so where is the money
the refund went to an old card
refund ETA?
have you issued the refund yet
refund was supposed to be in 3-5 days, it's day 12
i am still waiting for my money back
"""

DATA["return_shipping"] = """
who pays return shipping
who pays for the return
where do i send it back
what is the return address
do i have to pay the shipping to return it
can you send me a return label
is return shipping free
how do i send it back
how much does it cost to return
will you refund my return postage
return label please
which courier should i use for the return
do i pay shipping for exchange
who pays shipping for an exchange
do i need to send it to china
the return address is in china, that's too expensive
can i return to a local address
can i drop it at the post office
is there a prepaid return label
how do i print the return label
i sent it back, here is the tracking
i shipped the return, tracking number is RR123456789ES
the return shipping costs more than the item
do i need to pack it in the original box
can i send it back without the box
should i write the order number on the return package
which address do i put on the return
will you pay the postage since it was your mistake
you sent the wrong item so you should pay return shipping
is return free for defective items
how much will i get charged for the return shipping
return label not working
can the courier pick it up from my house
where is the nearest drop off point for returns
do you have a return warehouse in europe
can i use any carrier to return
can i send it back by regular mail
do i need tracking for the return
return address for spain?
how do i send back the boots
what name do i put on the return parcel
can you refund the shipping cost of the return
i paid 15 euro to send it back, will you refund that
send me the return address please
free return label?
i need the return instructions
how do i ship the exchange back
"""

DATA["dispute"] = """
i opened a dispute
i will open a dispute
i have opened a dispute, please respond
how do i open a dispute
i want to open a case
can you accept my dispute
please accept the dispute
you rejected my dispute why
i want to escalate the dispute
the dispute is still open
can i close the dispute
i will close the dispute if you refund
please cancel the dispute, i got the item
how do i cancel my dispute
i filed a paypal claim
i opened a claim with paypal
i will do a chargeback with my bank
i did a chargeback
the platform is reviewing my dispute
you need to respond to my dispute
i uploaded photos to the dispute
what evidence do you need for the dispute
escalate to aliexpress
i opened an ebay case
the amazon a-to-z claim is open
i want the platform to step in
dispute opened order 8112233
i made a dispute because item not arrived
why did you refuse my dispute
please agree to the dispute so i get my money
i will appeal the dispute decision
how long does the dispute take
can i reopen the dispute
my dispute was closed automatically
the dispute deadline is tomorrow
i want to modify my dispute amount
i am going to open a dispute now
if you don't answer i'll escalate the case
i contacted my credit card company to dispute the charge
the bank opened a chargeback
will you accept the partial refund in the dispute
i agreed to your dispute proposal
what happens if i close the dispute
i opened dispute by mistake, can i cancel it
dispute is open, please check
the case is under platform review
i'll file a claim on ebay
open dispute?
you have 5 days to respond to my dispute
please respond to the claim i opened
"""

DATA["complaint"] = """
this is unacceptable
terrible service
worst seller ever
i am very disappointed with your service
you are scammers
this is a scam
i will report you
i will leave a bad review
i'm going to give you 1 star
nobody answers my messages
you never reply
this is ridiculous
i want to complain
i want to make a complaint
your customer service is useless
i've been waiting for an answer for days
you lied to me
stop sending me copy paste answers
you are wasting my time
i am very angry
worst experience ever
i will tell everyone not to buy here
what kind of service is this
shame on you
why are you ignoring me
your store is a fraud
i'm reporting you to aliexpress
i will never buy from you again
this is the third time i ask
you promised and did nothing
very bad attitude from your staff
your agent was rude to me
i am extremely unhappy
how can you treat customers like this
unprofessional
answer me!!!
i'm so fed up with you
this is a joke
pathetic service
you people are liars
i am disgusted with this shop
i will post this on social media
you should be ashamed
i am going to report this to consumer protection
thieves
worst shopping experience of my life
i demand an explanation
your service is a disaster
i'm tired of waiting for your answers
why does nobody help me
this shop is a ripoff
i'll sue you
horrible, just horrible
every time something goes wrong with you guys
"""

DATA["review"] = """
how do i leave a review
can i edit my review
can i change my feedback
i want to change my rating
how can i delete my review
do you give something for a review
is there a reward for a photo review
if i leave 5 stars do i get a coupon
i left a review, where is my gift
how do i upload photos to the review
my review doesn't show
why was my review removed
can i review after the order is confirmed
i gave 3 stars by mistake, can i fix it
i'll leave a good review when it arrives
where do i write my feedback
do you want me to leave feedback
can i leave feedback for the seller
the review button is greyed out
i can't leave a review
how long do i have to leave a review
i wrote a review, did you see it
you asked me to change my review, how
can i add a follow up review
can i review each item separately
i want to update my review now that you fixed it
do i get points for reviewing
how do i rate the product
i posted a video review, where is the cashback
review cashback?
i left 5 stars as promised
can i leave a review in spanish
is it ok to post a photo of me wearing it in the review
i'd like to write a review but don't know where
how do i give the seller a rating
i want to leave positive feedback
can you remind me to leave a review later
the review says pending moderation
you promised a refund for a 5 star review
my feedback was hidden
why can't i see my photos in my review
can i leave a review for the delivery
i'll give you 5 stars, how do i do it
hi, where is the option to review my order
i changed my mind about the rating, how to edit
"""

DATA["human_agent"] = """
let me talk to a person
i want to talk to a human
human please
real person please
can i speak to a real person
are you a bot? i want a human
connect me to an agent
transfer me to customer service
i need a human agent
agent
agent please
speak to someone
i want to speak with a manager
let me talk to your supervisor
can a real human answer me
stop the bot, i need a person
is there a person i can talk to
get me a human
talk to staff
i don't want the robot
i want live chat with a person
can someone real help me
connect me to live support
put me through to an operator
please transfer to a human
human agent now
i want to call someone
can i have a phone number to talk to someone
i need to talk with a real agent about my order
your bot doesn't understand me, person please
representative
customer service representative please
let me speak to a salesperson
i want to chat with the seller directly
can the shop owner talk to me
please let a human read this
bot useless, real person
i'd prefer to talk to a person
is a human available now
operator
can i talk to someone who speaks english
i want a real customer service
talk to human
pass me to a human
need human help
can someone from your team contact me
i want to talk to the boss
person not machine please
"""

DATA["thanks_bye"] = """
thanks
thank you
thank you very much
thanks a lot
thx
tnx
ty
ok thanks
ok thank you bye
thanks bye
bye
goodbye
see you
have a nice day
ok
okay
ok got it
got it thanks
noted
understood
alright
perfect thanks
great, thank you
thanks for your help
thank you for the quick answer
thanks i will wait
ok i'll wait then
ok no problem
appreciate it
much appreciated
cheers
thank you so much friend
👍
🙏
ok 👍
thank u
tysm
great thanks have a good day
thanks, that's all
that's all i needed
ok perfect
sounds good
cool thanks
you're very helpful, thanks
thanks, will buy now
ok i understand, thank you
many thanks
bye bye
take care
thanks again
all good now thanks
no more questions, thanks
ok thank you dear
that solved it thanks
"""

DATA["other"] = """
are you a bot
what's the weather like
how do i create an account
i forgot my password
how do i change my email on my account
how do i delete my account
can't log in
tell me a joke
who are you
what is your name
are you chinese
where are you located
what time is it there
do you like football
how old are you
are you real
can you speak french
i love you
what's 2+2
asdfgh
test
testing
lol
hahaha
?
...
how do i change the language of the app
the app keeps crashing
how do i become a seller
do you hire
are you open on sunday
what are your working hours
can we do business together, i am a supplier
do you have a physical store
how do i unsubscribe from emails
stop sending me notifications
what is aliexpress choice
my account was suspended
how do i change my username
where do i see my messages
i want to sell my products in your shop
sorry wrong chat
oops wrong person
who won the game yesterday
can you help me with my homework
what's the capital of spain
is it raining in shanghai
do you have a tiktok account
can you add me on facebook
do you speak spanish
what does your shop name mean
can you recommend a restaurant
my cat is sleeping on my keyboard
how do i add a profile picture
the website is very slow today
your shop is on instagram?
"""

# --- A second pass in a more formal, e-mail-like register, with other product
# families (furniture, watches, handbags, bedding, pet and car accessories,
# make-up, garden tools), so the model does not learn "boots" = pre-sale.

DATA["greeting"] += """
Good morning, I hope you are well.
Hello team, I have a quick query.
Hi, is somebody available to help me today?
Hello, I'm writing to you for the first time.
hey guys, anyone on the chat?
Dear customer service,
hello, are you still open at this hour
Hi again!
"""

DATA["product_info"] += """
Could you confirm the seat height of the office chair?
Is the watch strap genuine leather or synthetic, and how wide is it?
What is the filling of the duvet, feathers or microfibre?
Does the handbag have an inner zipped compartment?
Is the dog bed cover removable for washing?
Which car models does the phone holder fit?
Is the foundation suitable for very oily skin and does it have SPF?
What is the maximum load of the garden hose reel?
Does the cordless trimmer come with the battery and the charger?
Is the sofa fabric pet friendly?
What are the exact dimensions of the bedside table?
"""

DATA["size_advice"] += """
I usually wear a 10 in UK shoes; which of your sizes corresponds?
Could you advise whether the coat fits true to size over a thick jumper?
My wrist is 16 cm, will the watch strap be too long?
Which collar size for a beagle with a 35 cm neck?
Would you recommend the regular or the tall version for someone 190 cm?
I am a 36C, which size of the swimsuit should I choose?
Which size of the fitted sheet for a 140 x 190 mattress?
My hips are 104 cm, what size of trousers do you recommend?
"""

DATA["stock"] += """
Will the walnut bedside table be available again soon?
Do you currently have the handbag in tan?
Could you tell me whether the king size duvet is in stock?
Is the cat tree still available or discontinued?
Do you have the watch with the steel bracelet?
Are there any of the garden chairs left in green?
I need four dining chairs, do you have that many?
"""

DATA["price_bargain"] += """
Would you consider a lower price if I purchase the sofa and the armchair together?
I'd be grateful for a small reduction on the office chair.
Could you offer a better rate for an order of 30 units?
Is there any possibility of a reduced price for a returning customer?
Can you do the dining table for 250?
If you accept 60 for the watch I'll buy it straight away.
could you do a bit cheaper on the curtains if i take 4 panels
"""

DATA["promotion"] += """
Are there any discount codes available for the bedding range at the moment?
Will the furniture be included in the upcoming seasonal sale?
I have a voucher but it won't apply to the handbag. Why?
Is there a free gift with the make-up set this month?
Do you offer a welcome discount for newsletter subscribers?
Is the buy-one-get-one offer valid on the pet toys?
How do I redeem the points I have collected?
"""

DATA["shipping_fee"] += """
Could you let me know the delivery charge for a sofa to Lyon?
Is postage included on the bedding set?
What is the shipping cost for a bulky item such as a wardrobe?
Would delivery to Belgium be free for an order over 100 euros?
How much would it be to send the garden bench to Scotland?
Is there an extra fee for delivery to an upstairs flat?
What do you charge to deliver to the Canary Islands?
"""

DATA["delivery_time"] += """
Could you tell me roughly how long the wardrobe would take to reach Munich?
If I place the order today, when might the sofa be delivered to Manchester?
How long does delivery normally take for the bedding to Quebec?
Would the watch reach Melbourne in time for a birthday next Saturday?
How many working days to Lisbon for standard delivery?
I haven't bought yet: how long is delivery to Tenerife?
"""

DATA["courier"] += """
Which delivery company do you use for large furniture?
Do you deliver to Gibraltar?
Could the parcel be sent via GLS rather than the national post?
Is it possible to have the order delivered to a collection point?
Do you ship to the Channel Islands?
Can you send it with Hermes?
Do you deliver to Andorra?
"""

DATA["authenticity"] += """
Could you confirm that the watch is a genuine Seiko?
Is the handbag authentic designer or inspired by the brand?
Are the cosmetics genuine and within their expiry date?
Is there any proof of authenticity for the Apple cable?
Is it an original brand product or a generic version?
Are these genuine Bosch wiper blades?
"""

DATA["quality"] += """
How well does the sofa fabric hold up to cats scratching it?
Is the office chair robust enough for long hours every day?
Will the garden furniture withstand rain and sun all year?
Does the mascara smudge during the day?
Is the watch glass resistant to scratches?
Are the bed sheets durable after many washes?
Will the car seat covers crack in cold weather?
"""

DATA["price_compare"] += """
Could you explain why the oak table costs more than the pine one?
Why is your sofa more expensive than the similar one on the high street?
What is the difference between the standard and the premium mattress?
I have seen this handbag for less on another site, why the difference?
Why does the king size duvet cost twice the double?
Is the price difference between the two watches just the strap?
"""

DATA["color_difference"] += """
Does the sofa's 'stone' fabric look grey or beige in real life?
Is the handbag's red closer to cherry or to brick?
Is the foundation shade accurate on the website swatches?
The walnut finish looks very dark in the photo, is it really that dark?
Could you describe the teal of the duvet cover, is it more blue or green?
Is the colour of the curtains true to the images?
"""

DATA["recommendation"] += """
Which office chair would you advise for back pain?
Could you suggest a present for a colleague who is leaving?
I'm furnishing a small flat, which sofa would fit best?
What would you recommend for a cat that scratches everything?
Which foundation would suit dry mature skin?
Could you help me choose a watch for my father's sixtieth?
What garden tools would you recommend for a beginner?
"""

DATA["invoice"] += """
Could you please issue an invoice for my sofa order in my company's name?
I require a VAT receipt for the office chairs.
Would it be possible to receive a duplicate invoice?
Please email me the invoice for order 20394.
Does the invoice list the VAT rate applied?
I need the invoice to include my business address.
"""

DATA["payment"] += """
My card payment for the sofa was refused, could you advise?
Do you offer financing or monthly payments for furniture?
I have been charged but the order shows as unpaid.
Is it possible to pay by bank transfer for a large order?
The payment page shows an error after entering my card details.
Could I pay with my PayPal balance?
"""

DATA["modify_order"] += """
Could you please amend the delivery address on my order to my office?
I would like to change the colour of the sofa I ordered yesterday.
Please add a second pillowcase set to my existing order.
Is it possible to change the delivery date for the wardrobe?
I entered an incorrect flat number, please correct it to 4B.
Kindly change the quantity of chairs from 6 to 4.
"""

DATA["cancel_order"] += """
I would like to cancel my order for the office chair, please.
Please could you cancel order 77302 before it is dispatched?
I no longer require the wardrobe, kindly cancel.
I'd like to cancel the handbag I ordered this morning.
Please cancel my order, I have found one locally.
Could you confirm my order has been cancelled?
"""

DATA["ship_time"] += """
Could you please let me know when my sofa will be dispatched?
I paid for the bedding on Friday, has it been sent yet?
When do you expect to dispatch order 20451?
My order has been processing for six days, when will it leave?
Is the watch going to be sent out this week?
Could you tell me when my paid order will be handed to the carrier?
"""

DATA["order_status"] += """
Could you please provide an update on the whereabouts of my order?
The tracking for my wardrobe has not changed since Tuesday.
Is my parcel still at the sorting centre?
Please could you check the current status of order 66231?
The tracking page says the parcel is at the local depot, what next?
Where is my handbag at the moment?
"""

DATA["not_received"] += """
My order was due last week and has still not arrived.
The tracking states delivered, however I have not received anything.
I am afraid my parcel has been lost.
The sofa was never delivered although the delivery date has passed.
I have checked with my neighbours and nobody received my parcel.
It has been six weeks and I still have not received my order.
"""

DATA["quality_issue"] += """
The office chair wobbles and one of the castors has come off.
The watch has stopped working after only two days.
There is a tear in the sofa fabric on arrival.
The duvet is leaking feathers from the seams.
The garden hose split the first time I used it.
The handbag strap came away from the stitching.
The foundation has separated and smells off.
"""

DATA["wrong_item"] += """
I received a single duvet instead of the double I ordered.
The handbag delivered is a different colour from the one I purchased.
The watch in the box is not the model I ordered.
Some of the screws and the instructions for the wardrobe are missing.
My order contained only three of the four chairs.
The dog bed is much smaller than the dimensions listed.
"""

DATA["return_refund"] += """
I would like to return the office chair and receive a refund.
Could you please explain your returns policy for furniture?
I would like a refund as the handbag is not what I expected.
Am I able to return the bedding if the packaging has been opened?
Please arrange a refund for the faulty watch.
How many days do I have to return an item?
"""

DATA["exchange"] += """
Could I exchange the single duvet for a double?
I would like to exchange the handbag for the black one.
Could you replace the faulty watch with a new one?
Is it possible to exchange the chair for another colour?
I'd like to swap the dog collar for a larger size.
Can I exchange the curtains for a longer drop?
"""

DATA["refund_status"] += """
Could you please confirm when my refund will be processed?
I returned the sofa cushions two weeks ago and have not been refunded.
My refund was approved but has not reached my account.
Could you let me know the status of my refund for order 30921?
How long does a refund usually take to appear on a credit card?
I have still not received the refund for the cancelled watch.
"""

DATA["return_shipping"] += """
Will I have to pay the postage to return the office chair?
Could you send me the address for returns, please?
Do you arrange collection for large returned items like a sofa?
Is there a free returns label for faulty goods?
How should I package the handbag to send it back?
Will the cost of returning the watch be refunded to me?
"""

DATA["dispute"] += """
I have opened a dispute with the marketplace regarding order 30221.
Please respond to the claim I have raised on the platform.
I intend to request a chargeback from my credit card provider.
I will close the dispute once I receive the refund.
The dispute has been escalated, please provide your evidence.
I wish to withdraw the dispute as the issue has been resolved.
"""

DATA["complaint"] += """
I am extremely dissatisfied with the way my order has been handled.
I wish to make a formal complaint about your customer service.
Your company has been completely unresponsive.
This level of service is simply not good enough.
I shall be reporting this experience to the platform.
I have never been treated so poorly by a shop.
"""

DATA["review"] += """
Could you tell me how to leave feedback on my order?
I would like to update the review I left for the sofa.
Is it possible to remove a review I posted by mistake?
Do you offer anything for customers who leave a review?
My review with photos does not appear on the product page.
How do I leave a rating for the seller?
I promised to leave feedback, where can I do that?
"""

DATA["human_agent"] += """
Could I please speak with a member of your customer service team?
I would prefer to discuss this with a person rather than a chatbot.
Please transfer me to a human agent.
Is there someone available to speak with me directly?
Could a supervisor contact me regarding my order?
May I speak with someone in charge?
I need to talk to a real employee.
"""

DATA["thanks_bye"] += """
Thank you very much for your assistance.
That is all for now, many thanks.
Thanks for your help, have a good weekend.
Much obliged, goodbye.
Kind regards.
Thanks, I appreciate your prompt response.
Lovely, thank you for your time.
Best wishes, bye.
"""

DATA["other"] += """
How do I update the email address on my account?
Is my personal data stored securely?
Could you tell me what your company does?
Are you a real person or an automated assistant?
I think I have been logged out, how do I sign back in?
What is the meaning of life?
Do you know what time the football match starts?
How do I change the currency shown on the website?
Can you recommend a good film to watch tonight?
Sorry, I sent that message to the wrong shop.
How do I turn on dark mode in the app?
Where can I read your privacy policy?
just checking if this chat works
what language do you speak
"""

# --- Third pass: contrastive lines for the pairs that get confused most.

DATA["return_refund"] += """
can you refund me for the shirt, it doesn't fit
do you give refunds on clearance items
i need a refund for this, it's not what i wanted
will i get a refund if i send it back unopened
please refund order 5512, i don't want it
refund request for the lamp, it's too small for my room
can i have my money back, i changed my mind after receiving
is a refund possible for a gift i received
"""

DATA["refund_status"] += """
the refund you approved still hasn't arrived
my refund from last week, any progress?
you told me the money was refunded but i can't see it
how long until my approved refund shows up
"""

DATA["quality"] += """
is the hood stitching strong enough for everyday wear
does the phone case protect if i drop it
will the backpack straps hold with heavy books
how does the jacket hold up after a season
is the frame solid or does it bend easily
are the boots tough enough for construction work
will the handle come loose over time
is the finish durable or will it peel
"""

DATA["product_info"] += """
how many pockets does the jacket have
what's the weight capacity of the shelf in kg
is the sole stitched or glued
are the straps adjustable
what is the warranty period
does it have a lining inside
"""

DATA["wrong_item"] += """
this is not the color i picked at checkout
the parcel has the wrong model inside, i ordered the other one
you shipped the wrong size, label says 39
the set came without the lids
"""

DATA["exchange"] += """
the one i received is too big, send me the small and i return this
i got it yesterday, can i swap it for the other colour
can i return it and get the right size instead
replace it with a working one please
"""

DATA["ship_time"] += """
i paid already, when do you post it
how long until you send my order out
you still haven't sent my order, when will you
i'm waiting for you to ship, what day
"""

DATA["order_status"] += """
it was shipped last week, where is it now
the tracking number you gave me, where is the parcel
it's on its way? can you see where
"""

# --- Fourth pass: long, rambling, multi-sentence messages where the real need
# comes after a greeting or a story, as buyers really write them.

DATA["greeting"] += """
hello hello, hope you're having a good day, are you there?
hi, sorry to bother, is anyone online to answer
"""

DATA["product_info"] += """
hi there, i'm looking at the hiking boots for a trip in march, just need to know if the membrane is really waterproof or only the leather is treated
hello friend, my wife wants the blender but we have 110v in our house, will it work or burn
good morning, before i buy the jacket i want to know what the filling is because i'm allergic to feathers
"""

DATA["size_advice"] += """
hello, i bought a pair of sneakers from another shop in 42 and they were too short, my foot measures 26.8 cm, what size here
hi, its for my son, he is 12 years and 155 cm, kind of skinny, which size of the hoodie will fit him without being huge
my mom wants the dress for a wedding, she is 160 cm, around 70 kg, bust 100, what size should we take so it isn't tight
"""

DATA["stock"] += """
hi, i saw these boots last month in brown and now i only see black, are you getting brown again or is it finished
hello, i want to order 3 of the grey sweater in L for me and my brothers but it says only 1 left, do you have more somewhere
"""

DATA["price_bargain"] += """
hello friend, i really like the leather bag but 80 dollars is a lot for me, if you can do 60 i will pay right now and leave good feedback
hi, i run a small shop in my town and want to buy 50 pairs of the socks every month, what price can you give me
"""

DATA["promotion"] += """
hi, i got an email saying there is 20% off this weekend but when i go to pay the price is the same, how does the discount work
hello, i am a new customer and my friend said you give a coupon for the first order, where can i get it
"""

DATA["shipping_fee"] += """
hi, i want the lamp but the shipping to chile is almost the same as the lamp, is there any cheaper way to send it or can you make it free
hello, if i buy the boots and the jacket together do i pay shipping two times or only once
"""

DATA["delivery_time"] += """
hello, my daughter's birthday is on the 14th and i want to give her the backpack, if i order today to madrid will it arrive in time
hi, i'm thinking of buying the coat but i need it before i travel in 3 weeks, how many days does it usually take to poland
"""

DATA["courier"] += """
hi, last time i bought here it came with a company that never delivers to my village, can you send this time with the national post
hello, i live in the canary islands and many shops don't send here, do you deliver to tenerife
"""

DATA["authenticity"] += """
hello, i'm buying this as a gift for my husband and it would be embarrassing if it's fake, can you tell me honestly if it's original
hi, i already got a fake perfume from another seller, so before i buy i need to know if this one is authentic
"""

DATA["quality"] += """
hi, i walk a lot for work, like 15 km a day, will these shoes last or will they break in a month like my last ones
hello, i need a suitcase for 4 long trips this year, is this one strong enough or will the wheels break
"""

DATA["price_compare"] += """
hi, i found the exact same boots on amazon for 20 dollars less, same brand same picture, so why is yours more expensive
hello, there are two listings for this speaker in your shop, one is 25 and one is 39, what is the difference between them
"""

DATA["color_difference"] += """
hi, i want the sofa cover in grey to match my curtains, but on my phone it looks blue-ish, is it really grey
hello, last time i bought a dress that looked red in the photo and it was orange, so is this burgundy really burgundy
"""

DATA["recommendation"] += """
hi, my husband works outside in the cold all day and his boots are finished, which of your boots would you suggest for him
hello, i need a present for my niece, she is 15 and likes makeup and music, what would you recommend from your shop
"""

DATA["invoice"] += """
hi, i bought 5 chairs for my office and my accountant needs an invoice with the company name and tax number, can you do it
hello, the customs in my country is asking for a commercial invoice for the parcel, can you send me one please
"""

DATA["payment"] += """
hello, i tried to pay three times with my visa and every time it says error, my bank says everything is fine, what can i do
hi, i paid yesterday and the money is gone from my account but the order still says waiting for payment, can you check
"""

DATA["modify_order"] += """
hello, i just ordered the jacket in M but i realised i need L, it's not shipped yet so can you change it please
hi, sorry i made a mistake, i put my old address, i moved last month, please send to my new address before shipping
"""

DATA["cancel_order"] += """
hello, i ordered the boots 2 days ago but my husband already bought me the same ones for my birthday, so please cancel my order
hi, i'm very sorry but i have to cancel, i lost my job this week and i can't spend money now, it's not shipped yet
"""

DATA["ship_time"] += """
hi, i ordered the boots last week and paid straight away, but it still says waiting to be shipped, when are you going to send them
hello friend, i buy from you before and always fast, but this time 5 days and not shipped, when you will send
"""

DATA["order_status"] += """
hello, you shipped my order 10 days ago but the tracking only says 'accepted by carrier' and nothing else, where is it now
hi, my parcel was in madrid on monday and now it says it's in barcelona, is that normal, where is it going
"""

DATA["not_received"] += """
hi, the tracking says my parcel was delivered yesterday at 3 pm but i was home all day and nobody came, i didn't get anything
hello, i ordered in september and now it's december, the protection is almost finished and i still don't have my order
"""

DATA["quality_issue"] += """
hi, i received the boots last week and already the left sole is coming off at the front, i only wore them 3 times
hello, the kettle arrived today and when i turned it on it made a burning smell and stopped, it's defective
"""

DATA["wrong_item"] += """
hi, i opened the parcel today and instead of the black boots size 40 there is a white pair size 38, this is not my order
hello, the listing says the set comes with 6 glasses but in my box there are only 4, where are the other two
"""

DATA["return_refund"] += """
hi, i received the dress but it doesn't look like the photo at all and the fabric is very cheap, i want to return it and get my money back
hello, i bought this as a gift but the person doesn't like it, it's still new with tags, can i send it back for a refund
"""

DATA["exchange"] += """
hi, the boots are beautiful but too small, i usually wear 39 and i took 39, can i exchange them for 40
hello, i got the hoodie in black but my son wanted the grey one, can we exchange it, it's not used
"""

DATA["refund_status"] += """
hi, i sent the shoes back 3 weeks ago and you confirmed you received them, but i still don't have my money, when will the refund come
hello, you told me the refund was done on the 5th but my bank says there is nothing, can you check what happened
"""

DATA["return_shipping"] += """
hi, you sent me the wrong size and now i have to send it back, but the post office wants 25 euros, who pays for this
hello, i want to return the jacket, please tell me the address and if i need to put something inside the box
"""

DATA["dispute"] += """
hi, i waited 2 months and you didn't help me so i opened a dispute on aliexpress, please answer there
hello, i opened a dispute by mistake because i thought the parcel was lost, but it arrived today, how do i cancel it
"""

DATA["complaint"] += """
this is the third time i write to you and nobody answers, i paid my money and you treat me like this, very bad service
hello, honestly i'm very disappointed, your colleague promised me a solution yesterday and today nobody knows anything
"""

DATA["review"] += """
hi, i left 3 stars when the parcel was late but now that it arrived and it's great i want to change to 5, how do i do it
hello, you said i get a coupon if i write a review with photos, i did it yesterday, where is my coupon
"""

DATA["human_agent"] += """
hi, i've been chatting with this bot for 10 minutes and it keeps sending me the same answer, please let me talk to a real person
hello, my problem is complicated, i need to explain it to a human not a machine
"""

DATA["thanks_bye"] += """
ok thank you so much for your help, you were very patient, have a nice day bye
perfect, that's all i needed to know, thanks a lot and good night
"""

DATA["other"] += """
hi, i'm not buying anything, i just wanted to ask if you know a good app to learn chinese
hello, my account shows a different name and i don't know how to change it, can you help
"""

# --- Fifth pass: more shapes for intents that stay weak on dev data
# (stock, return_refund, ship_time, delivery_time, modify_order, other).

DATA["stock"] += """
sold out?
is this discontinued
are you getting more of these
how many are left in size 39
any units left of the blue hoodie
the page says unavailable, will it come back
can you notify me when it's back
is the 2 pack available to order now
is the large back yet
are the navy slippers still in production
"""

DATA["return_refund"] += """
i'd like to send the curtains back
what do i do to return something
can this be returned if i already tried it on
i want to return it for a full refund please
return possible? it's unopened
"""

DATA["ship_time"] += """
how soon after payment do you dispatch
has my paid order gone out yet
will you post my order before monday
my order is paid but not dispatched, when will you post it
"""

DATA["delivery_time"] += """
how many days for delivery to my city if i buy now
roughly when would it reach me in france
what's the typical transit time to the uk
how soon would it arrive if i order the express option
"""

DATA["modify_order"] += """
please change the delivery address on my order to my parents' house
can you switch my order to the next size up before you ship it
i need to update the shipping address, i moved
add one more pair to my existing order please
"""

DATA["other"] += """
how do i change the notification settings
why does the app ask for my location
do you have a loyalty card in stores
i was just curious who runs this shop
can i visit your factory
never mind, solved it myself
"""

# --- Third pass for the intents that stay weakest (stock, return_refund, other, ship_time):
# longer multi-sentence messages, formal e-mails, non-native English, pasted order numbers.

DATA["stock"] += """
Dear seller, I am interested in the linen shirt but the size L button is grey. Will it be available again soon?
hello, my friend want the same bag in camel colour, you have it or no?
Good afternoon. Before I order 12 units for our office, could you confirm you hold that quantity?
i check every day and the 39 is still greyed out, any news about new stock
Is the 2-litre model still being produced or is what is left the last batch?
we are a small shop and want to reorder 50 pcs of the same item, how many can you supply now
The listing only shows sizes up to 44. Do you keep 45 anywhere in the warehouse?
sir this one is finish? no more coming?
Could you let me know whether the charcoal variant is physically in stock, not pre-order?
I missed the last drop. Are you planning another batch of the limited edition mugs?
i would like two of them but the page let me choose only one. is there only one left?
Hi, the mint green option has disappeared from the page. Was it discontinued or just sold out for now?
hey is the 13 inch cover ready to ship or you need to wait for new stock
Do you have any spare straps for this watch, or only the full watch?
my size always runs out in one day, can you notify me when 36 comes in
"""

DATA["return_refund"] += """
Dear customer service, the jacket I received last week does not suit me and I would like to send it back for a full refund. Could you explain the steps?
hi, the lamp is fine but my wife dont like it. possible to give back and get money?
I have changed my mind about the purchase. Am I still within the return period?
order 5581-2290 — please process a return, the shoes are too narrow for me
What is the procedure for returning an unopened item that was a gift?
i already opened the box but never used it, can i still return for refund
Hello, I bought two sizes to try and will keep the 40. How do I return the 41 and get that part of the money back?
Is the 7-day no questions asked return valid for sale items too?
i prefer my money back instead of a replacement
can I request a refund without sending the product back, it is very cheap
Please consider this e-mail my formal request to return the order and be reimbursed.
the dress looks nothing special on me, I want to return it while I still can
if I don't like the colour in person, will you take it back?
how long do I have after delivery to ask for a return?
"""

DATA["other"] += """
Do you have a newsletter I can sign up for?
hi, are you hiring staff for the warehouse?
I forgot the password to my account, how do I reset it?
what's your opinion about the football match yesterday
can I pay you a visit at your office to discuss a partnership?
Who designed the logo of your shop? It is lovely.
my phone number changed, how do i update my profile
is this chat recorded?
are you a real person or a program
Could you delete my account and all personal data, please?
I would like to become a supplier for your shop, who should I contact?
test message, please ignore
how is the weather in shenzhen today
what time is it where you are?
"""

DATA["ship_time"] += """
Dear seller, I paid for order 90331 on Monday and the status still says awaiting shipment. When will it be dispatched?
hello i pay already yesterday, when you send it?
Could you tell me on which day the parcel will leave your warehouse?
My payment went through three days ago. Is there a reason it has not been sent yet?
how long is your processing time before the item ships
Will my order go out today if I paid this morning?
the page promised dispatch within 48 hours and it has been four days, please send it
when are you going to hand my package to the courier
It still says preparing. Roughly how many more days before it is shipped?
i need to know if you can ship before the weekend because i travel on sunday
please ship asap, paid order 3358874412
Is my order packed yet? I haven't received any shipping notification.
"""
