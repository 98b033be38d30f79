"""Hand-written English buyer messages, wide coverage set B (18 in-sale/after-sale/other intents)."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["payment"] = """
card declined again at checkout, tried my visa and my mastercard both
do you take paypal for the drone or card only
pay in 4 with afterpay possible on the stroller?
Is Klarna available for the corner sofa? I'd like to split the £899 into three payments.
gcash accepted? im from cebu
can i pay cash when the rider brings the blender here in lagos
payment failed but the money was deducted from my account 😡 ₹2,499 gone
hi i want buy the camera but the page keep saying payment could not be processed, what i do
the otp from my bank never comes when i try to pay for the earrings
Does your store accept a direct bank transfer? I do not have a credit card.
how do i pay with upi on your website
paytm or phonepe ok for payment?
Dear Sir/Madam, I attempted to complete payment for order #10234 three times this morning and each attempt was rejected. Could you advise whether there is a problem on your side?
charged twice for the same desk lamp, order AE-88231, please check
my paypal says pending for the perfume, is the order paid or not
is there 12 months 0% instalment for the laptop
can i put half on my debit card and the rest on credit, the total is 1,240 AUD
how do i use my gift card balance to pay for the lego set
do you accept usdt or any crypto
checkout won't accept my australian postcode so i can't finish paying
it says currency not supported when i pay for the vitamins with my euro card
wat payment options u have for the gaming headset
can i pay with ideal? i'm in the netherlands
the 3d secure page is just spinning, can't complete payment for the ring
why did it charge me in USD when I picked GBP at checkout for the handbag
the pay button is grey and i cant click it
payment session timed out, do i need to place the mattress order again or can i still pay
i paid via bank deposit for the dining chairs, pls confirm you got it, ref 883201
i am in nigeria and my naira card keeps failing, is there another way to pay
it added a 3% card fee when i chose credit card, can i avoid that by paying another way
my bank app shows the payment for the fish oil capsules went through but your site says failed
the order from yesterday still shows unpaid, where do i click to pay for it
can i pay with sofort or giropay from germany
transaction declined code 05 what does that mean
please send me a payment link for the custom name necklace
does the shop accept amex or only visa and mastercard
my card expired, how do i update the card on my unpaid order for the pet carrier
payment for the baby monitor keeps failing but my bank says they did not block anything
is it safe to enter my card details on your website, first time buying here
cant pay for the guitar amp, keeps saying try again later
do you accept maya or shopeepay for the kids dress
i tried to pay with google pay but it closes the app every time
my paypal is linked to an old card, how do i pay with the new one for the phone case order
the payment page wants a cpf number, i am not from brazil, how can i pay
how many installments can i do with my card for the 65 inch tv
"""

DATA["modify_order"] = """
pls change size to L on the hoodie before you ship
wrong address on my order, it should be 12 Baker Street not 21
can i add a second phone case to my order before it goes out
want rose gold not silver for the bracelet, order not shipped yet
change quantity of the printer ink from 2 to 4 please
Hello, I just placed an order for the duvet cover but chose King instead of Queen. It hasn't shipped yet, could you please amend it?
can you put orders 5521 and 5534 in one parcel
add a note pls: it's a present, don't put the price tag inside
i moved, new address is Flat 4B, 22 Marine Drive, Mumbai 400002
plz updt the phone number on my order, the old sim is not working
can i switch the kettle to the black one before you send it
I ordered the jeans in 32 waist by mistake, I need a 34, please fix it before dispatch
u can change my postcode? its 2000 not 2010, sydney
remove the screen protector from my order, i only want the case
Order #44812 - please change the recipient name to Maria Santos
change to pickup at the pickup point instead of home delivery, the courier never finds my house
can you ship the toy kitchen to my sister's address in manila instead of mine
haven't shipped yet right? i picked the wrong earbuds, i want the pro version instead
pls change the engraving on the watch to "Amaka & Tunde"
my address is missing the unit number, it's unit 7
i put wrong house number!! pls correct to 48 before it leaves
i want the dog bed in L not M, i only paid 10 minutes ago
change the strap colour to brown thx, not dispatched yet
Could you please update the delivery address on order AE-77120 to: Calle Mayor 5, 28013 Madrid, Spain
make it 3 candles not 1 pls
can i add the matching earrings to my necklace order so they come in the same box
please write Happy Birthday Dad on the gift card in my order
wrong country selected on my order, should be new zealand not australia
change the toddler dress in my order to size 4T please
please add to the delivery notes that the flat is on the 3rd floor, no lift
merge order 20931 and 20955 please so they come together
i ordered 2 of the same floor lamp by accident, please make it just 1
change the 4 pack of protein bars to the 8 pack on my order, i'll pay the extra
addres wrong pls fix b4 shipping, its 55 ikorodu rd
hi can i still change the colour of the yoga mat? it says processing
edit the name on the parcel to my full legal name, customs here needs it
i'll be in Abuja not Lagos when it arrives, please change the delivery address
swap the 256gb for the 512gb on my unshipped order, i'll pay the difference
postcode should be SW1A 1AA on my order, i typed it wrong
can you add one more pack of the cat litter to order 7781 before it ships
please change the shirt from slim fit to regular fit, i just ordered
my order says 1 pc but i need 2 of the chargers, can you update it
can you change the delivery to after the 20th, I'm away until then
the apartment building name is wrong on my order, it should be Sunrise Towers
i chose the EU plug by mistake for the hair dryer, please change to UK plug before sending
"""

DATA["cancel_order"] = """
i want to cancel the stroller order
please cancel order 7782013456, my son pressed buy by mistake
cancel it if the mixer hasn't shipped yet
Dear seller, I would like to cancel my purchase of the espresso machine as my plans have changed. Please confirm the cancellation.
we dont need the party balloons anymore, the event got postponed, cancel please
cancel order #10982 plz
can i still cancel after paying for the mattress
the cancel button isnt showing on my app, please cancel the order for me
i placed the same order for the desk twice, cancel one of them
ordered a case for the wrong phone model, just cancel it and i'll order again
processing is taking forever, cancel my order
cancelllll the order
my wife already bought the same air fryer, please cancel mine
i requested a cancellation yesterday for the bookshelf, can you approve it
if you cannot ship before the 20th then just cancel it
can i cancel only the earrings and keep the bracelet
cancel the vitamins from my order, keep the rest
changed my mind about the gaming chair, please cancel it
I no longer require the items in order AE-55612, kindly cancel it.
ordered 1 hour ago, can i cancel?
please dont ship, cancel it, i'm moving overseas next week
cancel the laptop order, my company is giving me one
please cancel before it ships, i ordered the wrong size dress
hey can u cancel my order i used the wrong account
why won't the app let me cancel? it says not allowed for this order
Kindly cancel, the delivery date shown is after my trip
i want to cancel because you moved the delivery date to next month
please cancel the guitar strings, found a spare pack in my drawer lol
can i cancel my preorder for the console
how long does it take for my cancel request to be accepted
cancel the 3 bags of dog food, wrong brand
don't want the rug anymore, cancel
i wish to cancel order 88341, kindly acknowledge
pls stop my order dont send the tent
ordered the cot this morning, can i still cancel before it leaves
cancel it now please, i found the lipstick at my local store
sorry cancel the watch order, my budget changed
i want to cancel the bike rack i bought yesterday, not shipped yet
cancel my order asap the drone is not allowed in my country
my friend gifted me the same book, please cancel
i want to cancel the whole order not just one item, order 30012
i ordered the wrong printer ink, cancel and i'll buy the right one
please cancel, i didn't realise delivery to Perth takes 4 weeks
did you cancel it? i asked 2 hours ago and it still says processing
i accidentally bought two phone chargers, cancel one please
"""

DATA["ship_time"] = """
when u ship the earbuds
paid for the ring 4 days ago, when will it be dispatched
The listing said dispatch within 24 hours, but it's been 3 days. When will you send order #10455?
pls ship by friday, its for my daughter's birthday
i need the fairy lights before christmas, will you send them this week
processing for 5 days now, when will you post the curtains
when will you ship my preorder of the console
is the vitamin order packed yet? when does it go out
still says awaiting dispatch, how much longer
when will my engraved watch be ready to ship
ship date for my order?
any chance you dispatch the printer ink today before courier pickup
when will you hand my parcel over to DHL
you said ship in 48h, its 72h now and nothing
Dear team, I placed my order for the toner cartridges on 3 March and payment was confirmed. Could you let me know when it will be dispatched?
whn u send my stuff
still no tracking number, have you even sent it yet
is my order going out today or tomorrow
it's a public holiday in singapore, will you still dispatch my order tomorrow
i'm paid, pls post my pet carrier asap
i bought the dress 2 days ago when will you send it to manila
hello when my order will go out from the warehouse in shenzhen
when will the back-ordered lens in my order be shipped
the drone says ready to ship for 3 days, when is it actually leaving
i paid for express so please dispatch today
what time is your cutoff, will my order still go out today
how many working days until dispatch on my order
Just checking when my camping tent will be sent out, thanks
its been a week u still no send my order
will the kids sneakers ship before the weekend
your email says preparing your order, when will it be shipped
my order is paid since 1st june and still not dispatched
is there a delay in dispatch? my order is still in processing
when do you ship orders placed on a sunday
when will my skincare set be sent? ordered it with the free gift
pls confirm when you will send order 88123401
can you send the bridesmaid dresses out by the 15th?
ship it already, 8 days since i paid!!
when r u going to dispatch my mattress
my order has said seller preparing for a week, when do you send
paid via gcash yesterday, pls ship my order soon
When should I expect the dispatch confirmation for my sofa?
has my bike chain been posted yet or still waiting
do you ship the same day if i paid before noon? already paid for my order
how soon will the jewellery box i ordered be sent, it's a gift for saturday
"""

DATA["order_status"] = """
where's my parcel with the ring light
tracking no. pls for the earrings i ordered
can you send me the tracking link for order #10234
tracking says arrived at facility in Frankfurt, what happens next
my package is at customs in Lagos, what's happening with it
it shows in transit for 3 days, where is it now
which local courier has my parcel now that it's in australia
the tracking number you sent doesn't work on 17track
Hi, could you please check the whereabouts of the air fryer I ordered? It was shipped last Tuesday.
is my laptop in the philippines already
tracking shows it was handed to Australia Post, what's the local tracking number
order AE-88231 status?
pls check my parcel, last scan was in Dubai
where is it now? tracking LY112233445CN
is my parcel out for delivery today
tracking says departed from country of origin, where is it at the moment
status of my stroller order?
any movement on my package? the last scan is the sorting centre in Madrid
it says delivery attempted, what does that mean
my parcel has been in customs clearance in India for 4 days, any update
can u tell me where the guitar is rn
the tracking hasn't updated since saturday for my cushions
is the package with the local post now or still with the international carrier
the tracking page gives me error number not found
shipped 2 days ago but no tracking info yet, is that normal
Kindly provide the current shipping status for order 1908723344.
where my package at bro
it says held at depot, can you explain
i got an sms that my parcel is waiting for pickup, which post office is it at
is my parcel in the uk yet
wheres my ordr for the phone stand
what is the tracking number for the second parcel of my order
hi where is the lego set now, i want to know the location
can you check with the courier why my package is sitting in transit
tracking says clearance event, what is that
can u give me an update on the package, the perfume one
is my order still in china or already on the plane
the tracking only shows information received, where is it
where is the parcel with my kettle 🙏
can you see on your side where my order is? nothing on my app
my parcel went from Sydney to Melbourne and back to Sydney, what's going on
hello i just want to know the status of my jewellery order, thanks
can i track the mattress delivery live on a map
the courier website is in chinese, can you tell me what it says about my parcel
my order for the phone holder, has it reached nigeria yet
"""

DATA["not_received"] = """
never got my earbuds
parcel says delivered, it is not here
tracking says signed for by J but nobody in my house is called J
30 days past the latest delivery date and still no kettle
the courier claims it was left at my front door, there is nothing there
I have been waiting for the birthday decorations for over a month. The party has come and gone and I still haven't received them.
did the courier lose my parcel? no update and nothing arrived
it was delivered to the wrong house, the neighbours don't have it either
the post office in Quezon City says they have no parcel for me
i was expecting my order last week, still nothing!!
marked delivered to a parcel locker but i never got a pickup code
didnt receive
delivery estimate was 12 May, today is 2 June, no parcel
nigerian post says nothing came for me
it should have arrived 3 weeks ago, i think the blender is lost
courier says it was delivered to reception but my building has no reception
the order was split into 2 parcels, the second one never arrived
package went back to sender without any delivery attempt, i never received it
it's way overdue now, the rug still hasn't arrived
not recieved yet and its been 40 days
Dear Seller, despite the tracking indicating successful delivery on 14/03, no parcel was received at my address.
nobody delivered anything to me
the delivery guy says he gave it to my security guard but the guard says no
my mum's order never arrived in Cebu
Tracking shows delivered in Manchester but I live in Leeds
haven't received my phone yet, it was due monday
my package disappear
I have been waiting 3 weeks and the ring never came
the promised delivery date already passed, still no package
nothing has come yet for order 55120
i think someone stole my parcel, it says delivered but it's not on my porch
no scans since april and it never showed up
the order hasn't arrived and the buyer protection ends in 2 days
the courier said he delivered it but i didn't get the package
still not delivered!! 7 weeks
didnt arrive, is it lost?
everyone who ordered with me got theirs, mine never came
my parcel with the drill went missing
you said 10-15 days, it's been 35, still no parcel
the gift for my son never arrived for his birthday
package not delivered, courier says address not found but my address is correct
the stroller is 2 weeks late and nothing
parcel was supposedly delivered to my mailbox yesterday but it's empty
i got a notification delivered, but i was at home and no one rang
ordered lipstick in march and never received anything
"""

DATA["quality_issue"] = """
the phone screen was cracked straight out of the box
right earbud has no sound at all
the lamp flickered for 2 days and then died
parcel arrived crushed and the mirror inside is shattered
zipper on the backpack broke on the first day
the kettle is leaking from the bottom
the ring turned my finger green after one day of wearing
the necklace chain snapped the second time i wore it
the seam of the dress ripped when i tried it on
one wheel of the stroller wobbles and fell off
the phone charger gets very hot and now it doesn't work
Laptop won't turn on. I charged it overnight and still nothing.
the smart watch battery dies after 2 hours
drone motor makes a grinding noise and won't take off
the perfume bottle arrived leaking and half empty
the face cream smells off and has separated into oil and water
the ink cartridge is leaking all over my hands and the printer
stitching on the jeans coming apart after one wash
one chair leg is bent so it wobbles
scratches all over the watch face, looks used
hair dryer smells like burning and switches itself off
the battery compartment of the toy melted
the dog leash clip broke while we were walking
tent pole snapped the first time i set it up
there is a crack in the guitar body near the neck
paint is peeling off the bike frame already
blender blade doesn't spin, the motor just hums
Dear team, the ceramic dinner set I received has two chipped plates and a cracked bowl. Please advise.
there are spots inside the camera lens that won't clean off
pages are falling out of the cookbook
the gaming mouse double clicks by itself
the bedsheets tore after the first wash
the handbag strap came off, the glue is bad
BROKEN!!! just opened it
keyboard keys keep sticking
the vitamin gummies arrived melted together in one lump
phone case cracked after 3 days of normal use
the post of the earring broke off
mascara is completely dried out and the box was sealed
the car phone holder won't stick, keeps falling off the dashboard
half of the led strip doesn't light up
item is defective pls help, AE-90112
my kid's ride-on car won't charge
the fitness tracker screen has fogged up inside
the picture frame glass was smashed when it arrived, box looked fine outside
"""

DATA["wrong_item"] = """
ordered blue got pink
this case is for iphone 14 not 15 like i ordered
you sent me size 10 but i ordered 8
the box has a hair straightener in it, i ordered a curling wand
the drone battery is missing from the box
only 3 of the 4 dining chairs were delivered
screws missing, can't assemble the bed frame
the watch is silver, I clearly ordered gold
listing says silk pillowcase but it's satin polyester
this is a different brand from the one in the pictures
the earrings are studs, i ordered hoops
I received someone else's order, the name on the label isn't mine
the laptop came with a US keyboard, listing said UK layout
i got the paperback, i paid for the hardcover
kids jacket is 2T not the 5T i ordered
the drone came without the remote controller
wrong item sent for order #30021
perfume is 50ml not 100ml as in the listing
The vitamins are the 60-count bottle, but I ordered the 120-count.
the package had a dog collar, i bought a cat harness
the lamp shade isn't in the box, only the base
i got only black ink cartridges, my order was the colour multipack
description said stainless steel but it's clearly plastic
you sent the 128gb version, i paid for 256
its not what i ordered at all
the earbuds came without the charging case
the guitar came with no strings and no tuning pegs
half my order is missing, only the shampoo arrived not the conditioner
the dress I received is a completely different style from the one in the pictures
my board game is missing half the cards
the rim is for a 26 inch wheel, i ordered 29 inch
the adapter is EU plug, I'm in Australia and selected AU plug
you sent the sofa in beige, i chose grey
ordered 2 packs got 1
the puzzle is 500 pieces, not 1000 like the listing
the ring says size 6 inside but my order says 8
it looks nothing like the listing photos, totally different design
got a pink baby romper but ordered the yellow one
the tool set came without the drill bits shown in the pictures
you sent floor mats for a honda civic, my order was for a toyota corolla
bro this ain't my stuff, wrong parcel
the box says camping stove but inside there's a lantern
i ordered the matte lipstick and got the glossy one
only the free gift arrived in order AE-66104, the main item isn't in the box
the ink is for hp printers, i ordered canon
"""

DATA["return_refund"] = """
i want to return the air fryer
can i get my money back for the lamp
refund pls, i don't want the headphones
what's your return policy on earrings?
30 day return on the sofa?
the dress doesn't fit how i like, can i return it
can i return a skincare product if i already opened it
I would like to request a refund for order #10234 as the item does not meet my expectations.
The cot arrived broken, I just want a full refund, not a replacement.
changed my mind about the gaming headset, can i still return it
is it possible to return within 7 days without a reason
just refund me for the missing charger, don't send another
how do i start a return on the app
request return for the mixer
can i return the armchair if it doesn't fit in my living room
i bought 2 lamps and want to return one
I'd like a partial refund since the stroller has a scratch, but I'll keep it
do you accept returns on sale items
i want my money back for the broken drone
return for refund not exchange pls
can i return the unopened vitamins
the book was a duplicate gift, can i return it for a refund
my son doesn't like the toy, can we return it
is the return window 14 or 30 days
is it too late to return the jeans after 3 weeks
pls process a return for order 7712398
I'm not happy with the mattress after a week. Is there a trial period in which I can return it?
i need to return this top, it's too small and there's no bigger size
can u refund me instead of sending a new one
Is the guitar returnable if I've removed the protective film?
want return, quality very bad
can i return the bedding if i washed it once
bought the perfume as a gift but she already has it, can i return it unopened
no longer need the tent, still sealed, want to return it
Can I get a refund without sending the item back? It's a cheap phone case.
return and refund order AE-21093 please
approve my return request pls
why did you reject my return request for the watch
can i return just one item from the bundle
i want to return the jeans, they're fine just not my style
just refund me, i don't want it anymore
the tags are off already, can i still return it
i want a refund, the blender is too loud to use
returns accepted on personalised jewellery?
i'd like to return the toddler shoes, she didn't like them
"""

DATA["exchange"] = """
can i swap these trainers for a size bigger
the jeans i got are too tight, can i exchange them for a 32
exchange the black watch strap i received for the brown one pls
i received the dress in S, can i change it to M
got the phone case but want the clear one instead, can i exchange
the baby onesie is too small, exchange for 6-12 months please
can you send me the L and i send back the M
exchange pls not refund
I received the ring but it's too tight. Could I exchange it for a size 7?
ring is too big, swap for a smaller size
the kettle came in white, i'd like to change it for the black one
can i exchange the bedsheet for king size, the queen doesn't fit my bed
exchange for a different colour please, my wife doesn't like the green
i want to exchange the helmet for L, the M is too tight on my head
how do i request an exchange in the app
can i change the bra for a 34C, the 34B is small
the kids' jacket fits small, can we swap it for 8Y
can i exchange the 38mm watch for the 42mm
the dog harness is too small, swap for M please
swap to size 9 pls, the sandals are short
I got the shirt yesterday and it's tight around the shoulders. Can I exchange it for XL?
can i change this lipstick for a lighter shade, it's unopened
this curtain is too short, can i exchange it for the 250cm one
Hello, I bought the yoga mat in purple but would prefer the blue one. Can I exchange it?
the gloves are tight, can i get a bigger size instead
exchange process pls, i have the skirt and tags still on
can you change the cycling shorts to size S, i already received them
i chose the wrong size myself, can i still exchange it
do you do exchanges or only refunds
only tried it on indoors, can i exchange for another colour
the sofa cover doesn't fit, can i exchange it for the 3 seater size
swap the earrings for the silver version pls, gold looks too yellow on me
the necklace is short on me, can i exchange it for the 50cm length
wanna exchange the hoodie, XL is massive, need L
the toddler shoes are too small, swap for the next size?
can i exchange the white tshirt 3 pack for black
I'd like to exchange order 4401298 for a larger size.
exchange the swimsuit bottoms for a size up please
the red chair looks too bright in my room, can i swap it for the black one
can i swap it for a different size instead of returning it
the trousers are too long, can i exchange for the petite length
received the helmet in M, please exchange to L
the dress arrived and it's lovely but tight, do you have it in 14 to exchange
my husband wants the navy polo not the grey, can we swap it
the rug is too small for the room, can i exchange it for the 200x300
"""

DATA["refund_status"] = """
where is my refund for the earbuds
returned the bag 3 weeks ago, refund not credited
you said the refund was approved 7 days ago, money not in my account
how long does the refund take to my visa
the refund for order #10234 hasn't come yet
is my refund processed?
when will i get the money back for the drone i returned
my return was delivered to your warehouse last week, when do i get my refund
refund status pls
still waiting for my refund of $89.99
Could you please provide an update on my refund? It has been 10 business days.
my bank says no refund received, can you send proof
which account did the refund go to? i don't see it in paypal
how many days for a refund to gcash
refund shows as completed but my card statement shows nothing
i only got £12 back out of £30, where is the rest of my refund
has the refund gone through yet
2 weeks after you cancelled my order and still no money back
when refund come
i cancelled the order, when will the money return to my card
refund pending for 5 days, why
can u check my refund? order 7723110045
got an email saying refunded but the money isn't in my account
is my refund in process or are you still waiting for the return to arrive
it's been a month since you received the coat i sent back, where is my money
my refund of ₹1,299 is not credited yet
refund to my naira card still not showing after 14 days
Please confirm the transaction ID for my refund so my bank can trace it.
how long until the refund reaches my paypal balance
any news on my refund?
you said 3-5 working days for the refund of the heater, now it's 9
did you send the refund already?
the refund for the blender still says processing, why so long?
when can i expect the partial refund you promised for the scratched table
money back when
my refund for the earrings shows pending, how long
The platform says refund issued, my bank says nothing received.
i returned the stroller, tracking shows you signed for it, so when is the refund
was the refund for the rug approved or not
when do i get my money for the cancelled laptop order
no refund yet!!!
still no refund on my amex
you told me refund in 48h, it's been 5 days
did my refund go to store credit or back to my card?
how long does a refund to apple pay take
"""

DATA["return_shipping"] = """
who covers return postage for the lamp?
you sent the wrong colour, why should i pay the postage to send it back
return address for the UK?
can i return it at a post office in melbourne
is there a return label in the box?
the return label you sent is for the US, i'm in canada
do i have to ship the sofa back myself? it's huge
can the courier collect the return from my house in Pune
how do i pack the tv for the return
return label please for order #10234
it costs $40 to post the lamp back to china, will you cover it
Could you kindly provide a prepaid return label? The item arrived faulty.
which address do i send the exchange to
ship it back to where?
i posted the return today, tracking RR998877665GB
I have dropped off the return at the InPost locker, here is the tracking code
can i use J&T to send it back
is the return postage refunded or not?
do i have to pay customs duty when i send it back
the qr code for the return drop-off doesn't scan
do i need the original box to send back the blender
what are the steps to post it back to you
i lost the return label, can you resend it
is return shipping free for exchanges?
will you send a courier to collect the mattress for return
where's the nearest returns drop-off in Lagos
can i send it back by LBC
i paid ₱350 to return it, pls reimburse the postage
send me the return instructions for the earrings
what do i write on the customs form for the return
do i send back the charger too or only the phone
how do i send back a bike? the courier won't take it without a box
the return label expired, need a new one
can i bring the return to your shop in person instead of posting
what's the cheapest way to send it back to you
i'm abroad now, can i send the return from Spain instead
the returns portal keeps asking me to pay £6.95, i thought returns were free
should i put a note with my order number in the return parcel
can you email me the returns address, it's not on the website
which carrier should i use for returns in australia
how much do you deduct from the refund for return shipping
exchange shipping who pay, me or you?
i want send back, what address
do i need to use tracked postage to send back the watch
the courier is asking me to pay for the return pickup, is that right
"""

DATA["dispute"] = """
opened a case on aliexpress for order AE-88231
i'll raise a dispute if this isn't sorted today
paypal claim filed, pls check
I have filed a chargeback with my bank for the unauthorised second charge.
how do i respond to your counter offer in the dispute
the dispute says waiting for seller response
can you upload the tracking proof to the dispute
i'll close the case once the refund is in
my dispute was rejected, can i appeal
escalating this to paypal now
i disputed the charge on my credit card
i raised an ebay item not as described case
please respond to the amazon claim
why did you reject my dispute, i sent photos of the cracked bowl
how do i open a dispute on the app
i escalated to shopee, they will decide
the dispute ends in 48 hours, please do something
lazada said i need to open a case, doing it now
you proposed $10 in the dispute, i want $25
i accept your offer in the dispute, pls close it
i want to withdraw my dispute
can i cancel the chargeback now that you refunded me
i called visa about this charge and they opened a dispute
dispute #5583201 opened
i requested platform mediation for the missing parts
aliexpress is asking me for evidence, what should i send
if i open a dispute will i lose my buyer protection
the case has been escalated to etsy
DISPUTE OPENED!!!
I have escalated this to the marketplace resolution centre.
the claim on tiktok shop is open, reply please
my bank reversed the payment as a chargeback
can i reopen the case? it closed before i got the item
i'll hold off on escalating the dispute if you reply today
the dispute window is closing so i'm opening it now
the platform ruled in your favour, i want to appeal
how long do you have to answer my dispute
i raised the case on the wrong order number, how to withdraw it
chargeback filed with amex for the sofa
i'm going to ask my bank to reverse this payment
dispute: item not received, please provide proof of delivery in the case
i've opened a dispute with my bank for the shopify order #10234
the dispute says you have 3 days left
i modify the dispute to full refund
paypal buyer protection claim opened for the necklace
"""

DATA["complaint"] = """
THIS IS A JOKE!!! 3 WEEKS AND NO REPLY FROM YOUR SHOP
I'm extremely disappointed with the way you handled my issue
you keep sending the same scripted reply, it's insulting
i'll report your shop to the platform for how you treat buyers
i'm leaving 1 star and telling everyone in my mums group
useless support team, nobody reads my messages
i've messaged 5 times and nobody answers
I will be reporting this store to consumer protection.
the lady on chat yesterday was so rude to me
disgusting how you treat your customers
this shop is a scam, i'm reporting you to trading standards
so unprofessional, honestly
your staff lied to me twice about my order
Dear Manager, I wish to lodge a formal complaint regarding the conduct of your support team.
terrible experience from start to finish with this store
you promised a call back and nobody called
i'm going to write a bad review on every site i can
you make me wait for nothing every single time
😡😡😡
ur service is trash
i am very very angry with your shop
you ignored all my messages, very bad service
i will post about this on facebook so people know
i'm so done with this shop
unacceptable, i expected better from a top rated store
every time i ask, you change the story
i'm lodging a complaint with the ACCC
in 10 years of online shopping i've never seen a shop this bad
I'm a loyal customer of 4 years and this is how you treat me?
you guys don't care about customers at all
how can one shop be so slow to answer
lousy service seller, very lousy
i want to file a complaint against the agent named Kevin
this is the last time i order from you, pathetic
3 agents gave me 3 different answers, what a mess
i'm very upset about how this was handled
absolutely appalling customer care
i'll tell all my friends not to buy from you
you closed my chat without answering, so rude
rubbish service mate
your so called support is a waste of my time, i'm furious
i have never been treated this badly by a seller
I'm writing to express my dissatisfaction with the service I've received.
bad bad bad service, i report you to jumia
you people only care about taking money
"""

DATA["review"] = """
how do i leave a review for the blender
where can i write feedback for my order
can i change my 3 star review to 5 now that you fixed it
i left you 5 stars 😊
do i get a coupon if i leave a review with photos
can i add photos to my review of the dress
i gave 1 star by accident, how do i edit it
how much is the review cashback
I've left you a positive review on Trustpilot.
the review button isn't showing for my order
can i delete the review i wrote
i want to update my feedback, the seller solved my problem
is there a deadline for reviewing the sofa
will you send the $5 for the review? i posted it already
i wrote a review but it's not showing on the product page
can i still review after 30 days
left feedback with a video, where's my reward
your agent asked me to update my rating, which button do i press
is there a bonus for a video review of the drone
can i review the seller and the product separately
my review got removed, why
I'll leave a review once I've used the mattress for a week
gave 5 stars for the kettle, fast delivery
how do i rate the delivery part
can i write my review in tagalog
i want to add a follow-up review after a month with the perfume
where do i see the reviews i've written
review done, pls check
the points for my review were not credited
i'd like to leave a good review, where's the link
can i post a photo of my kid in the jacket with my review
sorry i left a bad review before i saw your reply, i'll change it now
what should i write in the review lol
the review link in the email has expired
can i rate 4 stars and still get the review reward
how many words do i need for the review reward
posted the review with 3 pictures of the lamp
i left a google review for your store
can i change the star rating but keep the text
the app won't let me upload photos to the review
feedback left for order 20331!
will my review show my name or be anonymous
can i leave a review for something i got as a gift
i got a message asking me to rate my purchase, do i do it in the app
my friend says you give free gifts for reviews, is that true
"""

DATA["human_agent"] = """
a living person pls
connect me to a customer service representative
stop the bot, human
is there a live agent available right now
can i chat with someone real
transfer me to a human agent please
I would prefer to speak with a member of staff rather than an automated assistant.
give me a real human now
operator please
can i speak to someone on the phone instead
i need to speak to your manager
talk to supervisor
the bot doesn't understand me, connect me with a person
pls someone real reply me
human being please 🙏
anyone from the team who can help, not the auto reply
talk to an agent
can a staff member call me back
i want to speak to a person about my order
i don't want automatic answers, i want a person
live chat with a human?
let me talk to the real seller
can i get a human to look at my issue
could you put me through to an actual person, please
support rep pls, a live one
PERSON PLEASE
customer care executive pls
i need to talk to the owner of the shop
can you escalate me to a human
hello can a real agent check my case
kindly connect me to a member of your support team
this bot is going in circles, human please
can i talk to a person who speaks spanish
is this AI? i want a human
get me a live agent
agent please, urgent
can i speak to a salesperson directly
i'd like a human to handle my refund case
whatsapp number of a real person?
need human support
please pass me to someone from after-sales
real agent please not robot
can a staff member ring me on 0412 555 019
i want to talk with a human not a machine
no more bot please, real staff
"""

DATA["thanks_bye"] = """
thanks a ton for the help with my order
cheers mate
ok noted thanks
perfect, thank you so much
thank u so much po
thanks dear
got it, bye
great, have a nice day
many thanks, you were very helpful
ta
okay thank you, that's all
Thank you for your prompt assistance. Kind regards.
alright, all clear 👍
tysm you saved my party 🎉
thx bye
that answers everything, thank you
really appreciate the quick fix, cheers
that helps, thanks
ok sir thank you
thanks, i'll wait then
ok understood po, thank you
thank you, god bless
🙏🙏
noted with thanks
you're the best, thanks!
cool cool, thx
thanks for sorting it out
ok then, see you
bye for now, take care
great stuff, cheers
well received, thanks
thank you so much for the quick reply 😊
okk tnx
ty 🙂
talk later
much appreciated, good night
thanks once more, really kind
ok salamat po
thank you ma'am
that sorts it, bye now
sounds good, thanks
ok will do, thanks
brilliant, that's great news, thank you
lovely, thanks so much
thanks for your patience with me
"""

DATA["other"] = """
do you also sell on amazon
i want to become a wholesale distributor in kenya
are you hiring remote customer service staff
my account got hacked
the reset password link is not arriving
how do i verify my phone number on my account
can i change my account country
is this a chatbot or a real person
what's your favourite colour
12345
jjjjjj
do you have an affiliate program
can i partner with you as an influencer, i have 20k followers
CLICK HERE TO WIN $1000 www.freeprize.xyz
how's the weather in guangzhou today
what is your instagram handle
can you translate this sentence to chinese for me
i'm bored
do you know a good phone repair shop in manila
how do i change the mobile number linked to my login
how do i log out on all devices
can i sell my used phone to you
which app version should i download
are you a man or a woman
your english is very good
my two-factor code isn't working
i'm a student writing a thesis about e-commerce, can i interview you
where is your company registered
I run a shop in Accra and want to become your reseller
0917 555 1234
asdkjh qwe
can you recommend a good series on netflix
I'm conducting a survey on online shopping habits, would you take part?
what's the time in china now
do you work from home
help me with my maths homework
my email is shown wrong in my profile
we offer SEO services for your store, reply for pricing
ur cute
the site keeps logging me out
how do i change the notification sound in the app
what's the best pizza place near you
do you have a youtube channel
can i open a second account with the same email
who is the owner of this company
"""
