"""Hand-written English buyer messages, round-4 wide set B (18 in-sale/after-sale/other intents; contrastive lines using neighbouring intents' vocabulary)."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["payment"] = """
the invoice you emailed says pay by bank transfer, can I pay it with my card instead? it's for the standing lamp
I don't need a receipt, I just need to know why my Mastercard keeps failing on the kettle order
got the proforma for the 20 office chairs, what's the IBAN to wire the money
coupon worked, total went down to $41, but then the card got rejected at the last step. the earbuds
is Klarna only for orders over £50? I want to split the cost of the hair dryer
the drone order closed by itself because the payment didn't go through, how do I pay now
the app says payment failed but my bank shows €129 taken for the sofa cushions, did it go through or not
it's not about the price, I want to know if you accept Amex for the watch
can I pay half by PayPal and half with my card for the 3,400 AED treadmill
the QR code for Alipay won't scan, my order for the phone tripod is still unpaid
the delivery guy will want cash but I want to pay by card at the door, is that possible
Hi, the total for my camera order shows in USD, can I pay in CAD instead so my bank doesn't charge me
instalments, not a discount: can I pay the 1,299 laptop over 4 months
my bank approved it on their side but your checkout still says "payment declined" for the perfume
the OTP came after the page timed out, now the ring order says unpaid, what do I do
the pay button in your invoice email gives me error 402
does your shop take UPI? paying for printer ink from Pune
my card was charged but there's no order confirmation for the gaming headset, did the payment work
how do I pay the extra shipping you asked for? there's no button to pay it
you said I have to pay the difference for the bigger sofa cover, how do I send you the 8 dollars
price is fine, I just can't find where to enter my card details on mobile
not asking for a refund, I want to know why the charge for the bike lights is still "pending authorisation" 3 days later
Good afternoon. For order 5520193 (two bedside lamps) I would like to settle by SEPA transfer. Could you confirm the payment reference I should use?
PAYMENT WONT GO THROUGH!! tried 4 cards for the stroller
paypal says "this seller can't accept payments right now" when I try to pay for the guitar strings
i'm from kenya, can i pay for the dog crate with airtel money
can I use my company card? billing address is in Germany but the delivery goes to Austria
do i pay now or only when it ships? it's the preorder for the book
how does the deposit work for the custom sofa, pay part by card now and the balance later?
checkout adds a 3% card fee on the phone, can I pay some other way without that fee
paid with apple pay and got charged in yuan?? expected dollars, the toy blocks order
sent $60 by Wise for the football jersey, please confirm the money reached you
pls send me payment link again, lost it, for the 2 phone cases
tried paying the stand mixer with my debit card, it says "insufficient funds" but I have 900 rand in there
the checkout won't accept my Indian address for the card billing, how do I pay for the kurta set
"""

DATA["modify_order"] = """
it hasn't shipped yet so it's not a return, I'd just like to switch the rain jacket from M to L
can I exchange the colour before you send it? ordered the grey sofa cover, want green now
don't cancel anything, just take the second pillow off the order
I ordered the wrong charger by mistake, it's still processing, please change it to the USB-C one
the address on order 7781204 is my old flat, please update it to 14 Rue de Lyon, Paris before dispatch
hold the parcel please, I want to add the matching earrings to the same shipment
I placed two orders for the baby monitor and the bottle warmer, can you pack them together and ship once
not your mistake, I picked size 7 instead of 9 for the ring, change it please before packing
instead of cancelling the whole thing, can you just change the quantity from 5 to 3 packs of printer paper
add a gift note please: "Happy 40th Dad" for the watch, it hasn't been sent yet
can you switch my shipping from standard to express on the order? I'll pay the difference
change the phone number on my order please, the courier won't reach me on the old one, new is 0917 555 2281
the kids' party dress, please swap age 4 for age 5 before it leaves the warehouse
since it's not shipped yet, can I still change the delivery to my office address in Makati
pickup point instead of home delivery please, can you change that on order AE-44120
make the engraving on the bracelet "Lina" not "Lena", you haven't made it yet right?
I want to change the lamp in my order to the warm light version before you ship, no need to cancel
Dear team, my order #20391 has not yet been dispatched. Kindly amend the recipient name to Mrs. Adaeze Okafor.
plz chnge color blu to blk order 88210 not shipd yet
can you add the spare battery to my drill order so it all comes in one box
oh no i typed the postcode wrong, it's SW9 7AB not SW7 9AB, still unshipped
order still "awaiting shipment", can I upgrade the phone from 128GB to 256GB and pay the extra?
I want the bed sheets in queen instead of double, my mistake not yours, please fix the order before it goes
please remove the gift wrapping from my order, I'd rather save the £3
can you deliver to my mum's address in Kraków instead of mine, the order is paid but not sent
change of plan, send the camping stove to my hotel in Lisbon instead, it's still at your warehouse I think
is it too late to change the size of the roller skates? I only paid 10 minutes ago
I wrote the apartment number wrong in the order for the air purifier, it should be 3B
ADD ANOTHER ONE of the same dog collar to my order before shipping pls
swap the red lipstick in my unshipped order for the nude one
please mark my order as a gift so no price is printed inside the box
combine order 1182 and order 1190 into one parcel please, both are yoga things and neither has shipped
I chose the wrong model for my Canon, change the battery grip to the EOS R6 one before you dispatch
the order is under my husband's name, can you change it to mine for customs before you send it
you haven't shipped it so it's not an exchange, right? just change the bike helmet to size L
please add "leave with the concierge" to the delivery note on my wardrobe order
"""

DATA["cancel_order"] = """
it hasn't shipped, so instead of returning it later I'd rather cancel it now
cancel order 4471092 please, I don't want to change anything, I just don't need the blender anymore
found it cheaper somewhere else, please cancel my order for the robot vacuum
forget changing the address, cancel the whole thing and I'll reorder
12 days and you still haven't shipped the standing desk, just cancel it
please cancel before it ships so I don't have to deal with a return, it's the crib mattress
I ordered the kids' raincoat twice by accident, please cancel one of the two orders
I want to cancel and get my money back, it's been 2 days and nothing has been sent
can I still cancel if it says "ready to ship"? the perfume gift set
how do I cancel an order in the app? the cancel button is greyed out
CANCEL IT. I don't want the hoverboard anymore
the game console preorder is taking forever, cancel my preorder
my husband already bought the same stroller, please cancel mine
you told me the item is out of stock, then just cancel, I don't want to wait
Please cancel order #30981 (gold hoop earrings). I placed it by mistake. Thank you.
i dont want it anymore pls cancel, order 9920017, not shipped
if it's not shipped yet, cancel it; if it is, tell me
I'm not disputing anything, I just want to cancel the order before you send it
cancel my order please, your delivery estimate is too late for the wedding
I'd like to withdraw my order for the office chair, it was placed yesterday
wrong address on it and I'd rather order again than fix it, so please cancel
please cancel and refund to my card, I picked the wrong size and will order again
my kid ordered a Roblox gift card on my phone, please cancel that order
I'm moving abroad next week, cancel the washing machine order please
is there a fee to cancel? I want to cancel the made-to-measure curtains
if cancelling now gets me the full amount back then please cancel the tablet order
don't send the rug, I cancel
hi, order 2203 the camping lantern, cancel it please i changed my mind
Request: cancellation of order AE-55012. Reason: I ordered the wrong voltage version.
I ordered the same vacuum twice by mistake, cancel the second order
can I cancel while it's not packed yet? ordered the yoga mat an hour ago
the seller moved the delivery date to next month, so I want to cancel the order
cancel pls cancel pls the protein powder order i made by mistake
I no longer need the car roof box, kindly cancel my order before dispatch
no more waiting, cancel the preorder for the e-reader and send the money back
"""

DATA["ship_time"] = """
I'm not asking where it is, it hasn't left you yet, what day do you ship the monitor
I know delivery takes 10 days, I'm asking when you'll send it out, the sofa
paid on the 2nd, it's the 9th, order still says "processing", when do you hand it to DHL
before I even think about tracking, when does my order actually leave your warehouse?
the listing said ships in 24h, it's been 3 days, when will the drone go out
will you ship it today if I paid before noon? the jeans
order paid ✅ shipped ❌ when?
any dispatch date for my paid order 88213 (necklace)? no shipping email yet
the camera preorder is paid, is shipping still planned for June 15 or is it delayed?
my friend's order from you shipped already, mine was paid the same day and still hasn't, when will mine go
I'm not cancelling, just tell me when you'll ship the dining table
is my order going out this week? paid Monday for the vitamins
don't need tracking yet, just a rough ship date for the crib
status has been "payment confirmed" for 5 days, when does it change to shipped?
Dear Seller, I completed payment on 3 March for order 1023344 (printer ink). Could you advise the expected dispatch date?
when do u post it out, need the costume for halloween
how many days after payment do you send custom printed t-shirts? mine were paid Sunday
I paid extra for express, so why hasn't it been sent, when will it leave
your holiday notice says shipping resumes after the 10th, will my paid order go out on the 10th or later
once the blue kettle I ordered is restocked, will you ship it the same day?
When will my guitar amp be shipped? it's paid and I haven't got the shipping email
waiting to be shipped for a week!!! when
the order page says "seller will ship within 7 days" and that's tomorrow, will you ship by then?
when will the parcel be handed to the post office? my paid order for 3 books
haven't received any shipping notification, will it go out soon? paid 4 days ago for the lipstick
ok but still no dispatch. when then
the dog food is paid, can you send it out today because we're running out
bought the phone on 11.11, when will you finally dispatch, they said there's a backlog
Is the dispatch of my ordered earrings today or tomorrow? Please tell.
pls confirm the ship date, i paid by bank transfer 2 days ago and you confirmed you received it
it's handmade to order and you said 5 working days, when exactly will the vase be posted
when do you ship weekend orders? I paid Saturday night for the screen protector
my payment cleared, so when are you sending the school shoes? term starts on the 4th
kindly when you dispatch my solar lights, i pay since Tuesday
the other seller ships same day, you've had my money for 3 days, when is the mixer going out
"""

DATA["order_status"] = """
haven't received it yet but it's only day 3, I just want to see where it is
not complaining that it's late, just can you tell me which city my parcel is in
you said it shipped yesterday, can I have the tracking number for the kettle?
the email says dispatched, so where's the tracking link?
tracking says "label created" for 2 days, has the courier actually picked it up?
the estimated delivery is tomorrow, is it still on schedule?
where is it now? ordered the gaming mouse, tracking LB4482017CN
tracking changed to "handed to last mile carrier", who is that in Norway and what's the new number
is my watch parcel still in customs or has it been released?
does "exception" in the tracking mean there's a problem? it's the laptop, due Thursday
status pls #40221
it says out for delivery, what time roughly? the plant pots
tracking shows 2 parcels but I ordered one sofa, which one is mine?
is the bike still in Hamburg or already on the truck to Vienna?
the tracking number you sent shows a delivery in Texas, I'm in Ohio, can you check my real tracking
the app map shows the courier near my street, how long until he gets here?
Could you please confirm whether parcel RR902311455CN has cleared customs in Brazil?
where's my stuff at? tracking hasnt updated today
I got the "shipped" SMS but the tracking page is blank, where is it
any news on my perfume parcel? no rush, just curious
I know it's still within the delivery time, but could you check the current location of my stroller?
tracking says "arrived in destination country", what happens next and when will it move?
can you give me the local tracking number for Poste Italiane? the Chinese one doesn't update in Italy
track order 771034-2 the blender
is the vitamins package out for delivery today or tomorrow?
is my parcel already waiting at the InPost locker? I haven't got a code yet
yo wheres my order at, the headphones, just tracking pls
tracking sez "in transit to next facility" what facility lol where is it
Hello, my order of the ceiling lamp was shipped on the 4th. Kindly share the latest tracking update.
has the courier collected the dresser from your warehouse yet? you said it shipped Tuesday
check my package status please, ordered earrings for my mom in Lagos
"pending clearance" in the tracking for the drone, do I have to do anything or just wait?
which courier delivers it in Mexico City? tracking says transferred to local partner
tracking stopped at "departed Guangzhou" 3 days ago, is that normal? where is it now
it's not late yet, but can you tell me if the aquarium heater has left the sorting centre
"""

DATA["not_received"] = """
I don't need the tracking link again, I've checked it, it says delivered and the parcel isn't here
tracking hasn't changed in 5 weeks and the delivery date passed on the 3rd, I think the blender is lost
it's not a tracking question, the package simply never came, 45 days now
the courier photo shows a box on a porch, not my porch, I never got the lamp
"delivered to mailbox" and my mailbox is empty, the earrings
Two months, no sofa, tracking dead. Where is it??
the estimated date was 20 days ago and still no sign of my drone
tracking says delivered to reception but our office reception has nothing for me
nothing came, the printer ink was supposed to arrive last week
my neighbour doesn't have it, the porch doesn't have it, but the courier says delivered
got a "your parcel was delivered" email, but i'm still waiting, i was home all day
the parcel went back to China without anyone contacting me, and I still have no phone case
paid for the $50 Steam code an hour ago, nothing in my email, nothing in my account
my order was supposed to come before Ramadan, now it's Eid and nothing
Dear Sir, despite the tracking showing "delivered" on 14/05, I have not received order 66102 (bedding set). Please investigate with the carrier.
never got it!!! 60 days for a guitar tuner
the locker code you sent opens an empty locker, the package is not there
the courier left it in the corridor of my building and it's gone, the vacuum never made it to me
the post office in Nairobi says they delivered to me, they did not
still didn't arrive, you promised 15 days, it's now day 38 for the kid's bike
tracking says delivered in Lyon, I live in Marseille, and I have nothing
it says it was handed to me personally. it wasn't. nothing came.
that's the third "estimated delivery" date that passed, still no handbag
the courier marked it "refused by customer" but I never refused anything and never got the parcel
the tracking just vanished and the camera tripod never arrived, 7 weeks now
the 5 books never reached me in Karachi and the post office can't find them
over a month late and nothing in my hands, the skincare set. What now?
tracking page says delivered but the gate guard in our compound has no parcel for me
we're past the guaranteed delivery date for the wedding decorations and nothing has come
shipment says completed but i havnt recieve anything
bro its been 50 days and no package, even the tracking says nothing now
not here. not yesterday, not today. tracking said delivered Tuesday. The pet carrier.
The vitamins were due two weeks ago. I have received nothing and the tracking has been silent since it left Shenzhen.
the delivery app says "left in safe place", I've searched everywhere, no parcel with my drill
order 7713092 shows delivered at 11:02, I was at the door at 11:00 and nobody came, I don't have it
"""

DATA["quality_issue"] = """
right model, right colour, but the hair clipper won't switch on
it's exactly what I ordered, just broken: the mirror came shattered
the colour faded after one wash on the kids' leggings
you said premium quality, the handle of the frying pan snapped on day two
the box was perfect but the phone inside has a dead pixel line down the screen
not a size problem, the zip on the jacket broke the first time I closed it
the earbuds are the right ones but the left one keeps disconnecting
I'm not asking for a return yet, I just want you to know the lamp flickers and buzzes
the white shirt has a blue ink mark on the collar straight out of the bag
the colour ran from the new bedsheets and stained my pillowcases on the first wash
all the puzzle pieces are there but half of them are bent and torn
the laptop only charges when I hold the cable at an angle
the pin on the smartwatch strap fell out and the watch dropped, the buckle is faulty
the sofa fabric is already pilling after 2 weeks
all the parts came, but two holes in the wardrobe side panel are drilled in the wrong place
the gold ring has a crack in the band
there's a scratch inside the camera lens, every photo has a blurry spot
the stroller's front wheel wobbles and squeaks, brand new
the ink cartridge leaked inside the box, my fingers are all black
the lipstick arrived melted and snapped in the tube
I noticed a crack near the bridge of the guitar when I tuned it
the cat water fountain pump stopped working after 5 days
the battery compartment of the toy is melted and smells burnt
the necklace clasp doesn't close, it just falls open
the book's pages are water damaged and wavy
The drill chuck doesn't hold the bit, it slips whenever I apply pressure.
received the office chair, the gas lift sinks all the way down every time I sit
the car phone holder's suction cup won't stick, it fell off while I was driving
the blender jar came cracked and liquid leaks from the bottom
the teat on the baby bottle already has a split in it
the tent zip separates behind the slider, can't close the door
half the LEDs on the light strip don't light up
the space bar on the keyboard sticks and the W key doesn't register
Hello, I have received the ceramic vase, however it has a hairline crack running from the rim. Could you advise?
DEAD ON ARRIVAL the router
the sunglasses have a scratch right in the middle of the lens, it came like that
the pump on the foundation bottle is broken, nothing comes out
"""

DATA["wrong_item"] = """
it's not a slight colour difference, I ordered the navy dress and got a bright green one
it's a good quality jacket, just not the one I ordered, I bought the parka and this is a windbreaker
nothing's broken, it's just the wrong model: I got a Galaxy A54 case for my S24
you sent size 2 for my daughter, the order clearly says 6
the set should have 12 makeup brushes, mine has 9
where are the batteries? the listing says included, the remote control car box has none
the crib came with screws for a different model, they don't fit the holes
I got someone else's order, a 10 kg bag of rice, and I ordered a hair dryer
wrong flavour! ordered vanilla whey, got chocolate
the watch strap you sent is 18 mm, my order said 20 mm
I ordered the 2024 edition of the textbook, you sent the 2019 one
the listing shows a 4-pack of chargers, I got a single charger
the ring I received is sterling silver, I ordered 14k gold
the earrings are clip-ons, I ordered the ones for pierced ears
I ordered ink for my Epson, you sent Brother ink
the colour is fine, the shape isn't: I ordered the round mirror and got a square one
the listing said the lamp is dimmable, the one I got only has on and off
the kids' bike came without the training wheels that are in the photos
I paid for the blender with 3 jars, there's only one jar in the box
that's not the bag from the pictures, it has a different logo and no front pocket
Hello, I ordered the cream linen curtains but received grey velvet ones. Order 660391.
you sent me the men's version of the perfume, I ordered the women's
the drone came with only 1 battery, the bundle I bought was the 3-battery combo
wrong ittem came, i buy dog harness M red, come cat collar
guys this isn't my order at all, totally different stuff in the box
the lens is Nikon mount, my order says Sony E-mount
the duvet cover came without the two pillowcases that are part of the set
ordered 10 packs of party balloons, received 5
the product page says 6 speeds, the mixer I got has 3
the skincare box is missing the serum, only the cream and toner are inside
I ordered the left-hand golf glove and got a right-hand one
the phone arrived locked to a carrier, the listing said unlocked
this laptop has a German keyboard, I ordered the UK layout
the strawberry plants I ordered turned out to be tomato seedlings
you sent the 5 m extension cable, I ordered the 10 m
"""

DATA["return_refund"] = """
lost the packaging the kettle came in, does that stop me from returning it?
I don't want to open a dispute, I'd just like to return the earbuds for a refund
not an exchange, I want my money back for the jumpsuit
no need to swap sizes, I'm returning the wetsuit for a refund
does the 30-day return window start from delivery or from the order date? the desk arrived on the 5th
I haven't sent anything yet, I want to start a return for the cot mattress
delivery was so late that I don't need the costume anymore, I want to return it
it arrived after the party so I'd like a refund, the banners are unopened
before I ship anything back: can opened cosmetics be refunded at all?
could I get a refund without sending the dog bed back? it's too small and it's cheap
I bought the wrong printer, can I still return it if I opened the ink?
can my sister return the necklace I gave her with the gift receipt and get the money back?
refund instead of a replacement please, the second blender was broken too
I'll keep the scratched desk if you give me back part of the money, say 30%
are sale items final, or can I return the discounted swimsuit?
can I return a mattress that's been slept on for two nights?
i want return, not like it, the jewellery box
if I return one item from the bundle, do I get part of the price back?
I'd like to return the camera, it's too heavy for travelling
refund pls, the drill came 3 weeks late and I already bought another one
Dear Sir/Madam, I wish to exercise my right of withdrawal for order 33019 (robot vacuum) within the 14-day period.
can digital products be refunded? I bought the wrong e-book
the game code doesn't work in my region, I want my money back
you sent the wrong colour and I don't want the right one anymore, just refund me
the dress zip broke, I'm not interested in a repair, refund me
I've read the return policy, does it apply to orders from the outlet section?
the vitamins made my daughter sick, can we return the unopened bottles?
I'd like to return the sofa, it doesn't fit through our door
return my order plz, changed mind, 5 days since delivery, never used
where in the app do I ask for a return on the smart speaker?
no use for the keyboard piano anymore, still new in the box, can you take it back and refund me
can I return the bundle and keep the free gift?
I want refund for the school bag, my son doesn't like it
is there a restocking fee if I return the monitor?
since you don't have my size to exchange, I'll just take a refund for the coat
"""

DATA["exchange"] = """
it's already delivered so I know I can't change the order, but can I exchange the jeans for a 34?
I don't want a refund, just the same dress in blue instead of red
nothing wrong with what you sent, it's just too tight, can I get the next size up?
you sent what I ordered, my mistake on the size, can I swap the kids' sandals for size 28?
got it yesterday, can I trade the 42 mm watch for the 46 mm?
instead of returning the blazer, can I exchange it for the grey one?
the bra band is too loose, can I get a 32 instead of the 34 I received
exchange for a bigger size on the pyjamas please, my son is tall
the curtains arrived and they're too dark for the room, can I swap them for the beige ones?
I received the stud earrings, could I exchange them for the hoop version?
I received the rug in 120x170, can I exchange it for 160x230 and pay the difference
the ring I got is too tight, can I swap it for a size 7?
any way to swap the pink kids' helmet for a blue one? my son refuses to wear pink
change size please, received M, need S
exchange to a different colour, same model phone case pls
I got the gift in the wrong size, can my friend exchange it without the receipt?
I'd like to exchange the 9-12m baby bodysuits for 12-18m, unworn with tags
the swimsuit top is fine but the bottom is too big, can I exchange only the bottom?
can I swap the cycling gloves I got for XL?
Dear team, the trousers I received are too long. I would like to exchange them for the 30-inch leg length.
can i change my sneakers for another colour now that they've arrived
exchange possible? got the espresso cups in white, want black
it came today but it's a size too big, can I swap the coat for an M?
can I exchange the vitamins for the chewable version? the bottle is still sealed
i want exchange the dress size 12 for 10, i get it yesterday
the jacket fits but I don't like the colour in daylight, swap for black?
the mattress topper is too soft for me, can I swap it for the firm one
can I swap the guitar strings I received for the light gauge set? unopened
the plus size leggings came in 2X and I need 3X, exchange please
could I exchange the wedding shoes for half a size up, they pinch
we received the school uniform shirts, two are too small, can we exchange them for age 10
delivered and opened, but the phone case in purple looks odd with my phone, could I exchange it for the clear one
the drawer organiser is too wide for my drawer, can I swap it for the narrow size
the fitness band strap is too small for my wrist, swap it for the large strap please
I'd rather exchange than refund, the lamp shade I received in grey for the white one
"""

DATA["refund_status"] = """
your warehouse signed for my return on Tuesday, so where's the money?
I used your return label, the heater is back with you, when does the refund come?
the order was cancelled because you ran out of stock, when do I get my €45 back?
the dispute was closed in my favour but the money still hasn't come back to my card
you refunded the jacket but not the return postage you promised, when will that come?
I'm not asking to return it again, I already did, I'm asking where my refund is
refund approved 5 days ago, which day will I see it on my Visa?
I cancelled the order within an hour and I'm still waiting for the money back
has the refund for order 9981024 been sent yet? the speaker was returned
the return was accepted, the app says "refund processing", how much longer?
Good morning, my return of the baby carrier was received on 2 April. May I ask when the refund will be credited?
money back still not come, i send back the earphones long time ago
REFUND WHERE. RETURNED 3 WEEKS AGO.
GCash still shows no refund even though your email says it was sent
the refund of 180 PLN arrived but I paid 215 PLN, did you deduct something?
after the exchange fell through you said you'd refund me, is that done?
is the refund for the missing lego pieces on its way?
my return reached you, does the refund start automatically or do I need to ask?
has my refund gone out? the pillow return
when will the partial refund you agreed for the stained tablecloth be paid?
the refund status has said "waiting for seller" for 6 days
i opened no dispute, i just want to know when the refund is coming, order 33012
you said refund within 48 hours of the cancellation. 4 days later, nothing.
the PayPal refund shows "pending", when will it clear?
Sir my refund for the cancel order not reach my bank account, please check it
can you send proof that you refunded me? my bank can't see it
it's been two billing cycles and my credit card still doesn't show the refund for the cot
you agreed to give back the extra shipping you overcharged, when will it show in my account?
returned the lipstick set in store, how long before the refund hits my debit card
refund update? the dress went back through the drop-off point last week
still waiting for the refund on the items that were out of stock in my order
has the refund for the duplicate order been processed? I cancelled it straight away
the courier picked up my return of the air purifier 12 days ago, still no money
your agent said the refund went out on Friday, my Revolut shows nothing yet
I accepted the partial refund offer for the chipped plates, when will the 20 dollars arrive?
"""

DATA["return_shipping"] = """
will the return postage be taken out of my refund?
I'm fine with returning it, I just need to know where to post the lamp
for the exchange, do I have to pay to send the old size back?
refund is fine, but who covers the courier cost of sending the treadmill back?
can I drop the return at a DPD shop or only at the post office?
what address do I write on the return parcel for the kids' scooter?
the return label expired before I could use it, can I get a new one?
I'm in Canada, do I have to send the return to China or is there a local address?
does the free return label work from Ireland?
it was your warehouse's mix-up, so please email me a prepaid label rather than making me buy postage
no original packaging for the guitar, what kind of box do I need to ship it back safely?
can the courier collect the return from my office instead of my home?
the return label says "Returns Centre, Leeds" but your email says Manchester, which is right?
it costs ₱1,200 to send back the blender, can you pay that?
who pays to ship the exchange both ways?
where's the return address for my AliExpress return? the app doesn't show it
I sent the return by registered post, do you need the receipt to pay me back the postage?
do I need to print the label or can I show a QR code at the parcel locker?
your return instructions say "send by tracked mail", is normal mail not OK?
the desk is too heavy to post, who arranges the freight pickup for the return?
i want to send back but i dont know where, pls give address
do I put the return slip inside the box or stick it on the outside?
is the return pickup free for big appliances like the fridge?
Dear Customer Service, kindly provide a prepaid return label for order 40921 (defective headphones).
can I send the return back in a padded envelope instead of a box?
postage back to the UK costs more than the necklace, is there a cheaper way to send it?
can I return the perfume by post? the post office says no liquids by air
is it ok to ship the return with the battery still inside the drone?
the courier came for the return pickup but there was no label, what do I tell him?
returns are free? then why is the label charging me $6.99
which carrier should I use to send the return from Dubai
the return address is a PO box, can couriers even deliver there?
can I bring the return to your pop-up store instead of posting it?
do you pay the return shipping for exchanges or only for faulty items?
I stuck the wrong label on my return box by accident, will it still reach you?
"""

DATA["dispute"] = """
I opened a dispute asking for a full refund, please answer there, not here
I'm not just complaining, I've filed a claim with PayPal for the sofa
you offered a return in the dispute but I want to keep it with a partial refund, so I rejected it in the case
the dispute page says I must return the item first, is that right?
my bank chargeback for the drone went through, just letting you know
the AliExpress dispute timer is running out, are you going to accept it or not?
I'll withdraw the chargeback if you refund me here directly
how long does the platform take to decide once the dispute is escalated?
The Amazon A-to-z claim for order 112-4482 was granted, so please stop messaging me about it
can I open a dispute if tracking says delivered but the box was empty?
you asked me to close the dispute before you refund me, is that even allowed?
i raise the dispute on shopee because no answer from you 5 days
the eBay mediator asked for the tracking of my return, I've uploaded it to the case
my claim got declined, I'm appealing with new photos of the broken chair
I'm not leaving a review, I'm opening a case with the platform
I opened the dispute by accident, how do I cancel it?
your answer in the case says I damaged the laptop myself, I disagree and will escalate it
please upload your evidence in the dispute, the platform is waiting for you
if I open a dispute can I still get a replacement?
Dear seller, I have submitted a chargeback request to my card issuer regarding the transaction of $219.00 on 12 May.
can I reopen a closed Temu dispute? the replacement is broken too
dispute #DP-778120, still waiting for your reply in it
I'll give you 24 hours before I escalate the case to Mercado Libre
i dispute the charge with my bank now, you don't answer
the resolution centre says "seller has responded", what did you propose?
Klarna told me to open a dispute because the item never came, so I did
why did you ask AliExpress to reject my dispute? the watch stopped working
I filed a PayPal "significantly not as described" claim for the bag
the dispute says I have until tomorrow to ship the return, please confirm you'll accept it
should I close my dispute now that you agreed to refund?
my Etsy case was escalated and Etsy says you still haven't responded
do I need to open a dispute to use buyer protection or can you handle it?
no more talking here, I've taken it to the platform's resolution center
the chargeback on my Mastercard is under review, the bank will contact you for documents
the Lazada dispute closed automatically before I could add my video, how do I appeal
"""

DATA["complaint"] = """
I talked to a human and it was even worse than your bot, nobody knows anything
I'm telling everyone in my mum group to avoid this store
1 star would be too generous for your service
your delivery partner is a disgrace and so is your support
it's not about the money anymore, it's the way you talk to customers
three agents, three different answers, this shop is a circus
I'll be posting this whole chat on Reddit so people can see how you treat buyers
don't tell me "we understand your frustration" again, you clearly don't
I've bought 20 times from you and this is how you thank me? pathetic
what a terrible experience, from the website to the packaging to your replies
your bot is rude and your people are worse
you keep asking for photos, I've sent photos 4 times, this is ridiculous
The way your staff handled my wedding dress order was unprofessional and hurtful.
i will report this shop to the platform for lying about delivery times
absolutely no respect for customers 😡😡
USELESS SHOP USELESS STAFF
I'm sick of waiting and sick of your excuses
I am filing a complaint about this shop with the Consumer Council in Hong Kong
your phone line rings forever and no one picks up, shameful
every message I send gets the same canned reply, do you even read them?
this is the last time I buy anything here, I'm done
your courier threw my parcel over the fence and nobody in your company cares
you promised a call back yesterday and nobody called
I work in retail myself and I've never seen customer care this bad
Madam, your service is very poor, I am highly dissatisfied.
sort your shop out, it's embarrassing
u guys are a joke fr
I want to file a formal complaint about your agent Kevin, he was rude to me
the seller blocked me after I asked a simple question, that's outrageous
I'll give you the lowest rating possible and warn everyone on TikTok
I'm not asking for anything else, I just want you to know how disappointed I am
You charged me, ignored me, and now you tell me to wait more. Disgusting.
worst after-sales I've ever dealt with, and I've ordered from a lot of shops
fed up with being passed around from one person to the next
nobody apologised, nobody explained, nobody cared
"""

DATA["review"] = """
I left 1 star when the parcel was late, now that it's here can I bump it up to 5?
my negative review disappeared, did you delete it?
I was angry when I wrote that review, can I delete it now?
can I leave a review about the packaging separately from the product?
do 3-star reviews still get the cashback or only 5-star ones?
I want to add to my review that the seller was helpful
will my review be published even if it's negative? I want to be honest about the blender
the platform says my review breaks the guidelines because I mentioned the refund, what am I allowed to write?
how do I add a follow-up review after using the mattress for a month?
gave you 5 stars on Google, just so you know 🙂
review with photos done for the necklace, can you send the voucher now?
is it okay if my review mentions the delay? I still love the dress
I tapped 2 stars by accident on the phone case, I meant 5
can you hide my surname on the review I posted for the bra?
can I update my review with a picture of the kids using the slide?
the seller asked me to remove my bad review in exchange for a refund, is that allowed?
how many words does the review need to qualify for points?
the app won't let me submit my review, it just keeps loading
I want to leave 5 stars but the order vanished from the "to review" tab
Dear team, I would like to amend the feedback I left for order 88123, as the issue has since been resolved to my satisfaction.
I'll happily leave a positive review, where is the link?
will you see my review before it goes public?
can my husband review the drill from his account if I ordered it?
review reward not received, I posted 5 stars with a video for the camping stove last week
i want change my review to good now, seller help me
do you reply to negative reviews? I left one and want to know if you read it
I can only rate the product, not the shop service, where do I rate the shop?
my review is missing the "verified purchase" tag, I did buy it
do I have to write a review to get the free gift mentioned on the card?
left a 4 star review but honestly the lamp deserves 5, let me fix it
the photo upload for my review fails every time, the picture is 5 MB
my rating shows under the wrong colour variant of the product
can I write one review for all 6 items in the order, or one each?
left a 3-star review because of the smell, it's gone now, how do I edit it
my complaint was solved so I'd like to turn my 1-star review into a good one, how
"""

DATA["human_agent"] = """
I'm not angry, I just need a real person for a warranty question
are you a bot? if so, please pass me to a human
this isn't a complaint, I just need a staff member to look at my custom order
you're doing your best, bot, but I need a person for this one
nothing against you, but can I speak to a human about the refund?
how do I reach someone real? email? phone?
stop the automatic replies and connect me to an agent
human please, I need to explain my wheelchair measurements to someone
I need a live person, none of the return page options match my case
can a human call me back? I'm in Dubai, +971 50 123 4567
speak to a staff member pls
I need someone who speaks Portuguese, is there an agent?
get me a supervisor, not a template
talk to human now
is a real person reading this? if not, please get one
Could I be transferred to a human representative? The automated options do not cover my question.
i want speak with real agent for my order problem
can a person from the warehouse team contact me?
the bot misunderstood me three times, switch me to staff please
I'd like a human to check my photos, not an algorithm
agent, agent, AGENT
pls transfer to live support 🙏
who do I talk to at your shop? a real person
I've been waiting 20 minutes, please put a human on this chat
any humans online right now?
no more automated answers please, I want a human to reply
representative please, a real one
i need actual human customer service, the bot keeps saying "I didn't understand"
can I talk to a person in this chat instead of the menu
I want to talk to the shop owner directly
can Priya, the agent who helped me yesterday, take this chat?
connect me to a real human, I'm blind and the menu buttons don't work with my screen reader
Please let a staff member handle this, I'm not comfortable dealing with an AI here.
calm question, no rush: is there a human I could message about my wedding order?
"""

DATA["thanks_bye"] = """
thanks for the tracking number, that's all I needed
great, refund received, thank you! bye
ok I'll wait for the courier then, thanks
thanks for fixing my address, have a good day
goodnight and thanks
perfect, I'll leave a review later, thanks for everything
all clear on the return now, thank you, bye
that's everything, see you next order
no, nothing else, thanks
thank you, I'll let you know if the parcel doesn't show up
ok good to know, cheers
got the label, thanks 👍
thank you so much madam, god bless
thx a lot, bye now
okok thanks
brilliant, sorted. Ta!
appreciate the quick answer about the sizes, bye for now
Thanks for your patience with me today. Have a lovely weekend.
Thank you for the clarification. Best regards, Ahmed
alright then, talk later
cool cool thank u
no worries, thanks anyway
thank you, the dispute is closed now, have a good day
you've been very helpful, I'll definitely buy again
i understand now thank you
oh ok, that makes sense, thanks
bye 👋
salamat po, thank you
asante sana, bye
thank you dear, stay blessed
thanks, I'll place the order tonight
fine, thanks. I'll check the app later.
ok noted with thanks
kk ty ttyl
thank u for ur time
"""

DATA["other"] = """
I forgot which email my account is under, how do I recover it?
are you a bot or a human? just curious
we're a courier company in Lagos and want to deliver for your shop
do you sell wholesale to other shops in Kenya?
is there a job opening in your customer service team?
can I change my account password from the app?
what does your shop name mean?
how old are you lol
can I have your personal Instagram?
I want to sell my own products on your website, how?
what's the time difference between you and Toronto?
1234567890
asdfgh jkl
test test
do you know a good tailor in Manchester?
sorry ignore that, meant for whatsapp
how do I unlink my Facebook login from my account?
can you recommend a good movie for tonight?
what's the price of bitcoin today?
I'm doing a school project about online shopping, can I ask you a few questions?
my two-factor code goes to my old number so I can't log in
is your company listed on the stock exchange?
can you make an account for my grandma?
not buying anything, just wanted to say your cat logo is cute
Hello, I am a sourcing agent and would like to discuss supplying your store with LED lamps.
do you sponsor amateur football teams?
can I use your product photos on my blog?
lol no
what is the meaning of life
please stop sending me SMS ads
someone changed my account password and it wasn't me
how many people work at your shop?
can you help me with my maths homework?
do you save these chats somewhere? just wondering
my cat walked on the keyboard sorry
"""
