"""Hand-written English buyer messages, round-2 wide set B (18 in-sale/after-sale/other intents; chat-transcript shapes)."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["payment"] = """
and with paypal? the card one failed again
ok so if klarna isn't possible, is there another way to pay the helmet in parts
hi good evening, I want to pay for the motorbike exhaust but the page says "transaction could not be authorised", what to do
your bot said i can pay cash on delivery but checkout doesnt show that option
it says "payment under risk review" for 2 days now on my aquarium filter order
Kindly I am from Karachi, my debit card is not going through for the 3d printer nozzles, is there other method like easypaisa or jazzcash
mpesa possible? nairobi here
Hello respected, I am doing payment of the wheelchair cushion but it is showing amount deducted and order not confirmed. Please do the needful.
same problem on the second order, also declined
I want to buy the smart door lock but my card is rejected. I tried three times. Please tell which card works
the app shows "pay within 23:59:12" but when I press pay nothing happens
thanks for the info earlier. one more thing, can the solar panel kit be paid in 6 monthly payments
my gift card balance is not applying at checkout for the sewing machine, it just shows the full price to pay
can i use two gift cards on one order
how i pay from uzbekistan, visa not accepted here
Good day, I wish to make the payment for the wedding table runners by bank transfer. Kindly send the account details.
i sent the money by mobile transfer for the rosary beads, screenshot attached, pls confirm you received
apple pay not working on my iphone, stuck on "processing" forever
my card is a saudi mada card, is it accepted
For the school uniforms I want to pay half now and half when it arrives, is it ok
it charged me $84.20 but the cart said $79.90 for the coffee beans, why the difference
why my payment declined, card has money. its for the contact lenses
Payment is not wanting to pass, the bank says all is fine, how I make it pass?
tried to pay 3 times for the lace front wig, every time error "do not honor"
still no?? payment still failing for me
the page asks for a billing zip code but in UAE we dont have zip code so i cannot pay
Is there any extra charge if I pay with my Mastercard from Poland in zloty
we are a parish ordering 40 altar candles, can we pay by cheque
hi yes so I was trying to pay for the car seat covers and it keeps kicking me back to the cart page and then it says my session expired so how do I actually pay
money gone from my gcash but the nail polish order still says awaiting payment
can my brother pay for my order with his card in dubai, i am in cairo
your system say "card issuer not supported" what it means
bought the game gift card and the bank shows I was charged two times
can our company pay on 30-day terms instead of by card for the 12 orthopaedic office chairs
the payment link you sent expired before i could pay for the bridal veil, can you send a new one
After paying for the tea it went back to "unpaid". Did my money go through or should I pay again
pls can I pay in naira, the dollar conversion on my card is too much
im in the philippines, is cod available for the reading glasses
Payment is fail. Card is Monobank Ukraine. What other way you have
ok and crypto? i have no card here
"""

DATA["modify_order"] = """
and make the second one black too please, before you send
same change for the XL in my order, make it XXL before it ships
oh and the address, it's apartment 12 not 21, order still processing
Hi thanks for confirming the order. Actually I need the brake pads for the 2018 model, not 2016, it is not shipped yet right
Order AE-30912 pls change the motorcycle chain from 520 to 428 before packing
I made order for maternity jeans size M, please do change to L, still not shipped
your system said 'address cannot be edited after payment', so can you edit it for me? new pin code is 110016
please add two spare 0.4 nozzles to my 3d printer order, same package
the favours must be engraved "Aisha & Omar 12.10" not "12.01", please correct it before you make them
change the prescription on my contact lens order, left eye is -2.75 not -2.25, you haven't sent it yet
on the school uniform order please change the 2 shirts from age 8 to age 9, haven't shipped yet
take the tank heater out of my order but keep the filter, it's not dispatched
Kindly change the delivery address to my office in Ikeja, the order is still processing
please keep my order and don't send it before the 5th, nobody will be at home until then
I want to make the change of colour of the wig from natural black to the brown 4#, the order still not go out
plz change the curl pattern in my hair extension order to body wave before you pack it
hey so I just ordered the smart bulbs the four pack but I actually meant the eight pack can you switch that before it ships I'll pay the difference
combine my 3 nail supply orders into one parcel please, same address
add gift message to my order pls: "Eid Mubarak, love Sara"
change the recipient phone to +254 712 345 678 on my order, the courier will call that one
the town is Cluj-Napoca not Cluj, street nr 14, please correct it on the order before sending
i typed the Bengaluru pin wrong, it is 560034 pls change it
could you switch my delivery to the pickup point instead, it's still not shipped
upgrade the shipping on my unshipped order to express, i'll pay the extra
ordered the plus size dress in 3X but i want 4X, is it too late to change? not shipped
change the coffee pods flavour from vanilla to hazelnut on my order pls
please add the assembly service to my wardrobe order before it ships
need to switch the frame colour on my glasses order to tortoise it hasnt shipped
i think i ordered the left knee brace, i need the right one, pls change before dispatch
Dear Sir, I would be grateful if you could amend the quantity of rosaries in order 220193 from 10 to 25. I am happy to pay the balance.
pls put a note on my order: call before delivery, the gate is locked
the name on the order is my username, please put my real name Gulnara Akhmetova for customs
changed my mind on the fabric bundle colour, blue not pink, it is still in processing
my order has the 12V solar charge controller, can you change it to the 24V one before it goes
Salam, I want to change the address of my order to Riyadh, Al Olaya district, the order is not shipped
pls modify the first communion dress from size 10 to 12, you didn't send yet
wrong generation selected 🤦‍♀️ its the 5th gen smart speaker not the 4th, pls change before sending
Put both my orders in one box please, 88120 and 88127, to save shipping
can i change the PLA filament spool from white to grey? just ordered
add 1 more bag of the same fish food to my unshipped order, i will pay by link
"""

DATA["cancel_order"] = """
ok then cancel it
in that case pls just cancel the order
if it's not shipped yet then cancel, if it's already gone never mind
Hi, thank you for your reply. Since the headlight will take 3 weeks to ship, I'd rather cancel the order.
your bot said I can cancel within 1 hour, it's been 40 min, please cancel order 55710
kindly cancel my order for the orthopaedic insoles, my doctor gave me different ones
cancel the aquarium order please, my fish died 😢
cancel the 3d printer hotend pls, found it at a local shop
Please to make the cancellation of my order, I not need more the product
Abeg cancel that order for me, I no longer need the wig
Dear Team, Kindly be informed that I wish to cancel order no. 4400192871 placed on 3rd March for the school uniforms, as the school has changed the supplier.
we called off the wedding, please cancel the decorations order 😔
dont process the tea order, cancel it pls, i used the wrong account
how do i cancel a gift card order that hasn't been delivered to the email yet
cancel the eyeglasses order, I entered the wrong prescription and would rather order again from scratch
hi yes so I ordered the smart thermostat this morning but then I found out it doesn't work with my boiler so can you cancel that whole order please
cancel the order and give me my money back, it's not shipped
i don't want to wait until the 30th for the maternity pillow, cancel it
plz cancl my ordr
the listing said in stock and now you say 2 weeks? then cancel
I want cancel only the blue nail gel from my order, the rest is ok
please confirm the cancellation of 77881 went through, i don't want it shipped
cancel the solar generator order, i don't need it anymore
Sir pls cancel my order I mistakenly ordered the car mats two times
cancel order #A-22019, the statue of Mary, my mum already bought one
can you cancel it and I reorder with the coupon?
i'd like to call off my order for the sewing machine
stop the order, my sister will buy it for me instead
Kindly cancel my order of the wheelchair, my father does not need it anymore
what's the cancel deadline on preorders? i want out of the controller preorder
cancel pls 🙏 my kid ordered it
so can i cancel or not
Good morning. Due to a change in our event date, we must cancel our order of 200 balloons. Please confirm.
The order for the bike helmet, I need it cancelled, not delayed
I pressed cancel in the app and it says "seller is shipping, cannot cancel", can you cancel it from your side
please cancel my coffee subscription order, i don't want next month's box
ya cancel it
Please annul my order, I have done a mistake in it
no longer want the grow lights, cancel before dispatch please
cancel my order of the prayer mats, i will order from a shop near me
"""

DATA["ship_time"] = """
and the other one? when do you send the black one
ok so when then
what about the helmet, also not sent yet? when will it go
it says "awaiting shipment" since monday, when will you send the car stereo
your message said 'ships in 3-5 business days', it's day 6 now for my orthopaedic pillow, when do you send it
I need it before the 20th and it's already paid, can you dispatch tomorrow
paid for the wedding cake toppers, the wedding is next saturday, please tell me the dispatch date
Kindly inform when you will dispatch the school uniform order, term starts Monday
When you will send my goods? Already I pay 4 days.
ship it today pls i beg u, i paid for the aquarium co2 kit
seller, when dispatch? waiting 5 days. order 2023118844
Hello, I ordered the 3D printer bed on 2 May and it still shows 'to be shipped'. Do you have an estimate for when it will leave your warehouse?
any date yet for sending my prayer mat order
has the custom wig been made yet? when will it ship, i paid for the custom colour
my contacts order is still being processed. when will it ship? I run out next week
still not shipped. when?
Its been long since i paid, pls when will you ship my solar lamps to Kano
ur team said "we will ship after Chinese New Year", which date exactly
my preorder for the nail lamp is paid, when does the next batch go out
will you post the dates and tea before friday? i paid last night
is it normal 7 days no dispatch? when it go
please tell me the ship date of the engine mount, my mechanic is waiting
i paid for same day dispatch and its still sitting there, send it out
no tracking number was generated yet so I guess it's not sent, when will it go out
hi thanks for the quick answer before. so my order, when will it actually leave? I paid yesterday for the maternity dress
what day will you post the sewing patterns, paid already
when will you send? I paid Rs. 3,450 on the 12th
not shipped still? when are you dispatching my bookcase
still "processing"... when will you send the brake discs
I'd like to know the expected dispatch date for order #58120 (smart plugs x4).
ok but when will you ship it, i'm not asking when it arrives
paid with mpesa, please send my order out this week
when will you post the church candles order, we need them for the Easter service
bro when will my order be shipped, i paid yesterday itself
9 days processing, u guys gonna ship my eyeglasses or what
how long until you dispatch my custom printed banners, i approved the proof yesterday
the first item was shipped but the filter not, what's the dispatch date for it
my package is at 'seller packing' for 4 days, when do you hand it over to the courier
will the coffee grinder go out before your holiday closure? it's paid
waiting for dispatch... any day now?
"""

DATA["order_status"] = """
and the second parcel, where is that one
same question for order 2, the tyres, where are they now
it says 'pending clearance' for 5 days in Riyadh, what does it mean
the tracking page says "arrived at destination country" since the 3rd, any news
the tracking you gave shows Almaty but i am in Astana, is that my parcel
where is my brake caliper order now, the mechanic keeps asking me
my parcel with the hearing aid batteries, where is it at the moment
Please tell me the current location of my package, it is the aquarium pump
tracking status 'exception' for my solar panel, what happened
package says 'in transit to next facility' for a week, can you check with the carrier
hi again, any update on where the wig is
has the 3d printer left china yet
what does 'handed over to airline' mean, when will it be in Nairobi
track pls 8812093311
Kindly share the AWB number for my shipment
the app shows 'out for delivery' since morning, is the driver still coming today
tracking says it's at the local hub in Cebu, can you tell me who has it now
Where my parcel is now? Tracking not change from 3 days.
status?
it says 'returned to sorting centre', what does that mean for my wedding dress
Good afternoon, I would be grateful for an update on the delivery progress of my order 66120-B (maternity leggings). The tracking link does not load.
my order shows shipped but which courier has it in Poland, InPost or DPD
the tracking went from Lima back to Miami?? where is it now
Is my parcel with Pakistan Post now? TCS website says nothing
bro check my tracking, the smart doorbell one
any idea where the shipment is, LP00123456789 only shows 'accepted'
what is 'awaiting customs duty payment' on my tracking
can you please tell me where the box of sewing threads is right now
is it in kenya already or still in the dubai transit
my nephew needs the uniform on monday, where is the parcel now?
tracking shows 'delivery rescheduled', rescheduled to when
your email said it's shipped but the tracking link is broken, where is it
where's it at
it's been in 'customs inspection' in Lagos for 2 weeks now, any update from your side?
the shipping status of the tea order please
check status order AE-70331, ty
what about the charger, is it in the same parcel or a separate tracking?
the tracking says 'attempted delivery - business closed' but it's my house, where is it now
the tracking is in Russian "прибыло в место вручения", what does it mean for my parcel
Tracking shows it's in the Dubai hub. How many more days approximately till Karachi?
"""

DATA["not_received"] = """
the app says "Your parcel was delivered, signed by: FRONT DOOR". There is no parcel at my front door.
my gift card code never came to my email, i paid 2 days ago
it was supposed to be here yesterday for the wedding, nothing came
the exhaust never reached me, tracking says delivered in another town
I have been waiting 45 days for the orthopaedic brace and still have not got it
Sir kindly note I have not received my parcel till date, order 7823001
the courier marked 'customer refused' but I never refused anything and I don't have it
dispatched 2 months ago and no parcel, no update, nothing
never arrived. 60 days.
my neighbours got their orders from you. I didn't get mine, the aquarium heater
The parcel was delivered to a pickup point I've never heard of and they say they don't have it
Delivery date was 'by 15 March'. It's 2 April. No package.
It says delivered in Nairobi but I'm in Mombasa, I have not received it
tracking stopped in Warsaw 3 weeks ago and it never came to me
the school uniforms never arrived and school already started
I waited at home all day, tracking says delivered 14:32, nobody came
it was due 3 weeks ago, i think the brake kit is lost
didn't get my contact lenses yet and i'm running out, it was due last week
My order for the 3D printer resin is marked as delivered but I received nothing. Please help.
The package is not arrive to me until now, the time is passed a lot
Abeg my parcel never reach me, na 5 weeks now
parcel lost? nothing for 50 days, the candles for the church
no sign of the parcel, estimated delivery was last friday
I checked with the concierge, the neighbours and the post office. No package anywhere.
tracking says delivered but I was in hospital that week and nobody was home, so who got it?
Apparently it was given to 'RELATIVE' but I live alone and got nothing
courier says he left it in the garden 😒 no garden, no parcel
I paid for express and it's a week late, still not here
Got the email "your order has been delivered!" No it hasn't.
the download link for the sewing pattern pdf never came after payment
hello, it's been 25 working days and my coffee machine has not come
not delivered yet the brake pads, the delivery promise date passed
I'm starting to think the parcel is lost forever. It was due before Diwali.
tracking shows 'delivered to locker 12' at the mall but the locker was empty when I opened it with the code
still haven't got it
the maternity dress never came and now I'm too big for it 😭
the app says 'completed' but I never got the prayer beads
Over a month, no package, no reply from the post. Order #10988.
i didnt get any package for the smart lock order, status says delivered
wedding veil ordered for the 14th, the day passed, veil never showed up
"""

DATA["quality_issue"] = """
and the second one is also cracked
same problem with the other headlight, water inside it
the aquarium came with a crack along the bottom glass, it's leaking on my floor
the 3d printer hotend doesn't heat past 150°C
the velcro on the knee brace came off after 3 days
the smart plug won't connect to wifi at all, i've reset it 10 times
solar panel gives 2 volts in full sun, it's dead
the sewing machine needle keeps jamming and the motor smells burnt
the wedding dress arrived with a big stain on the skirt and loose beads
the Ganesh statue came broken, the hand snapped off inside the box
the school blazer buttons fell off in the first week
the lens of the glasses has a scratch right in the middle
the wig sheds so much, handfuls after the first wash
nail lamp stopped working after 2 uses
the tea tin was dented and the seal broken, tea smells musty
the coffee beans taste rancid and the bag was puffed up
the bookcase panel split when I put the screw in, the wood crumbles
Thank you for the fast delivery. Unfortunately the motorbike mirror arm is cracked at the base. What can you do?
The seller said "brand new, tested" but the car stereo gives no sound from the left speakers
The product is coming damaged, the glass is in pieces broken
fish tank filter rattles and stops after 10 minutes
the power station won't charge past 30%
maternity leggings have a hole in the seam already
the hair extensions are matted and tangled straight out of the pack
the outer box was soaked and the honey jar inside had shattered
filament spool is brittle, snaps every few cm
half of the 24 LED candles don't light at all, the rest flicker and die
the crutch adjustment button is stuck and it won't lock
the tyre inflator blew a fuse on first use
the smart bulb buzzes and flashes on its own
Dear Sir/Madam, I write to inform you that the contact lens solution bottle had leaked inside the parcel and two lens blisters were torn open.
broke already 😤 the zip on the plus size coat
this thing is faulty, the doorbell camera picture is all purple
the e-book file won't open, it says corrupted
the sofa leg screw thread is stripped, can't attach it
one of the links on the rosary broke and the beads are falling off
the bike brake lever snapped on the first ride
it's the right model but it won't power on at all
the glue gun leaks glue from the back and burned my finger
the orthopaedic shoes came with dirt on the soles and worn insoles, they've clearly been used
"""

DATA["wrong_item"] = """
this is not the motorbike chain I ordered, it's a 428 and I bought the 520
the lenses are -1.50 but the prescription in my order was -2.50
got a left knee brace, i ordered the right one
the wig is 14 inch, I paid for 22 inch
the 3d printer kit came without the power supply
the fittings bag has no cam locks at all, can't build the wardrobe
the screws for the bed frame are the wrong size, they don't fit the holes
It's a 100W panel, the listing clearly says 200W
this is green tea, I ordered oolong
I received 50 wedding favour boxes, the order was for 150
the school polo has the wrong school logo on it
Received a plus size 18 instead of the 24 I ordered
the smart bulbs are E14, I ordered E27
the aquarium light came without the mounting brackets shown in the photos
the nail kit has no top coat and no UV lamp like in the picture
Product coming is not same of the photo, it is other model
this isn't the Quran stand I ordered, this one is plastic and the listing said solid wood
these brake pads are rear, i selected front
Hello, thanks for the quick shipping! However, the sewing machine box contained a hand mixer. Can you check what happened?
the parcel had someone else's prescription glasses in it, not mine
the coffee is ground, I bought whole beans
the gift card you sent is for the US store, I ordered the UK one
the dress you sent is a maternity dress, I didn't order maternity
the colour is right but the fabric isn't, listed as 100% cotton and it's polyester
the car seat cover set is for 5 seats, I ordered the 7 seat one
the pack has 6 bulbs not 10 as in the title
I got 1.75mm filament and my printer takes 2.85mm
this parcel is addressed to somebody in Mombasa, it's not my order
no pump in the box, only the tubing, so the fountain is useless
the medal engraving says St. Jude, I ordered St. Christopher
you sent the boys' uniform trousers, I ordered the girls' ones
packing slip says 3 yoga mats but the box has 2
the valve caps are chrome, I bought the black ones
Dear seller, the contents of parcel #10771 do not match my order: I received a lamp shade, while I purchased a ceiling fan remote.
the hair extensions are clip-in but I ordered tape-in
the office chair is missing one armrest and the bolts for it
thats not my order bro, it's baby shoes
you shipped last year's model, the listing says 2024 version
the box of dates is 500g, the listing said 1kg
I received the contact lens solution but not the lenses themselves
"""

DATA["return_refund"] = """
ok and if it doesn't fit can I return it
same for the other one, i want to return that too
I want to send back the knee scooter, my leg healed and we don't need it anymore. Refund please
is the return window 30 days for contact lenses if the boxes are unopened
I'm not keeping the wig, it looks nothing like me on. Can I get my money back?
your return policy says 'hygiene items non-returnable', does that include the nail drill
the wedding was cancelled, can I return the unused decorations for a refund
the tea is still sealed, can it be returned
Thank you for your help. I still would like to return the 3D printer, it's too loud for my flat.
Kindly process refund for the smart camera, it does not suit my needs
I wish to give back the product and receive back my money
the school uniforms are too big, can we return them for a refund, not an exchange
if I return the maternity dress do I get the full amount or only store credit
app says 'return request rejected: outside return window' but it's only day 10, please accept my return
the statue is fine but not what I expected, is a return possible
I'd like a partial refund for the missing screws rather than waiting for new ones
give me my money back, the aquarium leaks and I don't want another one
can i return opened brake pads? they don't fit my bike
I bought the wrong spark plugs, can I still return them if the box is opened
we bought 300 party cups and only used 100, can we return the rest
Hi, I received the orthopaedic pillow 2 days ago and it is too firm for my neck. I'd like to return it and get a refund, please advise.
what's your returns policy for furniture that's already been assembled
return this please. not for me.
the prescription glasses frame is too big on my face, can I return them
my daughter refuses to wear the school shoes, they're unworn, refund?
Sir, product is not good for me. Want to return and take refund in my bank
the platform gives me 'refund only' or 'return and refund', which should I pick for the cracked bowl
does the 14-day cooling-off period apply to custom embroidered items
nah i just want a refund
changed my mind, the sewing machine is too complicated for me, can I return it within the 30 days
refund please, the plus size jeans are too small even in 3X and there's no bigger size
Can I return a lamp I already assembled? The colour doesn't work in my room
honestly it's a $4 part, just refund it and I'll throw it away
Please raise a return for items 2 and 3 of order 55091, I keep the rest
I'm within the 7 days, the smart watch strap gives me a rash, I want to return it
can I have a refund instead of the replacement you offered
are gift cards refundable? i bought the wrong amount
want to return the dining table, it doesn't fit through my door, how do i start
the blender is fine but i found it cheaper locally, can i still return it for a refund
bought 2 sizes of the abaya to try, i want to return the one that doesn't fit and get that money back
"""

DATA["exchange"] = """
and in black? can I swap mine for the black one
same for the XL, swap it for an L please
the maternity top is already tight over the bump, can I exchange it for the next size
I chose -1.75 by my own mistake, can I exchange the lenses for -2.00? boxes unopened
the wig cap is too small, can i exchange it for the large cap size
received the school trousers in age 10, can I exchange them for age 11
the knee brace in M is loose, swap for S please
the wedding shoes pinch, can I exchange them for half a size up
Can the glasses frame be exchanged for the black one? The gold doesn't suit my face
the tea set came in blue as I ordered, but I'd prefer to exchange it for the green one
the motorcycle gloves arrived, too tight, please exchange to XL
Good evening. The plus size swimsuit I received fits well on the bottom but the top is small. Could I exchange just the top for a size 22?
I don't want a refund, I want to exchange the helmet visor for the tinted one
can i exchange the unopened nail polish for a different shade
Is possible to make change of the size, the shoes is small for my foot
my daughter wants the pink one instead of the purple, she opened it but didn't use it. swap?
the sheet elastic doesn't reach over my deep mattress, can I swap it for the deep-pocket version
can i exchange my 2 kg dumbbells for the 4 kg ones? unused
is it possible to swap the 20 inch extensions for 24, I'll pay the difference
exchange size pls 🙏 42 to 44
the abaya is long on me, exchange for the 54 length?
the sports bra band is loose, can I exchange for a smaller band
instead of a refund can I exchange the drill for the cordless model and pay the extra
Can I swap the coffee grinder for the black version? received it today, still in the box
the ring size 8 is loose after all, exchange for 7.5 possible?
how does an exchange work? the uniform blazer I got is a size too small
hi, thanks for the quick delivery 😊 the kids' costume is too short though, can I exchange it for 7-8 years
I need to exchange the phone case for the 15 Pro one, I picked the wrong model myself
exchange it for the beige one then
my husband's scrubs are tight, can he swap to L
I'd like to exchange the chair cushions I received for grey, they clash with my table
the wall clock is too small for my wall, exchange for the 60cm one?
need to switch the jacket I got for a bigger size, it's snug
the car mats fit fine, but can I swap them for the rubber ones instead of the carpet ones
is exchange allowed on sale items? the dress is too small
Kindly arrange exchange of the kurta set, size L to XL
I received the lehenga and the blouse is too tight, exchange for a bigger size please
exchange or not? the slippers are small
The aquarium stand arrived in white, but my living room is dark wood. May I exchange it for the walnut finish?
swap my size 6 shoes for 6.5, got them yesterday
"""

DATA["refund_status"] = """
and the refund?
ok and when does the money come back then
the app shows 'refund rejected', why? I sent the item back
it says 'refund successful' since monday but my GCash balance is the same
My return was received by your warehouse on 3rd June. Why is the refund still 'pending'?
hello, 15 days passed and no refund for the cancelled wig order
refund of KES 4,500 for the solar lamp not received on mpesa
Please, where is my money back for the 3D printer? It is now 3 weeks after the return arrived.
your email said 'refund will be processed within 5-7 days'. It is day 12.
why is the refund $42 when I paid $55 for the sewing kit
has the partial refund for the scratched mirror been sent?
The refund of money, when it will come to my card? Already long time
i've been waiting since last month for my money for the contact lenses
My bank (HDFC) says no credit received, please confirm the refund was initiated
the platform shows the refund as 'approved by seller', how long until it's with me
still no refund 😩 order 9912-330
Dear Sir, the cancellation of order 4400193 was confirmed on 2 May. Kindly advise when the refund will be credited.
any progress on the refund for the broken aquarium?
You told me the refund was done on Friday. My Revolut shows nothing.
did you get the school uniforms I returned, and when is the money coming?
when will the refund hit my account, it's for the smart lock
refund??
your warehouse signed for my box on the 4th and I've had nothing back since
my refund is stuck on 'processing' in the app, can you push it
How long do refunds to a Mastercard in Poland usually take? Yours was approved on Tuesday.
i cancelled the tea order before it shipped, where's my refund
the refund went to my old card which is closed now, what happens to the money
Still waiting on the 2,300 PKR back for the cancelled nail set
bro the refund
Thank you for approving the return. Could you please tell me when I can expect the refund on my Visa?
I got the email "Refund of $18.99 has been issued", how many days until it appears
where's the refund for the missing part you promised last week?
the money for the returned car stereo, when
the refund for my wedding dress return is overdue
has my refund been processed yet? I returned the crutches two weeks ago
refund not showing in PayPal, it's been 6 days
do I get the refund after you inspect the item or is it already sent?
I got the refund for the lamp but not for the shipping I paid, is that still coming?
can you check whether the refund for the e-book was sent? nothing in my account
money for the cancelled motorbike battery not back yet, it's been 10 days
"""

DATA["return_shipping"] = """
and where do I send it?
same address for the second return?
The return label costs me €18, but the lamp was broken on arrival. I expect you to cover it.
how do I send back a wheelchair? it doesn't fit in any box
the return address on the label is in China, posting it there will cost me more than the item
can I drop the return at a Pargo point in Johannesburg?
do I need to drain the aquarium pump and pack it in the original box to return it
is there a prepaid label for returns from Kenya
I've packed the 3D printer for return, who will collect it and when
the courier wants 25 dollars to send the return to your warehouse, will you reimburse me
the return label you emailed says 'invalid' at the post office
can i send the return with Pakistan Post or do I need TCS
Return address please for the uniform exchange
Do I send the opened lens boxes back too or only the unopened ones
Kindly arrange the reverse pickup for my order, Bangalore 560076
reverse pickup didn't come today, when will the courier come to collect it
the post office says my return is over the label weight, who pays the extra?
For to return the product, which address I must send and who pay the transport?
where I post back the wedding dress? it's heavy, is there a pickup
the wardrobe is already assembled, do I have to take it apart to send it back
do you accept returns sent via DHL or only by post
I'm in Dubai now, do I have to ship it back to the UK warehouse myself
return shipping cost, me or you? the solar panel is 12kg
Your agent promised to send a return label on Monday. Still nothing in my inbox.
for the exchange, do I send the old one first or do you send the new one first
is return shipping free if the item is faulty? the lamp flickers
can the courier that brings the new one take the old one back at the same time
is it OK to send the return in a plain envelope? I threw away the box
Thanks for accepting my return. Could you please tell me the address and whether I should use tracked shipping?
label? for the return
Can you send a Jumia courier to pick up the return in Abuja
who pays the return freight on the sofa, it was damaged in delivery
I don't have a printer, can the return label be a QR code on my phone
return parcel goes to which warehouse, US or China? the app shows both
I need to ship back two pieces from different orders, can I put them in one box
the return instructions say 'ship to the address on the invoice' but there's no address on it
ok i'll return it. what do i write on the box?
what's the return address in Poland? I'd rather not send it to China
can i use a drop-off locker for the return or do i have to go to the post office
the sewing machine weighs 9 kg, is there a cheaper way you arrange the return pickup
"""

DATA["dispute"] = """
and the dispute? will you answer it today
the app says 'dispute escalated to AliExpress, awaiting decision', do you need anything from me
I opened a 'not as described' dispute for the solar panel, please check the photos I uploaded there
Your offer of 30% in the dispute is too low, I'm rejecting it
If you refund me now I will cancel the dispute
Kindly note I have raised a claim on Jumia for the missing wig.
I am opening the dispute in the platform because the seller is not making the refund
the dispute deadline shows 2 days 4 hours, please respond with your proposal
I disputed the $129 charge with Amex, they will contact you
Please stop asking me to close the dispute before I receive the refund.
I've submitted the video evidence in the case, the aquarium was cracked on arrival
Mercado Libre opened a reclamo for me, please answer it there
dispute for order 8800231: you ignored it, so now the platform will decide
chargeback
my bank says the merchant contested the chargeback. Why? I never got the goods
Hi, the dispute for the 3D printer is still open, do you want to offer a refund there or should I escalate?
Will opening a dispute affect my account? the brake discs never came
I'm the buyer in case #DS-22019, I reject your proposal and ask for a full refund
i reported the charge to my credit card company as unauthorised, they opened an investigation
The claim on Shopee was decided in my favour, please don't appeal
I'll accept the 50% offer in the case if you add a return label
how do I escalate the dispute to the platform? you haven't replied in 3 days
I've filed a Klarna dispute for the cot, they paused my payments
dispute opened. reason: counterfeit lenses.
I want to close the dispute now, the replacement arrived, thanks
Formal notice: I have initiated a chargeback through my card issuer regarding order #10551 due to non-delivery.
the platform mediator asked both of us to upload photos, I've done mine
open dispute how
your response in the dispute says 'buyer damaged the item', that's a lie, I will appeal
can I open a dispute for only the missing parts and not the whole order
Uploaded the unboxing video to the AliExpress dispute, check pls
the arbitration came back, Noon refunded me, I'm closing the case on my side
is it true the dispute closes automatically if I don't reply in 7 days?
the card company needs your reply to the chargeback by Friday
I escalated the claim to Daraz customer protection
I am in an A-to-z claim with you on Amazon, please respond to it
the dispute page shows 'seller proposed: return for refund', how do i accept that
my case number is 5098-221, the platform asked you for the tracking proof
if I open the claim on PayPal now, will you still be able to send the replacement
you asked me to cancel the dispute and promised a refund, the money never came, so I reopened it
"""

DATA["complaint"] = """
and you call this customer service?
same story every time with your shop, nobody ever takes responsibility
Your bot said 'an agent will contact you in 24 hours'. That was 5 days ago. Disgraceful.
I have sent 4 emails and got only automatic replies. This is not how you treat customers.
the girl on chat closed my conversation twice without a word, so rude
Honestly the worst shopping experience I've had. Slow, rude and no one takes responsibility.
I am going to report you to the consumer court, this is cheating
Your service is very bad to me, I am much disappointed of the shop
you people are wasting my time, I am very annoyed
I'll make a TikTok about how your store treats buyers
1 star coming your way, you earned it
Will never buy again and I will tell my whole church group about this shop.
The agent called me 'dear' and then ignored me for an hour. So unprofessional.
every answer is 'please wait'. Wait for what??
I paid extra for your 'VIP support' and nobody ever picks up
am i talking to a wall here? 3 days no answer
Shame on you for selling to pregnant women and then ignoring them when there's a problem
I'm reporting this shop to the FIA cyber crime wing
absolutely disgusted with the way our wedding order was handled, you ruined the day
this is harassment, stop spamming me with messages every hour
ridiculous. three transfers, three agents, nothing solved
you reply fast when it's about paying, never when there's a problem
Worst. Seller. Ever.
I'm filing a complaint with the Better Business Bureau
I feel cheated and ignored, this is not what your ads promised
I'm a wheelchair user and your team was unbelievably dismissive when I explained my needs
your so-called 24/7 support is closed every time I write
All I get are copy-paste sorry messages. Sorry doesn't fix anything.
Disappointed is an understatement.
your courier and your staff just blame each other, pathetic service
I will write to the platform about the way your agent spoke to me
very bad attitude from your side, I didn't expect this from a big shop
going to post in our Nairobi buy and sell group so nobody else gets burned by this shop
Your customer service is a joke and you know it
I'm done being polite, this service is a disgrace
I waited in the queue 47 minutes just to be told to wait more, unbelievable
i swear this is the most useless shop i ever dealt with
The representative laughed at my question. That's disrespectful.
you promise and promise and never do anything you say
Dear Sirs, I am deeply dissatisfied that my messages about the cracked tiles have been ignored for three weeks.
"""

DATA["review"] = """
and the review? do I still need to post it to get the coupon
since the replacement came I want to raise my stars from 2 to 5, which screen is it on
your message said 'leave 5 stars and get 10% back', how do I claim that
I can't find where to review the wig, the app only shows 'buy again'
Review posted for the aquarium light with photos 👍
Is it ok if I mention the slow delivery in my review? The product itself is great
How do I review the furniture assembly service separately from the wardrobe
Want to leave feedback for the agent Maria who helped me, how?
Hello, I am happy with the 3D printer. Where do I give the stars?
I want to put the good opinion for the product, where I make it?
the 'Write a review' link takes me to a 404 page
i'm going to give you 5 stars, the tea is amazing
the review reward coupon, is it applied automatically or do I need a code
my 4-star review still says 'pending moderation' after 5 days
Just gave you a glowing review on Google Maps, thanks for everything
I rated the product 5 but accidentally rated the shipping 1, can I fix it
can I still give feedback, the order is from January
I'd like to leave an honest neutral review. Will you still send the gift?
the review screen keeps asking for an order number, where do I find it
your colleague asked for feedback, done ✔
review left on Jumia for the solar lamp 🌞
is writing a review required to activate the warranty?
I'll post the review after the wedding, when I see how the decorations look
Why can't I review? it says 'order not eligible'
Would you mind if I tag your shop in my Instagram review of the lashes?
I left 3 stars because of the delay, but the glasses are perfect, so I'd like to update it
where do the reviews I post show up, the product page or the shop page
can my review be deleted and written again? there's a typo in it
the app notification says 'rate your order' but nothing happens when I tap it
gave feedback 5/5 for the brake kit
Dear team, I've submitted my review for order 77013 as requested. Please let me know if anything else is needed.
can I post a review with a photo of the packaging only
is there a character limit for the review
for my knee brace review, should I mention my size so others know?
done on Daraz, screenshot of the review attached
do you give free copies of the e-books to people who write reviews
the seller rating stars are greyed out, I can only review the item
how long after delivery do I have to leave feedback on AliExpress
my wife wrote the review from my account, can I change it to my own words
can I leave one review for the whole school uniform order or do I need one per item
"""

DATA["human_agent"] = """
ok that didn't help, a person please
none of these options, agent
your bot said 'I didn't understand', so please connect me to staff
thanks, but I'd still like to speak with someone from the team about my wedding order
Kindly transfer my chat to a human representative, the automated replies are not relevant to my case.
can I talk to someone who actually knows about car parts
is anyone from the shop there or only the bot
I need a human for this, it's about a medical device
speak to agent
can a human call me on WhatsApp +92 300 1234567
Please I want speak with real person of the shop, not with machine
Switch me to a live person please, the menu keeps looping
I've been going round with the bot for 20 min, get me a real person
real human? yes or no
Would it be possible to speak with a human colleague? My question about the custom wig is complicated.
let me chat with your technical person for the 3D printer
bro connect me to staff
type 0 for agent? 0 0 0
I would like to escalate this to a human team member
Agent. Agent. AGENT.
hand me over to a real consultant please
does anyone human work there on weekends? I need to speak with them
can i have a video call with a real sales person to see the fabric
I'm elderly and can't use the bot, please let a person help me
connect with live support
I need to speak to a person in Arabic
hello hello human please
your automated assistant isn't useful, I'd like a real agent
Let me talk to your after-sales manager please
can a real person read my last 10 messages please
I'll wait for a human, no problem, just transfer me
not a bot answer plz, someone from staff
could you get a human to check the photos I sent
can a representative take over this chat
i'm tired of this robot, give me customer service person
your AI is useless for my smart home question, human pls
I want to speak to a real agent about the solar installation
talk to a human in english please
can a woman agent help me, it's about the lingerie
Dear team, please have a staff member contact me by email regarding my order.
"""

DATA["thanks_bye"] = """
ahh ok got it now, thank you
that's all I needed, thanks again and have a blessed day
thank you so much ji
Asante sana
okay no problem, bye bye
Thank you for the clarification. I will wait for the parcel. Best regards, Ahmed
ok boss thanks
thank you madam, much appreciated
ok cool, ttyl
perfect that's exactly what I needed to know 👌
thanks, you've been very patient with me
Shukran, bye
ok thank you, spasibo
I thank you very much for your help and wish you a good day
👍🏼
Ok thank you. Have a good night.
no more questions, cheers
thanks so much, the wig arrived and it's perfect 😍
we'll talk later, bye
okay then, noted
great, thanks for sorting the address
appreciate it bro
ok thank u, that's helpful for my mom
thank you, jazakallah khair
Gracias! I mean thanks 😅
many many thanks sir
Understood, thank you for your time. Goodbye.
ok ok thanks
thanks a lot, I'll let you know if anything comes up
ahh thank you, you made my day
bye!
alright, thank u kindly
thanks for the info about the lens power, that's all
great, I'll check tomorrow then. thanks
ok good, thanks and sorry for the trouble
Much thanks from Lahore
ty for ur help, bless
that's sorted then. take care
ok dear thanks so much 🌸
thanks team, great service as always
"""

DATA["other"] = """
wait am i talking to AI right now
I can't log in, it says 'account suspended'
we print wedding invitations and want to collab with your store
i am a mechanic in Lagos, can i become your dealer for motorbike parts
what's the wifi password lol
hahahaha you're funny
sorry my kid typed that
ok google play music
Do you know where I can get my car fixed in Nairobi
the app language switched to Chinese, how do I change it back
can you tell me the result of the cricket match
I want to open my own shop on this platform too, how?
4402 9981 0023
?????
do you have a physical showroom in Islamabad I can visit
I got an email from you asking for my bank password, is that real?
can I change my username
your website doesn't load on my phone
I am a YouTuber reviewing aquariums, can you send a sample for a collaboration
we are a school looking for a supplier for 500 uniforms every year, do you do contracts
where is your factory located
do you know any good jokes about cats
Which is the manner to make a new account with my email of the work?
how do I unsubscribe from your emails
my account shows someone else's orders in the history
Do you buy used solar panels?
I am looking for a job as a packer in your warehouse in Manila
is it going to rain in Karachi today
sent by mistake, sorry
what AI model are you
pls pray for me
ghjkl
can you help me write a letter to my landlord
how much is 1 dollar in naira today
your app keeps crashing on my Huawei
can I use my account on two phones at the same time
Hello, I represent a logistics company in Dubai and would like to offer our services
i lost the phone with my authenticator app, how do i get into my account
do you speak hindi
do you celebrate christmas in china
"""
