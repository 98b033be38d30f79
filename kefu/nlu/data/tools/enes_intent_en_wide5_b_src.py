"""English buyer messages (round 5, regional vocabulary breadth, part B: in-sale and after-sale intents, complaints, reviews, agent, thanks and other) (training set)."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["payment"] = """
can i pay with upi? gpay or phonepe both fine
my paytm keeps saying transaction failed at checkout
is COD available for my pincode or only prepaid
tried to pay via jazzcash but the otp never comes
do u accept easypaisa or only bank card
pay with m-pesa possible? whats the paybill number
my safaricom till payment bounced, how else can i pay
paystack page just keeps loading when i enter my card
the flutterwave checkout rejected my verve card, abeg what other option
can i pay in naira or is it only dollars
can I use GCash or Maya to pay for this?
pls can i pay cash sa delivery? no credit card ako
do you take PayNow? dont have a credit card
FPX online banking failed twice, maybe try Touch n Go eWallet?
boost or grabpay accepted ah?
can I do instant EFT with Ozow or only card?
snapscan not working on ur site, can i pay by eft instead
will the payment go through in rand or usd
my visa debit got declined, it says do not honour
card keeps getting knocked back at the last step, any idea why?
is afterpay available? want to split it into 4
do you do Klarna pay in 3 in the UK
any option to pay monthly on this, like laybuy or zip?
can i pay with interac e-transfer? im in ontario
paypal button is greyed out, how do i pay
apple pay fails every time i tap place order 😩
can I pay via Venmo, Zelle or Cash App?
checkout wont accept my amex, do u take it at all
do I need a credit card or does a debit card work too
bank transfer details please, I'll wire the money today
money got debited from my account but the order still says payment pending
i was charged twice for one order, two deductions on my statement
the 3d secure page never loads so the payment cant finish
EMI option on HDFC credit card available? 6 months no cost?
can I pay in instalments with my Maybank card
whats the IBAN to pay by SEPA transfer
paymnet not goin thru, keeps saying error 402
how do i pay if i dont have paypal or a card
can I pay partly with a gift card and the rest by card
is there a way to pay in euros from Ireland without the conversion fee
the site says insufficient funds but i have money, tried mastercard
pay on collection at the pickup point possible?
"""

DATA["modify_order"] = """
pls change my delivery address, I moved flats last week
can u update the postcode on my order, I typed SW1 instead of SW11
wrong pincode on order, its 560034 not 560043, kindly rectify
need to change the zip code on my order to 10025
i put my old eircode, can you amend it before it goes out
can I switch my order from home delivery to a parcelshop pickup
change the shipping to the PostNet counter near me instead of my house
please redirect my order to a Pargo pickup point, I'm never home
can i add apartment number to the address? its unit 4b
forgot to add my barangay in the address, pls add Brgy San Isidro
add my landmark pls, near the blue mosque, courier wont find otherwise
change the recipient name to my mum please, she will receive it
update my phone number on the order, the old safaricom line is dead
i ordered the size 8 UK but meant size 9, can u change before shipping
can u change the trainers from a uk 7 to a uk 8 before dispatch
swap the colour on my order from navy to olive please, not shipped yet right
change the jumper to an M instead of L in my order
pls make it 3 pcs instead of 2, same order
reduce the quantity to one, I don't need two of the same kurta
can I add a phone case to the order I placed 10 mins ago
pls combine my two orders into one parcel so i pay one shipping
merge orders 4471 and 4480 pls ship together
add a note pls: leave it with the security guard at the gate
pls write gift wrap on my order, its a bday present
put a note for the rider to call before coming, the compound gate is locked
change it to deliver to my office in Westlands instead of home
i need to edit the delivery address to Sandton, not Midrand
can you update the suburb on my order? it should be Parramatta
typo in my street name, it's Keele St not Keel St
pls change shipping method to express, happy to pay the difference
can u put my block and lot number in the address? Blk 5 Lot 12
altering my order possible? want the 128gb instead of 64gb
i want the queen size bedsheet not the king, pls edit the order
chnage the adress plz its 22 mango rd not 12
can I add another item to my order before it ships? 🙏
put the shipping under my sister's name and number pls
the province is wrong on my order, should be Cebu not Bohol
can the order be amended to a different state? I'm now in Selangor
pls change my delivery to the Poste Restante at the GPO
modify my order pls, need the 32 waist not 34 on the chinos
"""

DATA["cancel_order"] = """
pls cancel my order, i dont need it anymore
cancel it pls, ordered by mistake
i want to cancel order 58213
kindly cancel my order, I have changed my mind
cancel cancel cancel, wrong item clicked
can i still cancel? only ordered an hour ago
scrap my order please, found it cheaper at a local shop
call off the order, I'm sorted now
please void my order before you ship it
i'd like to cancel the order i placed this morning
cancel my purchase pls, my husband already bought one
mate just cancel it, no longer needed
abeg cancel that order, I no longer need am
pls cancel the COD order, i wont be home to pay
cancel my order bro, i ordered twice by accident, keep only one
I wish to cancel my order, kindly confirm cancellation
how do I cancel an order on the app? can't find the button
cancel the whole order pls, not just one item
can you cancel the 2nd order i placed? its a duplicate
cancl my ordr plz
dont send it, cancel it, plans changed
cancel my order asap before it gets shipped
sorry, I'd like to cancel, budget is tight this month
please cancel, I'm moving overseas next week
no more need, cancel the order kindly
cancel my order I made yesterday, the one with the boots
just cancel it, taking too long to ship 😤
I don't want the jacket anymore, please cancel before it's dispatched
is it too late to cancel my order?
cancel and don't charge me pls
pls cancel order no. 3312, wrong colour picked, I'll reorder myself
I want to withdraw my order, cancel it please
want to cancel the preorder for the console
can u cancel my order? the shipping fee is too high to justify
ok nevermind, cancel the order
ay please cancel my order po, changed my mind
cancel ko na po yung order ko, sorry
lah cancel my order can ah, i don't want already
cancel it please, I'll buy in store instead ✋
not needed anymore, please cancel the order and confirm by email
"""

DATA["ship_time"] = """
when will u ship my order? paid already
i paid on monday, when are you sending it out
when does my order get dispatched?
how long before you post it? paid via paypal
when will you hand it over to the courier?
still says processing, when will it be shipped
when is my order going to leave the warehouse
any idea when it'll go out? ordered last thursday
has my parcel been posted yet or not? when will it be
when will you send it? its been 3 days since payment
how many days for dispatch after payment?
when will it be dispatched to Royal Mail?
can you post it today so it goes out before the weekend?
when will u hand it to aramex
when are you shipping to Canada Post? need it before the long weekend
when will you lodge it with Australia Post?
when will it be handed to NZ Post? paid 2 days ago
pls when will you ship it, i paid with m-pesa yesterday
when will my order be shipped out? just paid thru gcash
when will you ship kindly? order placed via upi 2 days back
when will my order be sent to courier, delhivery or bluedart whichever
any dispatch date yet? my order is paid
is it shipping today or tomorrow?
when will the preorder start shipping?
paid for express, when does it go out
status says awaiting shipment, when will it ship
ETA on dispatch pls
when ship? 🙏
wen will u ship my ordr
pls ship it soon, when can u send
my order hasn't been dispatched, what date will you send it
when will you pack and send my order?
when will u ship the back ordered item in my order
how soon after payment do you send orders out?
when does the parcel leave, i paid by eft this morning
is it going out this week? paid on saturday
lah when you all ship my order, paid already since friday
when will you dispatch the saree order? it's for a wedding
when will the seller ship it? still not handed to PostNL
order is paid but not shipped, when will you ship it out
"""

DATA["order_status"] = """
where is my parcel now?
can u check where my order is
track my order pls, no 20931
where's me package at? tracking hasn't moved
whats the tracking number for my order?
pls send me the tracking link
my tracking says in transit for 4 days, where is it now
the courier app says out for delivery, any update?
tracking stuck at sorting centre in Johannesburg, where is it
can you check with Aramex where my shipment is
where is my parcel, the J&T tracking isn't updating
LBC tracking shows nothing, can you check the status?
ninja van tracking says pending pickup, whats happening
where is my order, DHL shows held at customs?
is my parcel with Royal Mail or Evri now?
tracking shows arrived at An Post depot, whens the next update
has my order reached the Canada Post facility yet
can u tell me where my parcel is, Pos Laju tracking blank
any update on my delivery? tracking says departed origin hub
where's my package, USPS says in transit arriving late
check status of my order pls, it's going through Speedaf
shipment status pls, gig logistics waybill 88231
wheres my order at, courier guy tracking not loading
my tracking says "awaiting collection", where do I collect it from?
whats the status of my order? 🤔
order status plz
whr is my pakage
is my order out for delivery today?
which city is my parcel in right now
can u check the consignment number for me? want to track it myself
the awb number doesnt work on the courier site, can you check the status
my parcel says "at local post office" what does that mean
tracking says customs clearance, where exactly is it now
has the parcel cleared Kenya customs yet?
where is the shipment now, I'm in Lagos and need an update
pls share the tracking id, delhivery or ekart whichever
update on my order pls, is it still with Pakistan Post?
is it with the courier yet? what does the tracking say
can u track it for me, the SingPost site is down
can you check where my box is? it was shipped via Fastway
"""

DATA["not_received"] = """
it says delivered but i never got it
tracking says delivered, nothing at my door
package never arrived, its been 3 weeks
still haven't received my order, it's way overdue
my parcel is lost, royal mail says delivered but its not here
the courier marked it delivered but nobody came
i havent received my stuff, order was meant to come last week
parcel says signed for but i didnt sign anything
DPD says left in safe place but there's nothing in my porch
the postie says it was left at the letterbox, it wasnt
Australia Post says delivered to parcel locker but the locker is empty
never recieved my parcel 😡
ordered a month ago and still nothing arrived
my order should've come by now and it still hasn't turned up
package went missing, tracking says delivered to neighbour but they don't have it
the rider said he delivered to the gate man, gate man says no parcel
my order didnt come, the dispatch rider never showed up
no delivery yet, 2 weeks late already
marked as delivered yesterday, not in my mailbox
it shows collected from the PEP store but i never collected it
Pargo says collected but I never went to the pickup point
lost in the post i think, still not here after 30 days
never got my order, courier says attempted delivery but nobody knocked
my parcel didnt arrive, its been 10 working days
hasnt arrived mate, its over a fortnight now
the package is missing, lbc says received by someone i dont know
order not received po, tracking says delivered already
parcel nvr reached me, tracking shows delivered in another town
ordered for my mum in Nairobi, she never received it
the box never came, Canada Post says delivered to community mailbox
the order is overdue by a week and nothing has shown up
i didn't get my package at all
delivery says completed but i got nothing 🙄
still waiting, should have arrived by diwali, nothing came
did not receive my item, status says delivered to reception, reception has nothing
it never got here, been waiting since early March
parcel lost in transit, no updates for 3 weeks
my package was delivered to the wrong house, I never got it
not recieved yet, and its past the estimated delivery date
the courier says delivered, but i was home all day and no one came
"""

DATA["quality_issue"] = """
the zip on the jacket broke the first time i used it
arrived with a crack down the middle of the screen
the mug came smashed to pieces
the sole is coming off after 2 days, rubbish
the heel snapped off my sandal on the first wear
my trainers are peeling already, one week old
the charger doesn't work at all, dead on arrival
phone wont switch on, came defective
the stitching is coming apart on the seam of my dress
colour ran all over my other clothes in the first wash
the glass on the frame was shattered when I opened the box
box was crushed and the lamp inside is bent
the kettle leaks from the bottom
the blender makes a burning smell and stops
earbuds, left one has no sound
the remote control is faulty, half the buttons don't respond
there's a big hole in the jumper, just under the arm
the hoodie is pilling badly after one wash
the strap on the bag tore off
my new kurta has a stain on it and a small tear
the frying pan coating is flaking off after a week
laptop keyboard has a dead key right out of the box
the chair leg is broken, it wobbles and one screw hole is cracked
the power bank swelled up and gets very hot
the sneakers squeak and the glue is showing everywhere, the sole is separating
one of the wheels on the suitcase broke off in transit
the lid doesn't close properly, the hinge is busted
screen has dead pixels all over
the battery won't hold a charge, drains in an hour
it's broken innit, the handle just snapped
the sari border is fraying after one wear
the watch stopped working after 3 days
the fan is making a grinding noise, something broken inside
the cake tin arrived dented and bent out of shape
the speaker crackles, its faulty
the wig is shedding loads, hair falling out everywhere
the jandals broke the first day at the beach
the product came damaged, the packaging was torn and it's chipped 💔
item arrived brokn, the glass is crackd
the thongs split at the toe strap after one walk, faulty pair
"""

DATA["wrong_item"] = """
this is not what i ordered
you sent me the wrong item
ordered black, got brown
i ordered a size 10 and received a size 6
got a UK 5 instead of UK 7 in the box
ordered the 256gb but you sent 128gb
wrong colour sent, I asked for maroon not red
the parcel has someone else's order in it
received a completely different product, a kettle instead of a toaster
one item is missing from my parcel, only 2 of 3 came
the screws are missing, can't assemble the bed
the charger wasn't in the box, it says included
you forgot the strap, only the watch face came
the set is incomplete, missing the small pot
it looks nothing like the pic, not as described
the material is polyester, the listing said 100% cotton
the listing said leather, this is plastic
it's the wrong model, I ordered the pro and got the basic
my pack of 6 only had 4
you sent a left and a left shoe lol, not a pair
the kurti came in green, I ordered blue
received XS instead of XL 🤦
the lid is missing from the cooker
the dress is a totally different style from the one on your site
sent the wrong phone case, it's for samsung not iphone
the order came with trousers but I ordered shorts
the jacket says size M on the label but I ordered L
wrong item recieved, ordered a bag got a wallet
got somebody else's parcel, different name on the label
the instructions and remote are missing from the box
the plug is a US plug, I ordered the UK version
the bag is a different brand from what was listed
only the top came, the bottoms of the pyjama set are missing
i ordered the 2 litre and got the 1 litre
shoes are a US 9 not a UK 9 like i selected
this is not the item in the photo, the colour and shape are different
the packet had only one sock, not the pair
wrng item sent pls check
the flavour is wrong, i ordered mango not strawberry
this isnt my order, its a pack of nappies and i ordered wipes
"""

DATA["return_refund"] = """
i want my money back pls, the blouse doesnt suit me at all
can i return the jandals within 30 days? never worn, tags on
keen to send the gumboots back for a refund, still boxed
is there a 7 day replacement or return policy in India? want to give it back
pls refund my rupees to the original upi id, i dont want the item
want to return this and get the money back on my m-pesa line
can i return the ankara gown and get my naira back?
i'd like to return the trousers for a full refund, they're not for me
dont want the jumper anymore, can i return it for a refund?
how do i lodge a return on the app? want a refund on the runners
can i get a refund to my GCash if i return it?
is it possible to return it and get the ringgit back to my Touch n Go?
refund to PayNow pls, I'm returning the whole order
can i return the bakkie seat covers? changed my mind, want a refund
i want to return the boots and get refunded, they're not what i fancied
is there a cooling off period? i want to return it, I'm in the UK
what's ur returns window? bought on boxing day
does the change of mind return apply to sale stuff?
do u allow returns on swimwear if the hygiene strip is on?
i want to give back the lehenga and get the amount refunded
need a refund on the order, didn't like it once I tried it on
can I get a refund instead of store credit? not into vouchers
return for refund pls, order no. 44182
i'd rather have the money back than keep the mixer, how do i return it?
want to return the duvet, it's too heavy for Brisbane
not fussed on the colour, can i send it back for my money?
wanna return it n get my cash back plz
wana retun this, refund to my card thx
rtn & refund pls, not happy w it
refund pls 🙏 i dont need it anymore
want my money back lah, don't want already
can u refund po? ayoko na po nung item
is returning allowed after opening the seal? want my money back
i bought it as a gift, can the recipient return it for a refund?
how long do i have to return stuff bought online from Canada?
can I return just one of the three items and get part refunded?
return policy for electronics? thinking of returning the earbuds
I want to return this and claim my money back, please advise the process
can i return the item bought on Afterpay and get the instalments refunded?
i'd like to return the item under your 14 day no questions asked policy
"""

DATA["exchange"] = """
can i swap the jandals for a size up? these pinch
these runners are too tight, can i exchange for a US 10?
can I swap the trainers for a UK 8, the 7 is too snug
pls exchange the kurta from M to L, same colour
want to change the jumper for a size 12 UK, it's too baggy
can i swap the jeans for a 30 waist 32 leg?
exchange the trousers for a longer inseam please
can i change the pants for a size 14 AU
i need the EU 41 instead of the 40, can u swap
need a half size up, can you exchange the heels for a 6.5?
can I exchange the school shoes for the next size up? my son's feet grew
exchange the gumboots for a size 9 please
can i trade the navy jersey for the bottle green one?
pls swap the maroon saree for the mustard one, same price
swap d ankara top for XL pls, d L too small
want to exchange for the black colour, the tan looks off on me
can i change to a 34B? the 32B cup is too small
exchange the rugby jersey for a medium please
the romper doesnt fit my baby, can i swap for 12-18 months
can you swap the slides for a bigger size? need 11
change the baju kurung to size S can? too loose
pls exchange po for medium, masikip yung small
exchange for a smaller size pls, it's like a tent
I'd like to swap the 38 for a 39 on these loafers
can I swap the chinos for a 34 waist, same style
want to exchange the thobe for a longer length
can i exchange the khaki one for olive? no refund needed
exchnge to size 42 plz
can u xchange for a bigger one bro
swp for L pls 🙏
these are a size too big, any chance to get them in a 7?
i want the same dress but in petite, can I swap?
exchange the sneakers for the white pair, happy to pay the extra if any
can i exchange the 2 year size for a 3 year size?
swap the king size duvet cover for a queen please, same design
I'd like an exchange please, the fleece runs small, need XXL
can I exchange the blazer for a 42 regular instead of 40 short?
rather swap than return, can I get the trackies in a medium?
can I exchange for the wide fit version in the same size?
can i change the colour to cream on exchange? the white is see-through
"""

DATA["refund_status"] = """
when will my refund hit my account? returned it last week
refund approved 5 days ago, still not in my bank
still waiting on my refund to come through to my gcash
my upi refund hasnt been credited yet, any update
refund to my m-pesa not received, it's been 8 days
hey, where's my refund at? returned the runners ages ago
any news on the money back? still nothing in my account
refund not reflecting on my card statement yet
has the reversal been done to my visa? can't see it
how many working days for the refund to land in my capitec account?
the refund to my fnb account still hasn't come in
when will i see the refund on my paypal? still pending
my afterpay refund still shows the old instalments, when will it update
still no refund for the return, Royal Mail says you received it
refund for order 9921 pls, when will it be paid?
you said 3 to 5 business days for the refund, it's been 2 weeks
refund still hasn't come, i need the money for school fees
has the refund been processed on your end? can you send proof
pls send the refund transaction reference so i can check with my bank
refund of 12,000 naira still not credited to my opay
my easypaisa refund still not received, kindly check
when will the refund go through to my maybank account?
refund was meant to go to my PayNow, nothing yet
is my refund on its way? been ages
did the refund go out yet? my bank says nothing
amex still shows no refund credit 😒
refund status on the boots please, you got them back on monday
i only got half of my refund, when will the rest come?
the store credit for my return hasn't been added yet
has my refund been sent? kindly share the utr number
when will my money be back? the shop confirmed refund approved
refnd not recieved yet pls chk
refund wen? 🙄
wheres my money back
still waiting for my refund po, 2 weeks na
when do i get my refund lah, so long already
my interac refund hasnt arrived yet
when will the refund be credited back to my debit card?
how long till the refund clears? your email says it's been issued
refund was issued but my bank balance hasnt changed, can u check
"""

DATA["return_shipping"] = """
who pays the postage to send it back?
is the return postage on me or you?
do i need to pay the courier to return it?
can i drop the return at a PostNet? who pays for it?
can i drop off the return at a Pargo point near me?
whats the address to post the return to?
can i use the Royal Mail returns label or do i pay the postage?
can i drop the return at an InPost locker?
can i bring the parcel back to a Collect+ store?
how do I send it back from Ireland? which courier?
can I drop the return at the An Post office?
do you send a free return label for Australia Post?
can I lodge the return at the post office or will a courier collect it?
will the courier come to my flat to take the return parcel?
who covers the return shipping for an exchange?
pls send the return address, which city do i ship it to
do I ship it back to the Shenzhen warehouse or somewhere local?
can u arrange a reverse pickup? i'm in Pune
delhivery reverse pickup date pls, i want to send it back
can i return it via LBC? how much is the fee
do I drop the return at a J&T branch or will the rider pick up?
can I send the return through a Ninja Van drop point?
return via SingPost POPStation possible?
can i send the return through Pos Laju? who pays?
will you reimburse the Canada Post fee for the return?
can I use a UPS store to ship it back?
return label pls, i cant find it in the box
how do i pack it to send back? original box needed?
do i need to pay customs on the return shipping to the UK?
can i send the return back with GIG logistics from Abuja?
which courier do I use to send it back to Nairobi?
how much to post it back? is there a prepaid bag?
is return shipping free if the item is faulty?
where do i post the exchange parcel?
do I have to pay shipping for an exchange to a bigger size?
wher do i send it back? need addr
retrn shipping free or not?
whos paying for the courier on the return? 🤔
can I drop the return at a Pep or Ackermans PAXI point?
can i send it back by registered post or do u prefer a courier?
"""

DATA["dispute"] = """
i've opened a dispute on paypal, case id attached
filed a chargeback with my bank today
i'll raise a dispute with my card issuer if this isn't sorted
i have lodged a dispute with capitec about this debit
my bank is doing a chargeback on the visa transaction
i've escalated the paypal case to a claim
can you respond to my paypal dispute pls?
i raised a dispute on shopee, pls reply there
lazada dispute opened, please answer the seller response
opened a return and refund dispute on the marketplace
i asked the platform to step in, dispute is open
you have 7 days to answer the paypal claim
i'll drop the dispute once you confirm the refund in writing
how do i cancel the dispute i opened? we sorted it
i want to close the paypal case now
i'm withdrawing my chargeback, the issue is fixed
dispute was decided against me, how can i appeal?
i'll appeal the paypal decision
the platform closed my dispute without checking, can i reopen it?
added my photos to the dispute, pls check
what evidence do i upload for the dispute?
filed an A-to-z claim on amazon
i'm opening an ebay money back guarantee case
i've reported the transaction to my bank as unauthorised, chargeback in progress
disputing this on my mastercard now
i put in a dispute with my amex
i've lodged a dispute with hdfc on the card transaction
opened a dispute with my bank over the upi debit
i've opened a case in the marketplace resolution centre over this order
i started a claim in the tiktok shop resolution centre
dispute opened on tokopedia, please respond
chargeback started, my bank will contact you
opnd a dispute on paypal, waitng on ur reply
cancelling my dispute now ✅
the dispute is still open, when will you reply?
the paypal case will escalate in 2 days if no answer
please accept the dispute so it can close
the bank rejected my chargeback, can I dispute again?
my dispute ref is DS-44081, pls address it
if you dont accept, i'll escalate the dispute to paypal
"""

DATA["complaint"] = """
this is an absolute shambles
shocking service, you lot should be ashamed
i'm fuming, nobody has replied for days
you people are a disgrace
what a joke of a company
this is daylight robbery, never again
rip off merchants, i'll tell everyone
i'm gutted, this has been a nightmare from start to finish
this is not on, i'm seriously disappointed
your customer service is pants
you guys are taking the mickey
i'm livid, you keep ignoring my messages
absolute cowboys, worst shop in Ireland
what a rort, i'm not happy at all
this is bloody ridiculous
i'm over it, your service is a shocker
useless mob, no one helps
this is nonsense, i'm very upset with this shop
yaar what pathetic service is this
this is very bad service, i am not at all satisfied
shame on you, such poor service
mtcheew, this your customer service is useless
na wa o, this una service is too bad
you people don't value customers at all
eish, this is very poor service
lekker useless, you guys are a joke
this service is sub-standard, I want to complain formally
i'll report you to the national consumer commission
i'm going to the consumer council about this
i'll name and shame you on facebook
i'll post this on tiktok so everyone sees how bad you are
i'm giving you one star everywhere i can
so frustrating, nobody takes responsibility here
terrible service lah, so jialat
hayst, sobrang bagal ng service niyo, very disappointing
this is ridiculous, i want to speak to whoever is in charge of complaints
never been treated this badly by a shop 😡😡
servce is trash, not buyin again
so disappointed rn, your shop is a scam
utterly disgusted with how you treated me
"""

DATA["review"] = """
how do i rate the item? cant see the stars
where do I write feedback on the product page?
i want to change my rating from 2 stars to 5
can i take down my review? posted it in anger
can i edit the review i left on the jumper?
do u give a voucher for a photo review?
any points if i leave a review?
is there cashback for rating the product?
i posted a review but it's not showing up
why didnt my rating get approved? i wrote nothing rude
can i add pics to my review after posting?
how do i upload a video review in the app?
want to leave a good review for the seller, how?
i'd like to leave feedback for the delivery guy, where?
how long after delivery can i rate the order?
can i review the product if i got it as a gift?
i'll leave a 5 star review, where's the link?
where do i leave a review on google for your shop?
can you send me the trustpilot link to review you?
can i review on hellopeter? want to say thanks
is the rate button only on the app? can't find it on the site
will my name show on my review?
can I write a review without buying?
do reviews give shopee coins?
leaving a review gives lazada coins right?
i rated by mistake 1 star, can i fix it
can i update my review now the seller fixed the issue?
wanna edit my rating pls, was wrong
how to put rview on the product? cant find
rate n review where? 🤔
is there a review reward like a discount code?
i left a review for the wrong item, how do i delete it?
my review has a typo, can i edit it?
can i give separate ratings for the item and the shipping?
where do i leave a testimonial on ur website?
does the review voucher need a minimum length of text?
can i post the review in hindi?
when does my review go live?
is the 5 star review voucher still on?
review deleted?? why was it taken down
"""

DATA["human_agent"] = """
can i chat with a real person please?
ring me or chat, but i want an actual staff member
i need to talk to a human, not a bot
connect me to customer care pls
can i speak to someone from customer service?
pass me to a staff member
i'd like to speak to a supervisor
can i talk to the manager?
let me chat to a real human
any real person there? i want a human to help
transfer to a human agent please
i want a customer service executive, not automated replies
kindly connect me to an agent
human pls, the bot isn't understanding
hook me up with a real person
is there a consultant i can talk to?
i'd rather speak to a real person thanks
can someone from the team call me back?
can a real agent ring me? my number is on the order
pls let me speak to a representative
can i get an actual person, mate?
find me a live CS rep pls
please escalate me to a real person
stop the bot pls, human agent
i dont want to talk to a robot, person please
abeg connect me to a human being
can i talk to customer care via whatsapp?
i want to talk to a person in live chat
live agent pls 🙏
talk to real persn plz
pls transfer to agent, bot cant help
cn i get a human
is there a hotline where I can talk to a person?
transfer me to someone who can actually help
connect me to a real CS person
can I speak to a human advisor?
please let me talk to a real person po
can get a real person to chat ah?
put a human on please
get me someone from support, not the automated thing
"""

DATA["thanks_bye"] = """
cheers bru
shot bru, sorted
dankie
thanks ma, God bless you
thanks boss
sharp sharp, thanks
thank you o
nagode
shukriya
dhanyavaad ji
thank you, take care
thanks a mil
grand, thanks a million
go raibh maith agat
cheers, ta-ra
ta muchly
sweet as, cheers
chur bro
thanks heaps, catch ya
ok thanks, laters
noted, many thanks
ok noted, tq
tq so much
terima kasih ya
ok can, thanks ah
salamat po
maraming salamat
thanks and regards
ttyl, bye
bye bye, tc
ok thank u, all good now
cheers, that sorted it
legend, thanks
ok tnx bye
thnx alot
tanks
👍 cheers for that
thank you sir 🙏
that's all for now, thanks
ok have a good one, cheers
"""

DATA["other"] = """
r u a bot or a real person?
is this chat AI?
which AI are you using?
who programmed you?
can you sing a song for me
who will win the IPL this year?
whos winning the footy this weekend
what time does loadshedding start today?
whats the exchange rate naira to dollar today?
are you hiring in Manila? i'm looking for a job
can i do my OJT at your company?
any graduate trainee vacancies?
i want to be your distributor in Kenya
can we do a collab? i'm a content creator in Lagos
looking to partner on dropshipping, who do i contact?
i offer SEO services for your website
can you top up my airtime?
my login otp isnt coming, i can't get into my account
how do I change my account password?
i forgot my username
can i merge my two accounts?
how do I change the phone number on my profile?
recommend a good biryani place in Karachi
do you know a good plumber in Sydney?
what's the score in the cricket?
lol ur funny
just saying hi to the bot, bored at work
how do i get a visa to Canada?
what's the best mobile network in Nigeria?
do you sell my data?
your app keeps buzzing me at night, how to mute it in settings?
can you help me renew my driving licence?
the app crashes when i open my profile
im a student, doing a survey, can you answer some questions?
we supply packaging materials, can I speak to procurement?
can i put an ad on your site?
how many languages do you speak?
what's your name, bot?
do u like cricket or rugby?
is it raining in Auckland?
"""
