"""Hand-written English buyer messages, round-3 wide set B (18 in-sale/after-sale/other intents; systematic sub-situation coverage)."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["payment"] = """
card keeps getting declined for the air fryer
Declined. Again. Third card. What is going on with your checkout?
my visa works everywhere else but your site rejects it for the espresso machine, why
the sms code from my bank doesn't arrive when i try to pay, so the payment never finishes
3D Secure window opens and then closes by itself, can't pay for the camera lens
stuck on "verifying with your bank" for the drone payment, should i wait or try again
I see two identical charges of €64.90 on my statement for one order of bedding. Please reverse one.
double charged!! order 7730912 the lipstick set, two payments on my card
you charged my paypal 2 times for the same kids raincoat
payment shows "pending" for the crib since yesterday, is the order going ahead or not
bank says the money is on hold, your site says unpaid, which one is right for my sofa order
what payment methods do you accept? i want the standing desk
Do you take Venmo or Zelle for the guitar pedal?
can i pay with Bizum from spain
is cash on delivery possible for the vacuum cleaner in Riyadh
COD for the perfume? i dont trust online payment
hi i did the bank transfer for the garden bench, here is the receipt, when will you confirm it
I sent the wire yesterday with reference INV-2291 for the bunk bed, please check your account
Can I pay the €1,150 for the e-bike in 10 monthly instalments?
instalment option for the gaming laptop? 6 or 12 months
does the interest-free plan work with a debit card or only credit
my card is in euros, will I pay a conversion fee if the price is in dollars
Why is the price in my card app ₹180 more than at checkout? Is that a currency fee from your side?
Can I check out with PayPal without making a PayPal account? I just want to pay with my card through it.
guest checkout with paypal possible? I dont have paypal login
use my $25 gift card and pay the rest by card, how? the order is the hair dryer
gift card covers only part of the stroller, the site won't let me add a card for the rest
buy now pay later available? like Tabby or Tamara
can i pay after i receive the vitamins, 30 days later, like with Klarna invoice
pay with my store credit from the last return? it's not showing at checkout for the phone charger
my wallet balance is 40 SAR but the checkout asks me to pay the full price for the dog bed
I want to pay for my mum's order, she's in Manila and I'm in Toronto, can I use my card
our school wants to pay by purchase order for 30 calculators, is that possible
the seller asked me to pay the extra $6 for the bigger size, where do I pay it
Please send me a separate link to pay the remaining balance for the custom sofa
the amount on hold on my card is bigger than the order total for the tent, will it be corrected
Hello, the payment for my order of printer cartridges is not completing. It freezes after I enter the CVV. What should I do?
pay button does nothing on safari for the earbuds order
my payment is failing pls help i need the school bag today
wallet top up not working so i can't pay for the skincare set
"""

DATA["modify_order"] = """
I moved last week, please send the desk lamp to my new address: 45 Rue Oberkampf, Paris 75011
new address for order 552019 pls, i'm at my parents' in Leeds now
can you change the house number to 7B, the air purifier hasn't gone out yet
change the blender colour to white instead of red please, still not shipped
wrong size chosen for the kids' pyjamas, need age 6 not age 4, have you sent it?
could you switch the earrings from gold to silver before packing
I ordered 2 bags of cat litter, please make it 4, I'll pay the difference
reduce the quantity of the printer paper to 3 boxes please, I ordered 5 by mistake
please add the matching pillowcases to my bedding order so they come together
add a screen protector to the phone case order before it ships?
take the second skipping rope off my order, only need one
pls remove the lamp shade from my order, keep the base
put a note "leave with the guard at the gate" on my order please
can you write "Happy 30th Jess" on the gift card inside the perfume box
merge my two orders for the drum sticks and the drum pad so they ship together
please combine 10293 and 10301 into one parcel, same address
change the phone number on my order to +971 55 123 4567
the recipient is my husband now, name Tomasz Nowak, please update before shipping
please change my delivery option to home delivery instead of collection point
can the stroller be sent to the store pickup in Lyon instead of my home
hold my order until the 18th please, I'm travelling and nobody is home
please don't ship the camping chairs before next monday, just keep them
I picked the iPhone 14 case but I have the 15, please change it, the order hasn't left
swap the USB-C version for the Lightning version of the charger in my order pls
the engraving on the ring should read "M & J 2019", I typed 2091 by mistake, please fix before making it
pls add gift wrapping to my order, i'll pay for it
Dear team, I would like to amend order 88412 before dispatch: please change the curtain length from 220 cm to 250 cm.
my postcode is wrong, it is 3012 AB not 3021 AB, can u edit it
Kindly change the state from Lagos to Ogun on my order, the town is Abeokuta
change my order from the 500ml to the 1 litre water bottle pls
can I change the shipping to express on the unshipped bike pump order? happy to pay extra
edit my order pls, wrong flat number, the vitamins are still in processing
I need to modify the kids' jacket order, the colour navy instead of grey, it says awaiting shipment
change the tent to the 4-person one before you send it, I'll pay the difference
want to update the street name in my order, its Calle Mayor 12 not Calle Major
i forgot to add the bulbs to my lamp order, can you put them in the same box
upgrade the RAM option on my laptop order before it ships? 16GB instead of 8GB
pls change the lipstick shade in my order from 03 to 05 not shipped yet
can I change the delivery address to my workplace? the parcel has not been shipped
i put the wrong unit number, it's unit 4/22 not 22/4, order not sent yet
"""

DATA["cancel_order"] = """
pls cancel the order for the rice cooker, ordered it on the wrong account
please cancel the kettle order, I found one locally
I ordered the same bedsheet twice by mistake, please cancel one of them
double order by accident, cancel 4471022 and keep 4471023
how do I cancel my order in the app? I can't find the button
where is the cancel option? I want to cancel the smart watch order
can you cancel just the yellow toy car from my order and keep the rest
remove nothing else, only cancel the second phone case in the order
3 weeks to dispatch is too long for me, please cancel the camping stove
If you can't send the birthday balloons before Saturday then cancel the order please
I want to cancel my preorder for the game console, I don't want to wait until March
cancel the preorder of the book please, I already bought it in a shop
Please cancel my subscription order for the dog food, I don't want the next delivery
stop my monthly vitamin order, cancel it
Can you confirm my order for the jeans has been cancelled? I requested it an hour ago
did the cancellation go through? the app still says processing for the baby monitor
is there a fee if I cancel the sofa order now?
If I cancel the dining table today will I lose the deposit?
the bank declined and then it went through, now I have two orders for the drill, cancel the extra one
please cancel, I changed my mind about the hair straightener
cancel order no. 99310, i ordered the wrong ink cartridge model and will reorder
I'd like to cancel my purchase of the mountain bike helmet before it's shipped.
Kindly cancel my order, I ordered by mistake
CANCEL IT NOW I DONT WANT IT ANYMORE
cancel pls, too expensive after the conversion fee
Hello, my husband already bought the same stroller, so I need to cancel mine. Order 60192. Thanks
the price went down after I ordered, just cancel and I will order again
pls cancell order 5520 i dont need
cancel the necklace order please, the gift is no longer needed
I can't wait 20 days for the pillow, cancel my order please
I want to cancel the whole order for the garden tools
can the order be cancelled even if it's in 'packing'? I don't want the printer any more
we don't need the party supplies, the event is off. cancel please
My son ordered a gaming mouse on my account without asking, please cancel it
i need to cancel the laptop order, the company is providing one
Please cancel order AE-55120 immediately, I don't want the earrings
is it too late to cancel? I only ordered the lamp 10 min ago
cancel the cosmetics order pls, wrong shade and I'd rather start over
Please be informed that I am cancelling order 3390017 for the office chair.
no no cancel it, I found it cheaper elsewhere
"""

DATA["ship_time"] = """
when will you ship my order
paid yesterday, when does it get sent
dispatch date for the rice cooker please
how soon will you send out the trainers I paid for
my order says "awaiting dispatch" for 5 days now, when will it go out? it's the bluetooth speaker
the listing said handling time 2 days, it's day 4, when are you shipping the kettle
please ship the party decorations asap, the party is saturday and I already paid
can you send my order today? paid this morning for the phone charger, I need it urgently
I preordered the new headphones, when do preorders get shipped?
my preorder for the book is paid, what date will it be posted
when do you dispatch made-to-order items? my custom name necklace was paid on the 3rd
the personalised cushion, how many days until you ship it after I approved the design
half of my order was sent, when will you ship the remaining lipstick
you sent the stroller but not the rain cover, when will the rain cover be dispatched
will my order be shipped before your Chinese New Year holiday?
are you shipping during the Eid holiday or will my order wait until after
Hi, I paid for the wall shelf last week. Could you tell me when it will be dispatched? I haven't had a shipping confirmation yet.
the item was out of stock when I paid, when will you be able to ship it
you said the backordered jacket will be sent when it's restocked, any date?
when will it be sent? payment confirmed 2 days ago for the yoga mat
whens it shipping
is it shipped yet or not? if not, when?
Dear Sir, kindly inform me of the shipping date for my order of baby clothes no. 7729012.
pls ship fast i paid already for the mouse
please tell me when you will hand my tent over to the courier
How many days do you need to dispatch after payment? my order is the cordless drill and it's paid
still in processing. when will you ship my lamp
I paid with bank transfer, when will you ship once you receive it?
will the perfume be sent out before the weekend? paid on wednesday
when will you post the order, we need the football kits for the tournament
can you dispatch the guitar strings today or tomorrow, they're paid
the order has been "ready to ship" for 3 days, when will it actually go out
paid for express shipping but it hasn't even been sent, when are you shipping it
whn u send my order bro its 4 days
I ordered the curtains on Monday and paid straight away, when will they leave your warehouse in Guangzhou
when do you ship to Australia orders, mine is paid and waiting
kindly ship my goods, paid since 10 days ago, the vitamins
what time is your dispatch cut-off? I paid at 2pm for the charger, will it go today
when will the second box of my bunk bed order be sent, only box 1 shipped
please dispatch my order, I paid for the cat tree on Friday
"""

DATA["order_status"] = """
where is my order now
can you send me the tracking number for my hair dryer
I didn't get a tracking number for the bookshelf, can you share it
tracking for order 4401298 please
the tracking number you gave me says "not found" on the USPS site
the tracking code doesn't work on 17track, is it correct?
the tracking hasn't moved in 6 days, it's the blender, where is it
no updates on tracking since the 12th, still in Shenzhen
what does "departed from facility" mean for my parcel?
tracking says "arrived at the local delivery depot", so when do they deliver?
status "clearing customs" for the laptop, how long does that take usually?
my parcel is in customs in Santiago, is there anything I need to do?
which courier has my parcel now in Germany? the tracking says handed over to partner
is my package with Royal Mail now or still with the Chinese carrier?
the espresso machine was split into two parcels, can I have the tracking for the second one
I have one tracking number but ordered three items, are they all in one box?
out for delivery since 8am for my kids' bike, will it still come today?
tracking says "delivery attempted" but I was home, where is it now?
hi just checking where my stroller is, order 20481
Where my package is now? the earrings
any update on the shipment of the washing machine?
Could you please provide an update on the current status of my order #10877 (two floor lamps)?
is my order on the way yet? tracking shows label printed only
it says "in transit" for 10 days, where exactly is it
my tracking jumped from Hong Kong to Belgium, is that normal? it's going to Poland
tracking shows my parcel in Madrid but I live in Barcelona, is it coming here?
what's the latest on the tracking of the printer ink
the tracking is in Chinese, can you tell me what it says for my order
tracking says "held at customs - awaiting documents", what do they need?
track my package LX123456789CN
is it in the Philippines already? tracking says departed Hong Kong
where's my parcel?? the speaker
check my tracking please, the lamp order from last week
the parcel is at the post office in Kraków since yesterday, do I need to collect it?
status of my shipment pls, ordered the dog harness
the link in your shipping email is broken, how can I track my sofa?
tracking shows "arrived at sorting center" in Dubai, how long until Muscat?
do you have an updated tracking for the camera? the old one stopped at the airport
tracking sayz shipped bt no info, where is my parcel
Good morning, could you check where my order of baby bottles is? Thank you.
"""

DATA["not_received"] = """
the curling iron never showed up, tracking has said 'in transit' for 7 weeks and the delivery date is long gone
tracking says delivered yesterday but no parcel here, it's the air fryer
status delivered, but I never got the hoodie
the driver says he left it at my door. There is nothing at my door.
my package is lost, it's been 6 weeks for the phone case
I think you lost my order, the perfume never came and the tracking died a month ago
the estimated delivery was 10 May, today is 28 May and still no earrings
it's way past the delivery date and I have nothing, the kids' shoes
the parcel went to another address, the photo of delivery shows a door that is not mine
delivered to the wrong house, the neighbours on my street don't have it
my parcel was stolen from the lobby, the courier left it downstairs
someone took the package from my doorstep, camera shows a stranger picking up the box
the pickup point says they never received my parcel but tracking says it's there
the locker was empty, tracking says delivered to locker, no lamp
I never received the gift card code after paying, checked spam too
my e-book download never arrived in my email
the parcel was sent back to you without any delivery attempt, I didn't get my jacket
tracking says "returned to sender" and I never got the bed sheets
I ordered two parcels, one came, the second one with the vacuum never arrived
order 8830021 not arrived after 40 days
hello i not receive my order until now, 35 day
The delivery window has passed. I still don't have the dining chairs. Please advise.
i've waited 2 months for the drone and still nothing
where is my order, it should have arrived 2 weeks ago and never came, the toy kitchen
the parcel is signed by "M. Lopez" but I don't know who that is, I didn't get it
it says signed by me but I didn't sign anything and nothing arrived
I was promised delivery before Christmas for the toys. It's January. Nothing.
nothing arrived for my order of vitamins, the time limit is over
my order never reached me, the post office in Lima says they have no record
you say it was delivered on 3 March, I got nothing, the order for the cat food
It is showing delivered but we did not receive the parcel, please check with the courier.
Dear Seller, I regret to inform you that my order has not arrived, although the estimated delivery date passed 3 weeks ago.
still didnt get my stuff its very late
NOT RECEIVED. 50 DAYS. THE WATCH.
hi so the app says my curtains were delivered on friday but I was home all weekend and nobody rang and there's no parcel anywhere
it says delivered to parcel shop but the shop says no such package, I never got my ring
its late late late, my package for the laptop stand not come
the courier says "customer not available" and returned it, I never received my guitar
the parcel disappeared, last scan 30 days ago and I never received it
delivered according to tracking 😤 nothing in my mailbox, the book
"""

DATA["quality_issue"] = """
the mug arrived smashed into pieces
the box was crushed and the monitor screen is cracked
The lamp base arrived with a big dent and the glass shade is chipped.
the earbuds don't charge, the case light never turns on
the right earbud has no sound at all
my new phone charger doesn't work with any cable, it's dead out of the box
the smart watch worked for 4 days and now the screen stays black
the hair straightener stopped heating after one week
kettle died after 10 days of use
the stitching on the handbag strap is coming apart already
the seam of the jeans ripped the first time I wore them
there's a hole in the sweater near the sleeve, it came like that
the baby romper has yellow stains on the front, straight from the package
the duvet cover has a big grease mark in the middle
the rug smells so strongly of chemicals I can't keep it in the room
the yoga mat stinks like burnt rubber and the smell won't go away
the face serum expired 2 months ago, look at the date on the bottle
the protein powder expiry date is last month, I just received it
the moisturiser has separated and smells sour, I think it's gone bad
the shampoo bottle leaked all over the other items in the box
the perfume bottle arrived half empty and the box is wet
the water bottle leaks from the lid even when closed tight
the power bank won't hold a charge, from 100% to 0 in an hour
the drone battery swells up after charging, that's dangerous
the screen of the tablet has a scratch right across it, brand new they said
the watch glass has a chip on the edge
the saucepan coating is peeling off after two uses
the gold plating on the necklace wore off in a week, now it's green underneath
the earrings turned my ears green and itchy, the plating is coming off
the kids' t-shirt lost all its colour after one wash
the printed design on the hoodie is cracking and flaking after the first wash
the fan makes a terrible grinding noise when it spins
the washing machine drum bangs loudly and the door seal leaks
the headphones crackle on the left side when I move my head
the chair wobbles, one of the legs is shorter and the wood is split
the toy car's wheel fell off in five minutes, my son is crying
Hi there, I received the dining table today. Unfortunately the top has a deep scratch and one corner is chipped. Please let me know how we can resolve this.
Dear Sir, the vacuum cleaner I purchased (order 33018) stops working after two minutes of use and the motor becomes very hot.
THE BLENDER JUST SMOKED AND DIED, FIRST USE
the box looked used, tape re-sealed, and the camera has fingerprints and scratches, this is not new
"""

DATA["wrong_item"] = """
I ordered the blue kettle and you sent me a red one
I received a white phone case, my order was black
you sent a size 10 dress, I ordered a size 14
the shoes in the box are size 39, the label on the box says 41 and I ordered 41
I bought the 256GB model but the phone you sent is 128GB
this is the iPhone 13 case, I ordered the 14 Pro Max one
the charger is a US plug, I ordered the UK version
I got an EU plug hair dryer, I'm in Australia and chose the AU plug
the book is in German, I ordered the English edition
the box has 2 candles, I paid for a set of 4
I ordered 3 T-shirts, only 2 are in the package
the bed frame arrived without the slats
the drone came without the remote control
no charging cable in the box of the wireless headphones, the listing shows one
the tent is missing the poles, only the fabric and pegs came
the bookshelf has no screws in the pack
the camera lens cap and strap mentioned in the listing aren't in the box
the listing says stainless steel but this pot is aluminium
the bag is fake leather, the description said genuine leather
the photo shows a wooden handle, the one I got is plastic
the description says 5000mAh, the power bank says 2500mAh on the back
the listing says 100% silk, this pillowcase is obviously polyester
it says 2 metres on the page but the cable is 1 metre
the sofa is grey in my order confirmation but you delivered a beige one
you sent me somebody else's parcel, it's a box of car parts with another name on it
this is not my order, I got dog food and I ordered makeup
I ordered the rose gold watch and got the silver one
you sent a men's jacket, I ordered the women's one
the kids' pyjamas are age 2, I ordered age 5
I got the 1-litre blender jar but the order was for the 2-litre blender
this is the old version of the game controller, I paid for the new model
Received different item. Ordered cordless drill. Got impact driver.
Hello, the parcel I got contains a set of 6 wine glasses, but my order was for 6 coffee mugs. Please check.
the earring pack has only one earring, where's the other one
Dear team, I have received order 441209 but the ink cartridges are for a Canon printer while I ordered the HP 305 cartridges.
ordered a queen size duvet, this is a single
the perfume you sent is a different scent, I ordered the Rose one and this is Oud
u sent wrong thing, i order pink bike helmet not this green one
not the product in the pictures at all, the lamp looks totally different
the puzzle has 500 pieces, I ordered 1000
"""

DATA["return_refund"] = """
can I return the kids' scooter for a refund if my son has ridden it once?
I'd like to return the headphones
want my money back for the toaster
how do I return something? the dress doesn't suit me
how do I start a return for the coffee table?
what's your return policy for electronics?
do you accept returns on sale items? I got the blazer at 50% off
how many days do I have to return the baby carrier?
is it too late to return? I received the lamp 20 days ago
changed my mind about the bluetooth speaker, can I return it unopened
I don't like how the sunglasses look on me, I want a refund
the shoes don't fit and I don't want another size, I just want my money back
refund without return possible? sending the cheap mug back isn't worth it
can I keep the rug and get a partial refund for the stain?
would you give a partial refund for the missing earring instead of a return
can you refund me for the broken plate only? the rest of the set is fine
can I return underwear if it's still in the sealed packaging?
are earrings returnable? the package is still sealed
is makeup returnable if I only swatched it once?
can you take back the opened vitamins? they make me feel sick
it was a gift and my friend doesn't want it, can I return it for a refund
I bought the coat as a present but it's the wrong style for her, can it be returned?
I want to return the laptop, it's too slow for my work, still within 14 days
please refund me, the screen is cracked and I don't want a replacement
the toy is broken, I don't want another one, just refund my money
I'd like a refund for the kids' jacket, it arrived torn
Hello, I would like to return order 77120 (two cushions) for a refund. They are unused and in their original packaging. Kindly advise on the next steps.
i wana return it and get refund
return and refund for the watch please, I don't want it
Could I return just one item from my order? The phone stand is fine, the ring light isn't.
can I return the bike rack if I've already mounted it once
is a full refund possible if the box is opened but the blender is unused?
refund me, I'm not keeping this cheap necklace
i'll send the camping chairs back if you refund the full amount
I want to send it back. The printer is not compatible with my Mac.
the dress is too big and I want to return it, not exchange
can I return a personalised phone case? the name is spelled wrong by me
does your 30 day return include furniture?
the cream irritated my skin, can I return it even though it's opened?
I don't need the extra cables, can I return them and get that part of my money?
"""

DATA["exchange"] = """
can i exchange the dress for a size M?
the shirt is too small, I'd like to swap it for a large
can I swap the jeans for a 32 waist? the 30 I got is too tight
exchange the toddler shoes for one size up please, they're too small
the ring doesn't fit, can I exchange it for size 6
swap the blue kettle for the cream one? I received it yesterday
I'd rather have the black handbag, can I exchange the tan one I got
exchange the bedsheet set for the king size? I got the queen
can the phone case I received be exchanged for the model that fits a Samsung S23?
the lipstick shade is too dark on me, can I exchange it for a lighter one, it's unused
can I exchange the 4 kg kettlebell for 8 kg? I received it but it's too light
I'd like to exchange the children's bike I received for the 16 inch one, I'll pay the difference
can I exchange the gaming keyboard for the one with brown switches and pay the extra
what's your exchange policy? the sandals are tight
how do I request an exchange on the app? the bra is the wrong band size for me
is it possible to exchange items bought on sale? the coat is too long
do you do exchanges or only refunds? the kids' hoodie is too small
i'd prefer an exchange to a refund, can I get the same jacket in a size bigger
Hi, I received the wedding guest dress today but it's too big. Could I exchange it for a size 8? The tags are still on.
exchange pls size S to XS
swap for bigger size? pants too short
my son wants the red toy truck instead of the yellow one, can we swap it
the curtains are too short for my windows, can I exchange them for the 250 cm drop
the lamp shade is fine but I'd like to exchange the lamp for the floor version, same style
I got the baby sleeping bag in 0-6 months, can I exchange it for 6-18 months?
the pillow is too firm, can I swap it for the soft one
can I exchange the gift my aunt sent me for a different colour?
Dear team, I would like to exchange the running jacket I received (size L) for a size M, please advise how.
can i exchange the watch strap for the 22mm one, this one doesn't fit my watch
the earrings are lovely but I'd like to swap them for the silver version
i want change the shoes for other size, it is small for me
the boots are great but too narrow, can I swap them for the wide fit
exchange the charger for the one with a USB-C port? I got the USB-A one
can you swap my skincare set for the one for oily skin, I got it today and haven't opened it
the sofa cover doesn't fit, swap for the 3-seater size please
can I swap the sweater for a different colour, the mustard doesn't suit me
the bike saddle is too hard, exchange for the gel one possible?
if I send back the 10 kg dumbbells can you send the 5 kg ones instead
the kids' raincoat is too small, please exchange for age 7-8
can I switch the tablet case I got for the one with a keyboard? I'll pay the difference
"""

DATA["refund_status"] = """
Kindly confirm the date the refund for the returned stroller was sent, my bank in Accra shows nothing
where is my refund for the headphones
when will I get my money back? I returned the dress last week
refund still pending, it's been 10 days, order 662091
the refund says approved but it isn't in my account
you approved the refund a week ago and my card still shows nothing
how long does the refund take to reach my credit card?
how many business days for the refund to come back to PayPal?
my refund was only $15 but I paid $22 for the lamp, where's the rest?
you refunded the item but not the shipping fee, is that coming separately?
I got a partial refund but you promised the full amount, is the rest coming?
which account will the refund go to? I paid with a gift card and my Visa
can you give me the refund reference number so my bank can trace it?
my bank asked for the ARN for the refund, can you send it
the order was cancelled before shipping, when does the refund come?
I cancelled the sofa order 5 days ago, no refund yet
your warehouse got my return on Monday, when will the refund be processed?
the return tracking shows it arrived at your place, but no refund, the vacuum cleaner
has my refund been issued? I sent back the jacket
refund status please, order AE-20017
still waiting for my money back for the broken mug, you said you'd refund
where is my money?? returned the laptop 3 weeks ago
the refund was supposed to be in 3-5 days, it's day 9
my card was closed, will the refund bounce? it's still not here
Good afternoon, I have not yet received the refund of €89.99 for the returned coat. Could you please look into this?
Dear Sir/Madam, it has been 14 days since my return was accepted and I have not received any refund. Kindly provide an update.
no refund yet for the cancelled perfume
the refund shows in the app but my bank in Kenya hasn't received it
i returned the item and no money back till now
refund not credited yet for the phone stand
the refund was approved but the amount is in dollars and I got less in pesos, why?
I got half the refund, when do I get the other half for the second item
the app says "refund in progress" for 2 weeks, what's happening
please check my refund, the toy kitchen was returned
have you sent the refund for the missing charger yet?
you said the refund is done, but my PayPal balance didn't change
the refund for my returned shoes still hasn't arrived, it's been a month
when is the refund for the duplicate charge coming?
my refund for the cancelled preorder hasn't come through
i was told 7 days for the refund, its now 15 days
"""

DATA["return_shipping"] = """
do I need to pay for the courier to send the faulty speaker back, or will you send a label?
who pays for the return shipping?
do I have to pay the return postage?
is return shipping free?
the item was faulty, I shouldn't have to pay to send it back, right?
you sent the wrong size, so you pay the return postage, not me
I'm not paying £12 to return your mistake
where do I send the return?
what's the return address for the lamp
can you send me a prepaid return label?
I didn't get the return label in my email
the return label doesn't print properly, can you resend it as PDF
can the courier pick up the sofa from my home for the return?
I'd like to book a pickup for my return, the TV is too big to carry
can I drop off the return at a post office or does it need a courier?
is there a drop-off point for returns in Manchester?
do I need the original box to return the blender?
I threw the box away, how should I pack the vacuum cleaner for the return?
how do I package the mirror so it doesn't break on the way back
the return costs more than the item, do I still have to send it back?
sending it back to China costs $40, can I return it to a local address?
do you have a return warehouse in the EU?
is there a return address in the US? I don't want to post it abroad
will you refund the return postage I paid? I have the receipt for €7.50
I paid the return postage myself, can you reimburse it?
do I need a customs form to send the return back to Hong Kong?
what do I write on the customs declaration for the return?
I posted the returned dress today, which tracking should I give you
can I use any courier for the return or only yours?
how do I send back the exchange item, and will you cover shipping?
the return label is for UPS but there's no UPS in my town, what should I do?
can I return it in the store instead of posting it?
the return pickup was scheduled for today but no one came, can you rebook?
my return parcel is too heavy for the prepaid label, who pays the extra?
can I put two returns from different orders in one box?
Good morning, could you please send me the return instructions and address for order 55190? The item is a pair of boots.
pls how i send back the product, where is address
return shipping cost, who pays it??
does the free returns apply to furniture or only clothes?
Kindly arrange the collection of the defective washing machine from my home
"""

DATA["dispute"] = """
I'm opening a dispute for the headphones
how do I open a dispute on AliExpress for an order that never came?
I've opened a PayPal case for the blender, case number PP-D-44120
I filed an "item not received" claim on eBay for the watch
I started a chargeback with my bank for the lamp order
my credit card company is reversing the charge for the coat
I asked Visa to do a chargeback, they said you'll be contacted
I received your response to my dispute, I don't accept it
the seller's proposal in the dispute is only $5, that's not enough, I'll reject it
I accept your dispute offer of a 50% refund for the stroller
I'll close the dispute once I see the refund in my account
please tell me how to close the dispute, you already refunded me
how can I withdraw my PayPal claim? the parcel finally arrived
I'm cancelling my dispute, the replacement came and works fine
I'm escalating the dispute to the platform, we couldn't agree
the dispute has been escalated to AliExpress, they'll decide now
the case went to the marketplace team, what evidence do you need to send?
I uploaded photos and the video to the dispute, please check
what evidence should I attach to the dispute for the damaged vase?
the platform asked for proof of the wrong colour in the case, I added the photos
the dispute closes in 24 hours, please reply there
you have 2 days left to answer the claim on Shopee
why haven't you replied to my dispute? the deadline is tomorrow
the platform decided in my favour, please don't reopen it
I lost the dispute but I never got the item, can I appeal?
I want to appeal the decision in the dispute about the perfume
the Etsy case was closed without my refund, how do I reopen it
my dispute was rejected because of the tracking, but the tracking is for a different city
I'm filing an A-to-z guarantee claim because you didn't respond
I've filed a chargeback with Amex for the duplicate charge of $89
my bank says your store disputed the chargeback, I never got the goods, so I'm sending them more proof
dispute raised on Lazada for the missing charger, please check
Dear Seller, please be advised that I have escalated order 88310 to the marketplace Resolution Center for mediation.
if you don't answer, I will open a dispute in the app
I will raise a dispute on Temu if you don't refund me today
hi yes I have the dispute open for the drill and the app says waiting for seller response since 3 days, are you going to respond or should I escalate
open a dispute now or wait longer? the parcel is 60 days late
is the buyer protection period over? I want to open a dispute for the speaker
my dispute got closed automatically because I didn't respond, can I open a new one
can I change the dispute reason from "not received" to "not as described"?
"""

DATA["complaint"] = """
I've been a customer for years and I've never been treated this poorly, really disappointing service
your customer service is terrible
this is the worst shop I've ever bought from
I'm very unhappy with how you treated me
nobody replied to me for a week, this is unacceptable
I've been waiting 3 days for an answer, what kind of service is this
your agent hung up on me, very rude
the woman on the phone was extremely rude and shouted at me
the chat agent was rude and ignored my questions
you lie to customers, first you said it's shipped, now you say it's not
you keep promising a solution and nothing ever happens
I'm going to report your store to the platform
I will report you to consumer protection for this
i'm reporting this to the trading standards, enough is enough
I'm going to leave a 1-star review everywhere if this isn't fixed
I'll tell everyone on Facebook to stay away from your shop
i'll post this all over Instagram, people need to know
This is the third time I've had a problem with your shop. Never again.
every time I order something there's a problem, I'm fed up
YOU PEOPLE ARE USELESS
WORST SERVICE EVER!!!!!
I am so angry right now, you don't care at all about your customers
your support is a joke, I get copy-paste answers
I'm disappointed, I expected much more from a shop with these ratings
How is it possible that nobody in your company can give me a straight answer?
You transferred me to 4 people and nobody helped, ridiculous
I explained my problem five times, nobody listens
your shop is a scam, you just take the money and disappear
I feel completely ignored by your team
this store is a total rip-off and your staff don't care
Dear Sir or Madam, I am writing to complain about the poor service I have received regarding my recent orders. Nobody has replied to my messages for two weeks.
I wish to make a formal complaint about the behaviour of your delivery staff and your customer service.
very bad shop, not honest 👎
shame on you, treating a loyal customer of six years like this
ur service sucks tbh
i'm disgusted with how this was handled
it's a disgrace that a big store treats a pensioner like this
you ruined my daughter's birthday and you don't even apologise
I'm writing to the marketplace about your seller account, this is unacceptable behaviour
honestly i regret ever buying from you, the whole experience has been awful
"""

DATA["review"] = """
how do I leave a review?
where can I rate the product
I want to write a review for the coffee machine, where do I do it
can I change my review? I gave 2 stars but the seller fixed it
I want to edit my rating for the sofa, it's better than I first thought
how can I take down the review I left for the stand mixer
is it possible to remove the review I posted by mistake on the wrong product
do I get anything for leaving a review?
is there cashback for a review with photos?
you said I'd get a coupon for a 5-star review, where is it?
I posted the review 3 days ago but I didn't get the reward
how do I add photos to my review of the lamp
can I upload a video in the review?
my review isn't showing on the product page, why
my review was rejected, what did I do wrong?
the review I wrote disappeared
how long do I have to leave a review after delivery?
can I still leave feedback? I received the jacket 2 months ago
the "leave feedback" button is greyed out for my order
why can't I rate the seller? only the product shows
I left 5 stars for you 😊
done, left a positive review for the earbuds
I'll leave you a great review, the dress is perfect
just wrote a review on Trustpilot for your shop
I rated the delivery 1 star by mistake, how do I fix it?
can I review each item separately in one order?
Do I have to review to get the warranty extended? You mentioned it in the card in the box
someone from your shop asked me to change my review, is that allowed on this platform?
the review form asks for my height and weight, is that required?
Dear team, I have posted my review for order 55012 as requested and attached two photos.
I'll write a review after using the vacuum for a few weeks
can my review be anonymous?
how do I reply to the seller's answer on my review?
review posted ✅ where's my 10% off code?
can I leave a review for the delivery driver?
i want to give good feedback for the shop, where i do this
the link in your email to review my order doesn't work
my 5-star review shows as 4 stars, can you check?
can I review an item I returned?
I wrote a review in Spanish, will it show on the English page?
"""

DATA["human_agent"] = """
can I speak to a human?
I want to talk to a real person
need a human, the assistant keeps sending me the FAQ link
agent pls, about the camera lens order
connect me to customer service
transfer me to a live agent
is there a real person I can chat with
i don't want to talk to a bot
ok bot, enough, I need a person from the shop
your bot doesn't understand me, give me a human
the automatic answers don't help, I need someone real
can someone from your team call me? my number is +44 7700 900123
can I get a phone call with an agent instead of chat
what's your customer service phone number? I need to talk to someone
I'd like to speak with a supervisor
please put me through to a manager
I need to talk to someone who speaks French
is there an agent who speaks Arabic?
when are human agents available? I need to talk to one
are there real people working on Sunday? I need one
Could you please transfer me to a member of your support team? My issue requires a person to look at it.
Dear Sir/Madam, I would appreciate it if a member of staff could contact me directly regarding my order.
i want live chat with human not auto reply
real person pls
HUMAN!!!
operator pls, the automatic replies are going in circles
can I get a representative on the line about my washing machine
customer service person please 🙏
bot is useless. human.
you're a bot, right? get me a human please
I'll wait, just connect me to someone real
can I speak to the technical support team? I need a person who knows laptops
put me in touch with your after-sales staff, not the assistant
is there any way to skip the bot and reach a person?
I want to talk to the person who sold me the sofa
please pass me to a real agent, my question is about a custom order
i need help from a person, the menu options don't fit my problem
I'd rather talk to a human colleague about my wedding rings
can you connect me to someone on WhatsApp?
get me a real agent asap
"""

DATA["thanks_bye"] = """
thank you, that answers my question about the earbuds
thanks a lot for checking with the warehouse
many thanks!
thanks for your help today, have a good shift
thank you very much for the quick reply
ok thanks, I'll wait for the email then
okay thank you, bye
perfect, thank you!
great, thanks 😊
cheers mate, sorted
that's all, thank you
no more questions, thanks for the help
ok understood, thank you
noted, thanks
got it 👍
ok I'll wait then, thank you
alright, I'll check tomorrow. bye
thanks, have a nice day
bye bye and thanks for the patience 😊
see you, take care
goodbye and thank you
Thank you for your assistance. Kind regards.
Many thanks for resolving this so quickly. Best wishes, Maria
thx for the quick fix
ty!
tysm 🙏
ok ty
thank you so much, you've been a great help
appreciate your help
that's very kind of you, thanks
thanks for sorting out the refund so fast
thanks, problem solved
ok, all good now. thanks
wonderful, thanks again
merci, thank you
ok then, bye for now
👍👍 thx
🙏🙏 thank you madam
thanks dear, bye
Alright, thanks for the info. Have a good evening.
"""

DATA["other"] = """
I forgot my password, how do I reset it?
I can't log into my account
how do I change the email on my account
how do I delete my account?
please delete my personal data from your system
my account got locked after too many login attempts
the verification code for login never arrives
are you a robot?
is this a bot or a real person?
what's your name?
how are you today?
what's the weather like in London
tell me a joke about printers
do you like football?
I'm looking for a job, are you hiring?
I want to become a supplier for your store
can I be a reseller of your products in Ghana?
we'd like to partner with your brand for an influencer campaign
do you have an affiliate program?
do you offer dropshipping?
I run a small boutique, do you sell wholesale to shops?
qwpoeiruty
4410 2231 9908
00000000
hmm
lol ok
sorry, wrong chat, ignore that
oops, that message was for my friend
CONGRATULATIONS you have won a free iPhone click here
Earn $500 a day working from home, message me
how do I turn off notifications from your app?
the app keeps logging me out
how do I change the language of the website?
what time is it in China now?
can you translate this into English for me?
what is the capital of Australia?
do you have a TikTok account?
who founded this company?
where are your offices? I want to visit
I'm bored, talk to me
"""
