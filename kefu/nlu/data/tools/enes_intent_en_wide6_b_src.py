"""English buyer messages, round 6: intent boundaries and short chat lines, part B (in-sale, after-sale and other intents) (training set)."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["payment"] = """
cod available?
gcash ok?
pay by card possible?
do u take mastercard
card declined again 😩
payment not going thru
can i pay at the door
tabby available? want to split the abaya in 4
can I pay with my mada card
tamara or tabby, which one works on ur checkout
can i pay in cash at an OXXO store? no card here in Monterrey
mercado pago accepted or only credit card?
can I pay by PIX from Brazil
is bizum an option for payment?
iDEAL page just spins and then says error
my BLIK code expired before the page confirmed the payment
bancontact refused, any other way to pay for the pram
any option to pay with bitcoin or binance pay?
no need for an invoice yet, I just want to know if you take bank transfer
the shipping fee is fine, the problem is paying it, my visa keeps bouncing
receipt can come later, right now the payment fails with error code 05
the payment otp goes to my old sim so i cant finish paying for the drill
the amount is on hold on my card but your site says unpaid, do I pay again?
paid the 30% deposit for the custom wedding gown, how do I pay the balance?
the link for the remaining balance expired, can you send a new one
can my brother in Dubai pay for my order with his card?
my grandad wants to pay by cheque, is that possible at all
is there an extra charge if I pay with a credit card?
checkout says payment method not available in your region
tried 3 times, bank says the transaction was blocked by the merchant
is it safe to put my card details on this page? the padlock isnt showing
can the J&T rider take cash for the order or is it prepaid only
can i pay in shillings instead of usd for the solar lamp?
pay later option for the fridge?
coupon applied fine but now the pay now button does nothing
paymnt page crashd on my iphone, how else do i pay
"""

DATA["modify_order"] = """
address change pls
can i still edit my order?
add one more pls, same order
change qty to 4
wrong flat number, it's 12B
not shipped yet so no return needed, just swap the 10 for an 11 please
dont cancel!! just make it the white one instead of black
still processing? then change the delivery to my work address
can you send it with DHL instead of post? I'll pay the extra, order not packed yet
take the phone case off my order, keep the rest
please change the delivery date on my order to after the 20th, im travelling
put my postcode in as EH6 5QG, I left it blank by mistake
meant to pick the 2 pack not the single, can you change it before sending
upgrade my order to next day shipping pls, it's still pending
please don't put any invoice or price in the parcel, it's a gift for my boss
new address: 45 Calle Luna, Guadalajara. hope it's not shipped yet
habibi please change the villa number to 27 on the perfume order
make it the 1.5 ton AC not the 1 ton, order still pending
add a spare filter to the water purifier order before you pack it
switch the dog food from chicken to lamb, same bag size, not sent yet
swap the baby formula from stage 1 to stage 2 before it goes out
picked the wrong year for the floor mats, its a 2019 Corolla not 2017, fix it before dispatch
deliver it to my neighbour at no. 8 instead, put that on my order
change the recipient to Mohammed Al Farsi please
can you change the engraving date to 14.02.2025, you havent made it yet
before you pack it, change the jeans length to 32 please
can I split my order into two deliveries, the lamp to my office and the rug home
rather than exchanging later, switch it to the wide fit now while it's unshipped
the phone number on my order is missing the last digit, its 0301 4567 890
can i change the gift message? i spelled her name wrong
add gift box to my order pls, happy to pay for it
i ordered the curtains in 140cm drop, need 160cm, not dispatched yet right
please put both my orders from today in one box
change my pickup point to the locker at the mall pls
pls mark it fragile on the order, its glasses
chng size M to S plz b4 u ship
"""

DATA["cancel_order"] = """
cancel it
cancel pls
i want cancel
cancel order 55120
don't need it anymore, cancel
please undo my order
stop the order, don't ship
not returning it later, just cancel before it ships
forget the size change, cancel the whole order instead
you still haven't dispatched after 10 days, cancel it then
if it isn't packed yet please cancel the mattress
cancel and refund me, it hasnt shipped
I don't want to open a dispute, just cancel my order please
cancel the second order, I clicked buy twice
cancel my preorder of the console, release got pushed back
my dad ordered this on my account by mistake, cancel please
can I cancel the cash on delivery order? I won't be in town
ordered the wrong phone model, cancel it and I'll order again
cancellation request for order A77190
the price dropped today, cancel my order and I'll buy again at the new price
the app won't let me cancel, it just says processing
how long after paying can I still cancel?
cancel my subscription box order for next month
ya habibi cancel the order, no need
pls cancel mi order, I no need anymore
I request to cancel this order, thank you
oops wrong address and wrong size, easier to cancel it all
no longer want the treadmill, please cancel before your team delivers
you said 2 weeks just to ship, cant wait that long, cancel
can you cancel the gift card I just bought?
want to cancel the order i just paid for 10 min ago
change of heart, please cancel the sofa order
cancel everything on order 3009, not changing, cancelling
is the order cancelled now? i pressed cancel but nothing happened
pls cancle ordr asap
cancel before the courier picks it up please
"""

DATA["ship_time"] = """
paid. when u send?
when dispatch?
shipped yet? no? when then
packed yet?
will it be packed today?
dispatch eta?
not how long delivery takes, when do YOU ship it
no tracking because you havent shipped, when will that be
page says in stock, so why is my paid order not out yet, when will it ship
the colour is back in stock, do you ship my backorder now or later
paid for the preorder, whats the ship date
when do you ship orders placed on friday night?
when will you hand it to the courier? need it by eid
ramadan timings, will you still ship my paid order this week?
is my order going out before christmas?
do you dispatch on weekends? mine is paid
3 days processing already, when does it leave
order still in the to ship tab, when
lazada still says preparing, when u ship
pls ship asap, when can it go out
you'll send tracking once it ships right, so when is that
custom engraved ring is paid, how many days until you send it out
is it leaving the UK warehouse today or tomorrow?
paid already via paystack, when do you dispatch?
will my paid order ship before your holiday closure?
when is it leaving your shop?
you printed the label 2 days ago but haven't posted it, when will you post it
when will the second half of my split order be dispatched?
i already paid for the restocked colour, is it shipping this week?
paid, waiting for dispatch. what date
kindly when will you release the parcel to courier
shipment date for order 77102?
can you confirm the day my order leaves your shop
the handmade rug is paid, when do you send it?
bought the protein powder sunday, hasnt been sent out, when
whn ship my order
"""

DATA["order_status"] = """
where my parcel
tracking pls
order 44109 where is it?
tracking number?
is it out for delivery?
shipped monday, where is it now?
not late yet, just checking where it is
tracking hasnt updated in 2 days, is it still moving?
it says arrived at facility in Riyadh, whats the next step
is it with Aramex now or SMSA?
the tracking is in chinese, can you tell me what it says
status says clearance in progress, is it stuck?
did my parcel reach Lagos yet?
which hub is my parcel at
send the tracking code on whatsapp pls
tracking number doesnt work on 17track, can u check
Correios says objeto em transito, where exactly is it
estimate was friday, today is wednesday, is it still on the way?
has the parcel left china yet
you said shipped, has the courier actually picked it up?
current location of my package pls
track JT0099127761
delivery update pls
2nd day in transit, where's it at now
still in the Dubai hub or already in Muscat?
did it clear customs in Karachi?
is the courier on his way?
what stage is my order at right now
tracking just says info received, is that normal?
which courier has it now? tracking mentions a local partner
can i see the tracking on a map somewhere
order status for the wardrobe please, it left your warehouse tuesday
it's shipped already, what's the new ETA on the tracking?
no rush, expected monday, just want an update on where it is
hows my order doing? any movement
wer is my pacel now
"""

DATA["not_received"] = """
never came
still not here
didnt arrive
i havnt got it
order 88210 never arrived
delivered?? where? i was home
got the delivered SMS, no box
not asking for tracking, it's lost, the date passed 2 weeks ago
the locker shows delivered but the code opens nothing, no parcel
guard says no parcel came, app says delivered
reception never got it, tracking says left at reception
the courier says he handed it to Ali, nobody called Ali lives here
delivery photo shows a different door, not mine
supposed to arrive for my sons birthday on the 3rd, its the 15th and nothing
lost i think, tracking frozen for 20 days and way past the date
the post office says they don't have it, tracking says ready for pickup there
ordered 6 weeks ago, never turned up, what now
it went back to sender without any attempt and i never got it
it's way past the latest delivery date
neighbours dont have it either, it's just gone
got 1 of the 2 parcels, the second never came but says delivered
not a missing piece, the whole parcel never came
i didn't receive anything and you marked the order completed
before i open a case, the parcel never arrived, what will you do about it?
delivered 5 days ago apparently, mailbox empty, nothing at all
still no sign of it, due date was last tuesday
nothing arrived yet n its late
it was signed for, but that's not my signature and I have nothing
says delivered in Karachi but I live in Lahore, never got it
dont reply in transit again, it's been 60 days, it's lost
ninja van says received by self, i have nothing
is my parcel lost? 5 weeks no update, past the promised date
the delivery window closed yesterday and the fridge never showed up
my sister was home all day, no courier came, but tracking says delivered
oh it says delivered, funny, because there's nothing here
pakage nevr reached me
"""

DATA["quality_issue"] = """
it broke
arrived cracked
stopped working
defective unit
broken screen 😭
its faulty
you said it was sturdy, the chair leg snapped within a week
not the wrong item, right model, just dead on arrival
good quality my foot, the handle came off the pot on day one
the phone gets super hot and restarts by itself
toy car wheels fell off the first day, my son is crying
the perfume was leaking in the box, half empty
the face cream smells rancid and has separated
the dates are mouldy inside the box
dog harness buckle cracked on the first walk
the car charger blows the fuse every time i plug it in
the dashcam freezes and corrupts the sd card
the gold plating is rubbing off, ring turned my finger green
the fridge door has dents straight out of the box
there's a spring poking through the new mattress
the stroller brake doesnt hold on a slope
bike chain snapped on the first ride
treadmill belt slips when I run
the football goes flat overnight, won't hold air
the resistance band snapped on its third use
the dress faded badly after one gentle wash
ink leaked inside the pen box, all 10 pens ruined
the abaya fabric ripped at the shoulder on first wear
the tyre inflator overheats and the gauge reads nonsense
the crib slats cracked, not safe for my baby
chocolates came melted and white, inedible
the seam tape inside the rain jacket is peeling and water gets in
speaker works but buzzes loud at any volume, faulty
right size, fits well, but the sole split in two days
the tv remote came with a cracked casing and two buttons dead
hinge on the laptop snapped when i opened it
"""

DATA["wrong_item"] = """
wrong item
this isnt mine
wrong colour sent
wrong flavour
only 1 shoe in the box 😂
parts missing, cant assemble
it works fine, but it's not the model I ordered
not broken, just wrong, got the 64gb and I paid for 128gb
box came with 3 chairs, ordered 4
the screws for the bed frame are missing
manual and remote both missing
looks nothing like the photos, cheap plastic instead of wood
listing said pure wool, the label says acrylic
ordered a 2L flask, this is 1L
received a european plug, I ordered the UK one
the set is meant to have 12 pieces, there are 9
you sent the mens version, i ordered womens
ordered the chicken flavour and got beef
the car mats are for a different car, I ordered for a Hilux
you sent kids shoes, these are for adults on the order
sent a different brand from the one on the listing
the bundle was supposed to include the free case, it's not in the box
you sent pink instead of blue, its not a size thing, you packed the wrong one
quantity is wrong, only 2 packs not 5
that's a different item completely
got a case for iPhone 13, my order says 15
ordered a pair of pillows, only one came in the parcel
the necklace came without the pendant in the photo
you sent the grey variant, I selected beige at checkout
item doesn't match the description at all
it's a refurbished unit, the listing said brand new
the lipstick shade number on the tube is 204, I ordered 210
the drill came without the battery that was in the pictures
this hijab is chiffon, i picked jersey on the order
not what i bought at all, i got a lamp shade, no lamp
you sent 10 metres of cable, my order is for 20
"""

DATA["return_refund"] = """
want my cash back for this
refund pls
can i return it?
return policy?
return this plz
refund me, not a replacement
it's not faulty, I just don't like it, can I still return it?
no exchange please, I'd rather have the refund
do you give the full amount back if I return it unopened?
is underwear returnable?
can sale items be returned?
how many days do I have to send it back for a refund?
does the 30 days start from delivery or from the order date?
i cut the tags off, can i still return it for a refund?
any deduction from my refund if i return it opened?
can I get a partial refund and keep the item?
want to return it, please start the return for me
how do I request a return in the app?
the return window closed yesterday, can you still accept it?
refund to my wallet instead of store credit possible?
do I get the original shipping fee back too if I return it?
it was a gift from my aunt, can I return it without a receipt?
opened the cosmetics once, are they still returnable?
can i return a made to measure item?
i don't want it, can I return it even though it arrived fine
does your return policy cover orders shipped to Qatar?
can I return food items if unopened?
not asking about a refund status, I haven't asked yet: I want to request a refund now
changed my mind about the sofa, what are the return conditions?
if the size doesn't fit do you give money back?
is it 7 days or 14 days return for electronics?
is the refund paid in cash or as a voucher?
wore it once for a photo, can I still return it
how to return and get refund
i'd like to return the stroller please, we don't use it
is it possible to send back only the shoes and keep the bag, with refund for the shoes
"""

DATA["exchange"] = """
can i exchange?
swap size pls
exchange for L
swap pls 🙏 M to L
exch size?
it's delivered already, so can I swap it for the bigger size?
not a refund, just a different colour please
can you send a replacement unit instead of refunding me?
swap the 2T for 3T pls
can I exchange it for a different model and pay the difference?
too tight, send me the next size up and I'll send this one back
I picked the wrong model myself, can I exchange the case for the 15 Pro one
can I exchange a gift I received for another colour?
how do exchanges work in your shop?
can i exchange sale items?
exchange the abaya for size 56 please
already got it, change it for a 42 pls
my daughter wants the purple one instead, can we swap
exchange the ring for a 6, the 7 slides off
the bra cup is too small, exchange to C please
could I trade the mattress from medium to firm?
exchange the boots for a pair half a size down
i wore them once indoors, can i still exchange for bigger
can the exchange be for a different item altogether?
want the 6 to 8 years instead of 4 to 6, got it yesterday
instead of a refund just give me the next size
received it, wrong size for me, exchange possible?
exchange the grey hoodie for black, same size
good quality shoes, just too narrow, can I swap for a wider style
my kettle came broken, can the replacement be the silver one?
can you exchange my faulty earbuds for a new pair?
is one exchange per order the limit?
the dress fits but the length is wrong, can I exchange for the tall version
swap the tan belt for the brown, it arrived monday
my son doesnt like the dinosaur print, can we exchange for the car one
xchange 4 smaller size plz
"""

DATA["refund_status"] = """
wheres the refund at
refund update pls
refunded yet?
did u refund me
is the refund done?
money still not back
refund?? still nothing
I already returned it, I don't need the policy, I need to know when the money comes
refund approved but not in my account
dispute closed in my favour, when is the money credited?
cancelled the order 3 days ago, when does the money come back?
you got the return 10 days ago and still no refund
the app says refund completed but my bank shows nothing
STC pay refund still not received
refund to my mercado pago isn't showing yet
how long for the refund to reach my credit card? you issued it yesterday
the partial refund you promised for the dent, when is it coming?
still waiting for the shipping fee refund you agreed to
when will the price difference refund be sent?
my refund has been processing for a week
please send proof of the refund, the ARN number
still not got me money back
14 days since the refund was approved
the refund went to my old card which is closed, what happens now?
the return was delivered to you monday, any refund yet?
bank says no incoming refund, can you check on your side
when do i get the money for the cancelled item?
the refund for the missing items you agreed to, when?
the agent said refund in 24 hours, its day 5
klarna still shows the full balance, did you process the refund on your side?
when will the store credit appear in my account?
any news on my refund? returned it via InPost on the 3rd
refund pending for 2 weeks, is something wrong?
how do I check my refund progress?
has the money been sent back to my jazzcash yet
refnd status?
"""

DATA["return_shipping"] = """
return address?
return label?
who pays return postage
how to send it back?
return pickup pls
not the shipping fee for buying, I mean sending it back, who pays that
which courier do I use to send the return?
is DHL ok for the return or do I have to use the post office?
can i send the return from Jeddah with SMSA?
do you collect the return or do I drop it somewhere?
the return pickup guy never came today
my return label got wet, can you send a new one
how should I pack the tv to send it back?
where do i drop the parcel for the exchange?
postage back for the faulty heater is on you right?
can I send the return freight collect so you pay on arrival?
does one return label cover 2 boxes?
returning from Mexico, is there a local return address?
post office wants a customs form for the return, what do I write on it?
send it back to which address, the one on the box or the website?
i have no printer for the return label, what now
can I drop the return at a 7-Eleven?
the return QR code isn't working at the locker
do I need to send the return with tracking?
how much will it cost me to post it back from Lagos?
the small size going back for the exchange, do I pay to ship it?
any shipping method ok for the return or a specific one?
can the rider take back the wrong item when he brings the new one?
is the return address in china? postage there is very expensive
do I cover the old shipping label on the box or take it off?
can my friend drop off the return for me with my label?
how many days do I have to post the return once the label is issued?
book a courier for my return please, i'm in Marina
is return postage free for the exchange or only for refunds
the courier wants cash for the return, is it not prepaid?
were do i post it bak
"""

DATA["dispute"] = """
opened a case
dispute raised on aliexpress
i filed a chargeback
case escalated
not just venting, I formally opened a claim on Shopee
I've asked Amazon to step in on this order
PayPal wants proof of delivery from you, please upload it to the case
what did you reply in the dispute?
can I close the claim now that you refunded?
I'll cancel the chargeback once the money is back
my bank chargeback team will contact you, reference CB-2291
the case says awaiting seller response
you rejected my dispute, so I'm escalating it
I want to escalate my case to the platform, not to your manager
do I open the dispute for the missing item or for the whole order?
the dispute deadline is tomorrow, can I extend it?
I disputed the transaction with Emirates NBD
opened a claim with Mercado Libre mediation
opened a not as described case on eBay for the watch
your tracking in the case is fake, I've told the platform
my credit card company is investigating the charge now
case closed?? I didn't close it
who decides the dispute, you or the platform?
can I open a dispute after the order is marked complete?
I don't want a chargeback, but I'll file one if this drags on
the dispute is under platform review, do you need anything from me?
how do I upload a video to the dispute?
please accept my claim so the refund can go through
I won't close the case until I get my money
uploaded the photos to case 889120
the dispute auto-closed, I want to reopen it
my bank flagged the payment and opened a chargeback
the platform sided with you, I'm appealing the decision
how long before my dispute gets escalated automatically?
already angry enough, so I opened a paypal claim instead of waiting
dispute is on, answer in the resolution center pls
"""

DATA["complaint"] = """
ridiculous
appalling service honestly
worst shop ever
useless
seriously? again??
never ordering here again
im so done with this store
not opening a case, I just want you to know your service is awful
no need for a person, your bot is just useless and wasted my time
i will report you to the platform for scamming people
if this continues I'll leave a 1 star review
going to warn everyone in the expat facebook group
reporting this to trading standards
I'll complain to consumer protection in the UAE
PROFECO will hear about this
disgusting attitude from your staff
i've been lied to three times now
your courier was rude and threw the box at my gate
how is this acceptable??
you people are scammers
waste of money and time
so disappointed, expected much better
very bad service habibi, I am not happy at all
this is so unprofessional
every time I ask there's a new excuse
i want to make a formal complaint about the delivery driver
I'm angry but I don't want a manager, I want you to fix your service
your chat disconnects every single time, pathetic
I've wasted my whole day on this
5 emails, zero replies
you ruined my daughter's birthday
reported you to Shopee, this is a scam shop
worst customer care in Pakistan, full stop
bakwas service yaar
your return process is an absolute nightmare
you should be embarrassed by this packaging
"""

DATA["review"] = """
how to leave a review?
review link?
edit review
review done ✅
can i delete my rating?
I rated you 5 stars 😊
not a threat, I honestly just want to know where to write a review
left a bad review earlier, the issue is solved, how do I change it
does a video review get more points than a photo review?
is the review reward a coupon or cashback?
you asked me to review, where do I do that?
can I rate the courier separately?
my review isn't showing after 3 days
can I write the review in arabic?
why is my review hidden?
my review got rejected for inappropriate content, it wasn't
is there a deadline to review my order?
will a bad review affect my account?
can my review show just my initials?
where is the to rate tab?
the card in the box says free gift for a review, where do i send the screenshot?
sent the review screenshot, when do I get the reward?
my review shows the wrong size under my name
someone posted a fake review on your product, can it be reported?
can I review you on instagram instead?
can i respond when the seller comments on my review?
the review link in the email expired
my review disappeared after I edited it
can I change 3 stars to 4?
want to leave feedback for the packaging team, they did great
can I post a review for something I bought in your store?
how do I remove the photo from my review but keep the text
do reviews without photos count for the voucher?
where do I rate the seller on the app
wanna give 5 stars but the button is grey
i rated the wrong order, can you move it
"""

DATA["human_agent"] = """
human needed
agent pls
real person?
connect operator pls
a rep please, a live one
someone real please
talk 2 human
i'm furious, get me a human NOW
stop the bot, I want a manager
not a complaint, I just need a human to check something
if you're a robot, hand me over to a human
can I call someone? number for a real person
I need a human who can read arabic
customer service officer please
can i speak to the seller himself?
escalate me to a team leader please
bot is going in circles, real agent please
please assign this chat to a live person
I'll wait for a person, don't answer automatically
can a real staff member help with my bulk order? the bot can't
get me your manager, you've been useless
can I speak with the same lady who helped me on monday?
can real staff call me on whatsapp?
do you have a human on weekends?
hablar con humano please, my english no good
don't want AI, need real customer support
I want a callback from a real person
pass this to your supervisor
is the shop owner available to chat personally?
call centre number?
it's complicated, I need a real person to explain my case to
give me a person to talk to
is anyone real there who can help?
the menu doesn't have my problem, put me through to staff
i want to talk with a human being, not with a machine
connct me to real agnt
"""

DATA["thanks_bye"] = """
okk tq
ok ty sir
got it, ta
alright alright, thanks
noted with thanks ma'am
understood, thanks a ton
thx bro, appreciate
great, bye
shukran
jazakallah khair
merci beaucoup
gracias amigo
danke schoen
obrigado
cheers, you lot are quick 🙏
tysm!! u r the best
ok i'll check and come back later, bye
ah ok, that makes sense
that answers it, cheers
fine, i'll wait then. thanks
you've been a star, ta
ok then, bye
nice one
thank you for sorting the refund
cool beans
alright mate, cheers for that
ok sir thank you so much
have a blessed day
good night
all good 👌
really appreciate it, bye
many thanks for ur help madam
k cool, bye for now
roger that
thats all i needed, thanks a bunch
ok thank you habibi
"""

DATA["other"] = """
am i talking to chatgpt?
is this AI?
testing 123
wrong chat sorry
say something funny
are you a robot? just asking, no need for an agent
can't log in to my account
how to close my account permanently
how do i change the email on my profile?
the app won't open after the update
how to turn off the notifications
unsubscribe me from your emails please
is the website down for everyone?
is there a dark mode in the app?
where do you guys sit, office or home?
do you have a favourite food?
how is the weather there today?
i'm a youtuber, can we do a sponsored video?
looking for a supplier for my shop in Karachi
any jobs as a delivery rider?
can you translate this message into spanish for me?
who won the match yesterday?
my account got hacked, someone is using it
my password reset link expired
what app is this?
how do I change the app language to english?
my son was playing with my phone, ignore that
can I visit your office?
are you open on public holidays?
what's the capital of australia lol
can the bot speak arabic?
how to verify my phone number in the app
why do I keep getting logged out?
brb my cat is on the table
my wife says hi lol
can you remind me tomorrow to water my plants
"""
