"""English buyer messages, round 7: intents without their keywords and requests after a story, part B (in-sale, after-sale and other intents) (training set)."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["payment"] = """
how do i get the money to u, i only have gcash no bank account
last step keeps throwing me back to the basket with a red error, how do i finish buying
bank app pinged me saying merchant refused, so the purchase is stuck half done
can i settle it when the rider comes, cash in hand
can the 4500 rupees be spread over a few months or must it go in one shot
which wallets does ur site like? my touch n go got turned away
can i send the money by western union, no online banking where i am
screen says funds could not be captured, what now for the heater
can i buy now and settle at month end when salary comes in
money left my account but order still shows waiting, do i send it again?
my husband wants to cover the bill from his account in Dubai, allowed?
the otp never reaches my phone so the transaction dies each time
can i transfer from my maybank app and send u the screenshot
for the pram do u take the money in parts or whole amount upfront
hermano the mercado pago thing says rechazado, how else i can give you the money
the amount is 12k naira, do i do transfer to your account or use the link
I bought from you last year with paypal no problem. This time the paypal button doesnt even appear on my phone. How do I pay now?
my order for the lehenga is placed and i got the confirmation mail. but it says awaiting payment and my upi collect request expired. can u resend it
my mum is 70 and doesnt do online banking. she wants the blender and im abroad, can she pay cash at the door if i place the order
Tried with my Zenith bank card at 11pm, declined. Tried again in the morning, declined. My bank says they see nothing from you, so what is going wrong
shipping fee went fine and the coupon worked. then at the final screen the apple pay sheet pops up and closes by itself. any other way to pay
we are a small school in Nairobi ordering 40 desks, the head teacher must pay from the school account by bank transfer. can you share your account details
last week you said the drone is in stock. I'm ready to order but my card only works in EGP, can I pay in that or only dollars
i checked out twice because the first time it froze. now my statement shows two charges of 59.99 for one order, what happened
student in Manchester here, the student code worked fine but klarna rejected me. is there another buy now pay later option
my aunt in Riyadh gave me her card to buy her the oud but it wants a code sent to her phone. how do we get past that step
the phone is 1200 and my bank limit is 1000 per transaction. can i split the amount across two cards
ordered the car seat on the app yesterday. money is gone from my account but the app still shows unpaid with a timer counting down. pay again before it runs out?
Our company card is American Express and your site gives an error. My manager wants this bought today. Which cards do you take?
im in Chile and my bank blocks foreign purchases unless i approve them first. what name will the charge show so i can tell the bank
i picked cash on delivery but the courier company says they stopped taking cash in my area. how can i pay online for the order already placed
the tailor said the sherwani is ready. i still owe the second half of the money, where do i send it
"""

DATA["modify_order"] = """
it hasnt left yet right? then make it the 43 not the 42 pls
typed my old flat, new one is 7C Block B Lekki, before it goes out pls
can my order have one more of the same mug added before you pack
clicked red but wanted the green one, not posted yet so can u sort that
drop the charger from my order, keep the phone, nothing sent yet
rider should take it to my shop on Ngong road not my house, its still with u
my name on the parcel is spelt Mohamad, should be Muhammad, fix before it goes
put a line for the driver: ring twice, bell is broken
scratch the large, i want medium, same everything else, not dispatched
can the jersey have number 10 on the back instead of 7, you said printing is tomorrow
too late to get the blue cover instead of grey on the sofa i bought this morning?
i want it to go to my mams in Cork instead, shes minding the house. still unpacked?
bump the nappies up to 6 packs, same order, same size
can the delivery slot move to saturday, nobody home thursday
i'd rather grab it from the locker at the train station than have it brought home, not sent yet
por favor the colonia is wrong in my order, is Roma Norte not Roma Sur, before you send
I ordered school shoes for my twins this morning, one 11 one 12. Measured again and the second boy is a 13 now. Can you amend that pair before shipping?
We just moved house last weekend and the app still had the old postcode saved. Order is from an hour ago. Please send it to 14 Rata Street, Hamilton 3204 instead
bought the laptop at 2am half asleep and chose the arabic keyboard. i need english layout. still processing, can you switch it on the order
my order has the bed frame and the mattress. my cousin is giving me a mattress now, so please take the mattress off and keep only the frame
I placed two orders last night, one for the tent and one for the sleeping bags. Same address. Can you pack them together in one box?
the number on my order is my old one, lost that sim last month. new number 0803 221 7789, please put it so the courier can reach me
I ordered the 1.5m HDMI cable for the tv mount but the wall is further than i thought. before you send, can it be the 3m one, ill pay the extra
Im travelling to Penang from the 3rd to the 10th. Order is confirmed but not sent yet. Could you hold it and deliver after the 10th?
i ordered the cake topper with the name Aisha. her name is actually spelled Ayesha, my mistake. hope you havent printed it yet
the order says deliver to Quezon City but ill be at my lolas in Bulacan for the holidays. not shipped yet, can it go there instead?
I picked standard delivery to save money but my flight got moved earlier. Can you put it on express and charge me the difference
we run a small cafe and ordered 10kg coffee beans, whole bean. our grinder died so we need them ground for espresso. it hasnt gone yet has it?
My order is for two lamps and a rug. Actually I want three lamps. Could you add one more to the same order rather than me making a new one?
my building has no lift and the sofa is heavy. can you add a note for the delivery guys that its 4th floor so they bring two people
ordered the 12 pack dog food in salmon but the vet just said my dog is allergic to fish. can you make it the turkey one before dispatch
I bought the dress in size 10 for my sister but she texted me she wants the 12. It still says pending, kindly amend it
"""

DATA["cancel_order"] = """
i dont want it anymore, please dont send it out
pls call the whole thing off, no longer need the dress
can you pull my order before it goes, found one at my local shop
the order from this morning, pls kill it, clicked by mistake
can we pretend i never placed order 61120
ordered twice by accident, scrap the second one
dont post it, ill buy later when i have money
too late to back out of the purchase? it hasnt left
please void the order, my wife bought the same thing
nah forget the whole order, not interested anymore
can i undo my purchase? its still processing
abeg no send am again, i don change my mind
i want to withdraw from this order before its packed
please bin my order, the event already passed
if it hasnt gone out yet then i dont want it at all, sorry
wallah no need, dont ship, i dont want it
I bought the crib for my daughters baby shower but her in-laws already got one. The app says not shipped. Please cancel.
ordered a gaming chair on monday, then saw the same one cheaper at the mall and bought it there. yours hasnt been dispatched so please call it off
My son used my account and ordered three skateboards. I dont want any of them. Nothing is shipped yet, cancel all please
you told me the blue will take 3 weeks to come back. I cant wait that long for my trip, rather not have it at all. cancel the order
I placed the cash on delivery order for my village in Punjab. My father just told me he wont be there this month. please dont send it
i lost my job last week and need to save. the tv i ordered friday isnt shipped yet. can you cancel so i dont get charged
the preorder was meant to release in march, now the page says june. im out, cancel my preorder please
Hi, I ordered a dining table at 10am and at 11am my husband told me he already got one from IKEA. Please cancel mine before it leaves your warehouse.
i ordered the wrong phone, its for my dad and he uses samsung not iphone. rather than messing with swaps just cancel, ill order the right one myself
the wedding has been called off. I ordered 5 bridesmaid dresses last week, can you please cancel them if possible
The app added 25 dollars shipping which i didnt notice. Thats more than the item. I'd rather not go ahead, please cancel
ordered protein bars yesterday, now my doctor says no whey for me. order still pending so please cancel it
I'm moving to Canada in two weeks and the furniture won't arrive in time. Please cancel order 88410 before you send it.
i tried cancelling in the app but it gave an error and the order is still active. please cancel it from your end
my subscription box renewed for next month without me noticing. i dont want next months box, cancel that order please
my sister said she'll pick up the same hoodie for me in Bangkok. I ordered yours yesterday and its not packed, cancel pls
"""

DATA["ship_time"] = """
paid yesterday, when does it leave your hands
money is gone from my account, when do u hand it to the courier
how many days till it goes out the door, paid this morning
order still says preparing, when will it actually move
when will u pack it up and get it on its way
has anyone even picked my order off the shelf yet? paid 3 days ago
paid friday, when will the box go to the postman
paid 4 days ago and no tracking because it hasnt left, when will it go out
been sitting in to be packed for 5 days, when will it go
is my paid order leaving your warehouse today?
will you post it before the weekend? already paid
when does the courier come collect my order from u
you took the money monday, when will my parcel be on the road
how long does it take u to get it out after payment
when will the status move from awaiting to on its way
before eid can u get it out to the courier? paid already
i ordered the name necklace and paid on the 2nd. you said it takes a few days to make. when will it be finished and sent
Got the confirmation and the money was taken. My friend ordered from you the same day and hers left yesterday, mine still says processing. When will mine go out?
bought the kids bicycle for christmas, paid in full. app says its still in your warehouse. will it leave before the 20th?
the product page said dispatched within 24 hours. its been 72 hours since i paid and nothing has moved. when will you send it?
I paid for the restocked sneakers the moment they came back. The status has been ready to ship for four days. When is the courier collecting?
your message said my order would be packed after the long weekend. long weekend is over. when exactly will it go out?
you confirmed you got my bank transfer on tuesday. so when will the order be posted?
its a birthday gift for my dad, his birthday is the 18th. paid already. i just need to know what day you'll hand it to the courier
i ordered the sofa in custom fabric and you said 3 weeks production. its 3 weeks today, when does it leave the factory?
ordered in the 11.11 sale, paid. I know theres a rush but its 8 days and still not packed. when
The shoes came yesterday but the belt from the same order still shows not sent. When will you get the belt out?
we are in Ramadan and i know staff hours are short. my order was paid on the 1st. roughly when will it be going out?
my order was paid at 9am and your site says same day dispatch before noon. is it going today?
I asked you last week and you said soon. Still not packed. Can you give me an actual date it leaves?
paid the full amount for the fridge and your warehouse team said they need to book a truck. when will they load it?
i picked express at checkout and paid extra but it still hasnt left your place after 2 days. when will it go?
"""

DATA["order_status"] = """
it left ur place on monday, whereabouts is it now
any movement on my parcel? courier took it 2 days ago
the little map thing hasnt moved since sunday, is it still coming on time
which city is my box in at the moment
has it reached kenya yet or still on the plane
is the courier bringing it today or tomorrow?
what does arrived at sorting centre mean for my parcel
can u check the number you gave me, courier site says no info found
its on its way they said, but on its way where exactly
how close is my package to Cebu now
has customs let my parcel through yet
give me the latest on my order pls, it was sent last week
the code you sent me, which website do i put it in to see the progress
i see handed to local carrier, who is that and whats their number
is it on the van today? need to know whether to stay home
still in Singapore or crossed to JB already? whats the progress
You messaged me on tuesday that the jacket went with DPD. Their site says in transit with no location. Could you tell me where it actually is?
the sofa left your warehouse on the 3rd and is expected next week. i just want to know if its already in Auckland or still at the port
my parcel went Shenzhen to Hong Kong to Dubai and has been in Dubai 4 days. its not due till next week, just curious if its moving
it says arrived at local depot. never had a parcel from abroad before, does it come to me next or do i need to collect?
the courier called this morning saying hes coming but gave no time. app says out for delivery. can you find out roughly what time?
i ordered my moms pill organiser on the 5th, you sent it on the 7th, estimate says 12th to 15th. today is the 10th, where is it now?
the update is in chinese characters, i put it in translate and it says arrived at gateway. does that mean it left China?
Got an SMS from PostNL saying my parcel is being processed. You sent it last week from your Netherlands warehouse. Is it close?
im in Lahore and TCS says received at origin for three days. still within the estimated date but has it moved at all?
my order went in two boxes. box one has updates, box two shows nothing. can you check where the second box is
im going on a trip saturday and want to take the swimsuit. it was sent thursday. whats the latest location
the estimate changed from the 14th to the 17th in the app. its the 13th. where is my parcel now and why the new date?
my neighbour got her order from you today, we ordered the same day, mine still says in transit in Brisbane. whereabouts is mine
The reference number you gave me says invalid on the Aramex website. It was sent yesterday. Could you check its status?
told it would go by sea to Trinidad. left china 3 weeks ago, still inside the expected window. what stage is the ship at?
bought a gift for my nephew in Canada going to his address. he asked me where its at, can you give me an update to pass on
"""

DATA["not_received"] = """
app says it was handed over but my doorstep was empty all evening
3 weeks past the date you promised and still nothing in my hands
someone signed for it, wasnt me and nobody in my house
delivery was supposed to be last tuesday, today is the next friday, nada
nothing came. the status went completed anyway
my letterbox has been empty for a month, where has my order gone
looks like the package went missing somewhere, the date is way past
the courier photo is of a gate i have never seen in my life
kindly note i am yet to receive the consignment, its 40 days now
been waiting since october, at this point is it gone for good?
estate security has no record of it but it shows handed over
my box vanished, status says dropped off 2pm, i was home
still waiting and the latest date on the order passed a week ago
abeg the thing never reach me o, they said delivered since monday
wallahi nothing came to my house and you say it is done
do parcels just disappear? mine should of been here 2 weeks ago
I ordered a bluetooth speaker for my brothers birthday on the 1st. Latest estimate was the 12th. Its the 20th and no update for ten days. What happens now?
I was working from home all day yesterday, doorbell never rang. This morning the app says left at front door 3:14pm. Theres nothing at my front door.
the parcel was sent to the pickup point at the petrol station. when i went, the guy said they never got it, but the app says ready for collection since last week
I live in a flat with a shared mailroom. Checked every shelf and asked the concierge. Order still shows delivered on Saturday. Its not anywhere.
it was meant to come with the furniture van thursday between 8 and 12. i waited in all day. no call, no van, and now it says delivered
ordered the school uniform in July, you said before term. term started 2 weeks ago and my kid still doesnt have it, no movement since August
i was abroad so my neighbour was meant to take it in. she says no one came. status has been completed since the 4th
the courier marked it delivered to customer in Mombasa, but im in Nakuru and the order clearly says Nakuru. so someone else got my parcel?
ordered 2 months ago and been patient. courier now says it went back to you. i never saw it. what now
last scan says departed from facility on the 2nd of March. Its May. It should have been here in 15 days. Is it lost?
my mum is 80 and was home the whole day. she says no one came. yet your system says handed to her personally. please look into this
bought a phone for my wife in Karachi, she says she got nothing and the courier says signed by recipient. we need answers
last order from you came in a week. this one is at 5 weeks with no parcel and no message. seems it went missing
paid extra to have it by friday for the party. its sunday, party is over, balloons still nowhere and status unchanged since wednesday
the delivery guy phoned to ask for directions, i gave them, then he never showed up. now the app shows delivered
asked 3 times and you keep saying wait. the window was 10 to 20 working days and we are on day 35, i still have nothing
"""

DATA["quality_issue"] = """
the kettle only works if i hold the switch down
blender gives a burning smell and then just stops
first wash and the hoodie pilled all over and came out tiny
there's a line of dead pixels right across the middle of the screen
the zip came apart on the bag after 2 days
left earbud gives no sound at all
chair wobbles like crazy even with every screw tight
lipstick snapped inside the tube the first time i used it
the paint on the toy peels off when my son touches it
power bank charges nothing, light blinks and thats it
boots let water in through a split in the sole after a week
the mirror came in pieces, glass all over the box
stitching on the handbag strap is coming undone already
milk powder tin came dented and the seal was open
my watch fogs up inside after washing my hands
the suitcase wheels came off on the way to the airport, first trip
I bought this air fryer for my mum three weeks ago. Shes used it maybe five times. Today it started sparking from the back and tripped the fuse.
We got the baby monitor on friday. Picture is fine but every half hour it loses connection and beeps. Weve reset it twice.
wore the running shoes for a 5k yesterday, first run. the sole started peeling at the toe by the end. not happy
the sofa came last week and looked great. now one cushion has a split seam and the foam is coming out
I ordered the phone for my dad in Lahore. He says the charging port is loose and it only charges if the cable is held at an angle
gave the kids the walkie talkies on saturday. one turns off whenever you press the talk button, batteries are new
the jump starter came fully charged, i used it once, and now it wont hold charge overnight
im a home baker and bought your stand mixer. the bowl wobbles and the dough hook scrapes the bottom, leaving grey marks in my dough
my daughter got the scooter for her birthday. on day two the handlebar folds down by itself while she rides, thats dangerous
had the bedsheets a week, washed once at 30 like the label says. theyve gone bobbly and theres a tear at the corner
the coffee machine worked for two weeks. now it leaks water all over the counter from underneath
bulbs came in a box of 6. put them in the kitchen, 4 flicker nonstop and one died already
bought the cat water fountain, my cat loves it, but after 10 days the pump is super noisy and barely pushes water
the gold earrings were a gift for my wife. after one week the post bent and the back wont stay on anymore
bought the solar light for my shamba, it worked 3 nights. now it stays dark even after full sun all day
laptop bag came, i loaded my laptop and the strap clip gave way, laptop hit the floor. lucky the laptop survived, the bag clearly isnt fit for use
"""

DATA["wrong_item"] = """
opened the box and its a blue one, my order clearly says black
theres a size 10 in the box, i chose 8
box had a phone case in it, i ordered a screen protector
only 5 jars came, order was for 6
listing pic shows a wooden handle, mine is plastic painted brown
this isnt the brand on your page, its some other label
got somebody elses parcel, the name on the slip inside isnt mine
bed frame is here but no bolts or allen key came with it
where are the batteries? page says included
keyboard is a french layout, mine should be US
earrings in the box are silver colour, i picked gold
this cable is usb-c, i ordered lightning
got a single pillow, the page said set of two
bottle says 250ml, i bought the 500ml
lego set has no instruction booklet and two bags of bricks arent there
these are mens sandals, i clicked on women
I ordered the toddler car seat in grey for my granddaughter. When my son opened it today it was an infant carrier, a totally different product.
Ive bought this face serum from you 3 times. This time you sent the 15ml one instead of the 30ml and i paid the 30ml price
the dining set came in three boxes. table top and legs are here but the hardware pack isnt, so we cant put it together
my son is a huge Arsenal fan so i ordered the Arsenal home shirt. the package has a Chelsea shirt inside. hes devastated lol
I ordered a pressure cooker for my mum, 5 litres. The one that came is 3 litres, even the box says 3L
opened my parcel expecting the mint green yoga mat from the photos. its dull grey and thinner than the 6mm stated
description said 100% cotton and breathable. i wore it and was sweating, checked the label: 65% polyester
my drone came today. only one battery and no propeller guards, but the listing says the combo has 3 batteries and guards
bought the multipack deal of 3 pairs of socks, the bag has 2 pairs
the phone i got is a chinese version with no google play. your listing says global version, i cant use half my apps
i asked for the engraving to say Tunde & Bisi. the ring came saying Tunde & Busi. thats not what i gave you
paint set says 48 colours on your page, i counted 36 in the tin
we ordered a king duvet cover. the packet says king but the one inside is single, doesnt cover half the bed
ordered my cats usual dry food, salmon. the bag is the kitten formula, not the adult one i selected
I bought the bundle with the tripod for my nieces youtube channel. The ring light came, no tripod in the box.
the video on your page shows the robot vacuum with a mop attachment. mine came with no mop and the manual doesnt even mention it
"""

DATA["return_refund"] = """
ive gone off the idea, can i hand it back and get what i paid
the dress is lovely but not me, is there a way to undo the purchase now that i have it
how many days do i get to change my mind once the parcel is here
id like the amount put back on my visa, im not keeping the shoes
tags on, box unopened, can it go back to you and the cash come back to me
i dont want this heater anymore, can i get my rupees back
if my wife hates the colour am i stuck with it or can i get the cash back
whats your rule for unwanted stuff, do i have a month to change my mind
if i open the skincare and it gives me a rash, can i get reimbursed
the sweater came fine but its itchy on me, can i undo this and be credited
does your shop let you change your mind after delivery or is everything final
not keeping it. what do i need to do to get reimbursed
the lamp is fine, i just over-ordered. can i be credited for the extra two
are clearance items final or can they come back to you for the money
im not happy with it at all, i want to be made whole, i dont want another one
no me gusta, i want the money again in my account please, the item is like new
I bought the rowing machine in January thinking Id use it every day. Its been in the box since it arrived two weeks ago, never opened. Can I still return it?
my sister gave me this perfume as a gift from your store but i already have the same one. can it be refunded to her card?
the jacket fits and nothing is wrong with it, my husband just thinks it looks too young on me. is it too late to send it back? it came on the 2nd
I ordered two sizes of the jeans to try on. The 30 fits, so I want to return the 32 and get that part refunded.
we bought the cot for the baby but she sleeps with us for now and we have no space. still in the box. whats your return policy on nursery furniture
I wore the heels for an hour in the house to test them, they pinch. I just want the money, not another pair.
got the blender in the 11.11 sale. my roommate already had one so we dont need two. can sale items still be returned?
Im from Ireland and ordered from your UK site. The coat is great but the sleeves are too long. Id rather have a refund than faff with exchanges.
i ordered a smartphone for my mum but she decided she wants a flip phone. its unused, all the plastic film still on. can we get a refund?
the sofa came today and honestly its much bigger in the room than online. nothing wrong with it, i just dont want it. what are my options to get my money back
I ordered the makeup kit for a wedding that got postponed to next year. Its unopened. Can I send it back for a refund?
my husband and I both ordered the same vacuum by accident and two arrived. we only need one, can I return the extra one for a refund?
Im in Dubai on a work contract that just ended and Im moving home. The TV I bought last week cant come with me. Is it possible to return it for the full amount?
bought a wetsuit for a surf course that got called off. tags on, never worn. can i get refunded
the platform says 15 day returns and i got the shirt 12 days ago. it just doesnt suit me. still ok to return?
the bookshelf is fine but i found one at a charity shop for a tenner. would you take yours back and refund me
"""

DATA["exchange"] = """
too big on me, can u send the next one down and ill post this back
the shirt is an M, can i trade it in for an L
my son wants the red one not the blue, got it yesterday, can we do that
got it, love it, but in black would be nicer. can i give this back for the black
these sandals pinch, any way for me to get the 39 instead of this 38
can the one i received become a size 4 instead of 3
the 7 doesnt go over my knuckle, can i get the 8 in its place
kindly let me have the large in place of this medium i received
jacket sleeves are short on me, can i get the tall version for this one
id like to turn this grey hoodie into a navy one, got it on monday
i dont want my money, i want the same shoe half size bigger
toddler outgrew it before wearing, can u give me 2-3y for this 18-24m
can i get a different colour for what i got, same price
watch strap is too small for my wrist, can i get the longer one for it
i got the 6 seater cover but my sofa is a 5 seater, my mistake, can you give me the right one for this
this bra is perfect except the band, can i get the 36 band in the same cup for it
I bought the school blazer in age 10 last week because thats what she wore last year. Shes grown so much its tight across the shoulders. Can I exchange it for age 12?
my mother loves the kurta but the colour is too bright for her. she would like the same one in cream. it came yesterday, unworn
i ordered the running shoes in my usual 44. out of the box theyre snug and my toes hit the front after a jog round the block. could i swap for a 44.5?
my girlfriend opened her birthday present, the rose gold watch, and said she prefers silver. is it possible to change it for the silver one?
got the curtains yesterday, theyre 200cm long but my window needs 230cm. id like the longer ones instead, ill send these back
we bought the bike helmet size S for my son but it sits on top of his head. can we get an M instead, he hasnt used it outside
Im a nurse and ordered two sets of scrubs in XS. The tops are fine, the trousers are too short. Can I exchange just the trousers for XS tall?
the duvet came and its the 13.5 tog, way too warm for Brisbane. id like to swap for the 4.5 tog, same size
the pyjamas came and my husband says the checks look like a tablecloth lol. can i get the plain navy ones for them
got the football boots for my son on saturday. he has wide feet and theyre too narrow. do you have a wide version i could get in place of these?
my wife says the abaya is lovely but she wanted the one with embroidery on the sleeves. it came today, tags on. can we get the embroidered one for it and pay the extra
i ordered the phone cover for the Galaxy S23 but my phone is the S23+. my mistake. can i get the right one for it
the rug looks great but its too small under the sofa. if i send this 120x170 back could i get the 160x230 and pay the difference
received the baby shoes in size 2. shes nearly walking and theyre already tight. can these be swapped for a 3
bought the tennis racket with grip 2 thinking its standard, its too thin for my hand. could you send me grip 3 and ill return this one
got the dress today for my graduation, the emerald looks different on me. would it be possible to have the burgundy one in exchange
"""

DATA["refund_status"] = """
you said the money was on its way back, still nothing in my account
when will my cash actually land in my bank? you approved it last week
10 working days since you got the parcel back, wheres my money
has the 59.99 been put back on my card yet
app says credited but my gcash shows zero
how long does my money take to come back after the cancel went through
your colleague promised the amount would be reversed by friday, its monday
any news on getting my pounds back? posted the item on the 2nd
the reimbursement you approved, is it stuck somewhere
is my money on the way back or do i need to do something
can u check if the reversal actually went out, my bank has nothing
the 4000 rupees from the cancelled order, when does it hit my upi
you received my parcel on tuesday, when do i see the credit
did you actually send my money back or just say it
still waiting for my 35 euros from the shoes i sent back
pls confirm the date my money went back to my paypal
I sent the boots back two weeks ago with the label you gave me. Courier confirms you got them on the 4th. My bank still shows nothing. When will the refund come?
cancelled the order an hour after placing it and you confirmed by email. its been 6 days and the money hasnt come back to my card
we agreed on a partial refund of 20 dollars because the box was dented. i accepted on monday. has it been sent?
my order was split and you told me one item was out of stock so youd refund it. that was 9 days ago, when is that coming through
returned the jacket at the post office and kept the receipt. it shows delivered to your warehouse last wednesday. you havent said anything since. whats happening with my money
the platform decided in my favour on the chair last tuesday and said 3 to 5 days for the money. still nothing, can u check on your side
Your agent Sarah approved the refund for the broken lamp on the phone, reference 44812. Its been 12 days. Can you see where it is?
i paid with my mums card so the refund went to her. she says nothing came, can you check which account you sent it to
got an email saying the refund was issued but it said 89 dollars and i paid 109. wheres the other 20?
my return was accepted and refund processed on the 1st. my bank says cards take 5 to 10 days. its the 15th, can you send me the transaction reference?
the courier collected the item from my house on friday. your app now shows return received. when do i get the money for it?
i cancelled my klarna order and you confirmed but klarna still says i owe the first instalment. has the refund been sent to klarna?
you told me id get store credit for the returned shirt. my account wallet is still 0. when will it appear?
I sent the faulty mixer back in March. You emailed refund approved in April. Now its May. What is going on?
the seller said the money for the missing item would be back in 48 hours. 4 days later nothing, please check
my return was two items but ive only got money for one. when does the second one come
"""

DATA["return_shipping"] = """
where do i post this to so it gets back to your warehouse
who covers the courier cost to get it to you, me or u
do u come collect it from my house or do i drop it somewhere
i need a label to stick on the box, can u email me one
which counter at the post office do i take the parcel to for u
do i pay to mail it to you if the fault is yours
can i hand the item to the same rider who brought it
is your warehouse address the one on the sticker on the box
how should i wrap the tv so it reaches you in one piece
the postman wants 18 dollars to mail it to china, is that on me
for the size swap, does the courier bill go to me or your shop
no printer at home, can the label be a qr code on my phone
can my son drop it off for me at the locker near his office
can i use any courier or only yours to get it to you
when is the pickup guy coming for the box
do i put it in the original box or any box is fine
You approved the return for the chair on Monday and said a label would be emailed. I checked spam, nothing came. How do I send it back?
im in Cape Town, refund approved for the item. PostNet here quoted R450 to send it to Joburg. will you cover that?
the return request was accepted but the address in the email is in Shenzhen. no local address in Australia? posting it there costs more than the item
my aunt bought the wrong size for me as a gift and you agreed to exchange it. do i ship it back myself and what do i write on the parcel
i booked the courier pickup for the rug today 9 to 5. its 6pm and no one came. can you rebook it?
the parcel you sent was the wrong colour, your mistake. you asked me to post it back. im not paying 12 pounds for your error, can you send a prepaid label?
im in a village in Kenya with no courier office. nearest G4S is in Nakuru. is it ok if i send the return from there?
we agreed i would send back the faulty speaker. the post office is asking me to declare the value and contents for customs, what do i put?
the lamp is ready to go back, box sealed. do i need a tracked service or will a normal stamp do?
my return for the jeans is approved but the drop off points listed are all in Manila, im in Davao. where can i drop it here?
the replacement came. the rider was supposed to take the old one back but he didnt. how does the old one get to you now?
last year i sent something back to you and you paid the postage. is it the same this time for the unwanted jumper or do i pay?
my washing machine return is approved. its 70 kg, i cant carry it anywhere. will your team come pick it up?
the label you sent is Royal Mail but the drop off near me is shut this week. can i use Evri instead?
im sending back two orders, a shirt and a pair of shorts. can they go in one parcel with one label?
the label expired because i was in hospital. could you issue a fresh one so i can still send the kettle back?
"""

DATA["dispute"] = """
paypal is now looking into this order, they will contact you
my bank is reversing the charge, theyll be in touch with you
i went to the aliexpress resolution centre, answer me there
the platform team is handling this now, they want your proof of delivery
shopee support is mediating now, reply to them not me
the amazon a-to-z guarantee thing is open on this order
i told my credit card company i never got the goods and theyve frozen the money
platform gave me 3 days to reply to your evidence, what did you send them
if you pay me back ill withdraw what i filed with ebay
the mediation on mercado libre is waiting for your answer
how do i push the order protection thing up to platform staff
the platform ruled against me, can i appeal that
ive asked visa to pull the money back from you
buyer protection closes friday, do i need to open something before then
already asked lazada to step in, the ticket is waiting on you
i reported this charge to my card issuer, so expect a letter from them
I messaged you five times over two weeks about the missing parcel and got no answer. So yesterday I opened a case with PayPal. Youll need to respond there.
you sent me a used phone with scratches, i showed photos, you offered 5 dollars. i refused and raised it with AliExpress. theyre asking you for proof
the courier returned the parcel to you and you never refunded me. my bank has now started a chargeback and asked for your side
i accepted your partial refund offer in the dispute but the money never came. can i reopen the dispute?
the platform said i had to ship the item back before they decide. i sent it with tracking. the case still says waiting for buyer, what do i do?
filed a not as described case because the watch was fake. you replied saying i switched it. ive uploaded the unboxing video to the case now
my husband opened a claim on the order without telling me. weve sorted it with you and got the replacement. how do i close it from my side?
I reported the order to Jumia customer protection because you sent an empty box. They told me the seller has 48 hours to respond.
the platform closed my case saying i didnt respond but i never got a notification. i want it reopened
Amazon emailed me that the seller contested my A-to-z claim. What did you tell them? I have photos of the damage
i opened the dispute on the tablet a month ago. platform says escalated and under review. is there anything i need to send from my side?
you promised on chat to refund if i closed my dispute, so i did. now you dont answer. can i open a new one?
ordered from a Shopify store and paid with Stripe. my bank says theyll contest the payment because the item never came. just letting you know
my case on eBay will be decided by eBay tomorrow. do you want to settle it with me before that?
the platform mediator asked for photos of the label and the item. ive uploaded three, is that enough or do they need more?
i raised a chargeback with my bank, then the item arrived the next day. how do i cancel the chargeback?
"""

DATA["complaint"] = """
honestly this is a joke, three days waiting for one reply
what kind of shop runs like this
im telling everyone at church not to buy from you
you lot should be ashamed, im fuming
never again, lesson learnt
you clearly dont care about your buyers at all
never been treated like this by a shop in my life
im writing to the consumer council about the way you treated me
nobody reads these messages do they
im going to put this whole chat on tiktok
how hard is it to answer a simple message
i feel cheated and stupid for trusting you
your driver swore at my mum at the door, disgusting
1 star is too good for you
you take peoples money and then vanish, shameful
que verguenza, in my country no shop treats clients like this
Ive bought from your shop for three years and recommended you to friends. This month every order has been late and nobody answers the chat. Really disappointed in how youve changed.
ordered a cake topper, it came late, your staff was rude to me on chat, and when i asked for a manager nobody came. worst experience ive had online
your courier left my parcel in the rain outside the gate, the box was soaked. when i called your office the man laughed. i am so angry
i waited home 8 to 6 and took a day off work. nobody came, nobody called. the new slot next tuesday is fine but i want you to know how disrespectful that was
last week i explained my problem four times to four different agents and each one made me start over. im exhausted by your customer care
I ordered for my wedding, paid extra for speed, and you still made me chase you every single day. Ill be leaving a review that says exactly this.
your seller said in stock, two days later said sorry no stock, then took a week to pay me back. ive reported your shop to the platform for misleading listings
my grandmother ordered from you and got confused with the app. she rang your hotline and the lady shouted at her. shes 78. shame on you
ive been polite for two weeks. im done being polite. youve wasted my time and money and ill make sure my followers know
asked a simple question about my order and got a copy paste answer about something else. then a second copy paste. do you people even read?
ordered food for my dog, you sent it late, he went two days without his food and your reply was sorry for inconvenience. thats it? pathetic
bought on black friday, the site crashed twice, i got charged, the coupon didnt apply, and nobody took responsibility. im going to Citizens Advice
I run a small business myself and I would never treat a customer the way youve treated me this month. Shocking.
your instagram ad said free gift with every order. no gift. when i asked in the comments you deleted my comment and blocked me. very shady
third time you promised a callback, third time nobody called. im reporting you to the ministry of commerce
i used to defend your store in the facebook group when people said you were slow. not anymore, youve lost a loyal customer
"""

DATA["review"] = """
where do i go to tell other buyers what i thought of it
want to say something nice about the packer on your product page, how
can i take back what i wrote about you last week, its fixed now
the little card says voucher if i post a photo of the item, where do i put the photo
do i get anything for writing about my experience
wrote a good comment on the product page but i cant see it there
can i put a video of my son riding the bike under the item for others to see
how do i tell people the courier was great, is there a separate spot for that
can i bump up the score i gave the lamp, i was too harsh
my comment under the dress got removed, why
how long after delivery can i still give my opinion on the order
how do i give you the full marks you deserve in the app
can i hide my name when i post about the product
i posted about my order in hindi, will other people see it
i want to praise your shop publicly, is there a place on your page for that
the cashback for posting photos of my purchase, when does it come
When the mixer came it was dented, so I left a harsh comment and 1 star. You replaced it in two days and the new one is perfect. How can I change what I wrote?
bought your skincare set last month and my skin has never been better. id love to write about it so others know, where do i do that on Shopee?
the insert in the package said 5 dollar coupon for a photo review. i posted one on monday with three photos, no coupon yet
I wrote a long review with pictures of the tent after our camping trip. App said submitted but it never showed on the product page. Can you check?
my mother doesnt use the app and asked me to write a review for her sewing machine. can i do that from my account even though i didnt buy it?
you sent the wrong colour at first but sorted it fast. i want to mention the good service when i review. does seller service have its own section?
my review for the kettle doesnt have the verified purchase tag. i did buy it here, why is that?
someone messaged me saying theyre from your shop and offering money for a 5 star review. is that really you?
i gave your shop 3 stars last week because delivery was slow. then i saw it was because of the floods. feel bad, can i raise it?
Im a beauty blogger and tried your lipsticks. Id like to post an honest review with swatches on your product page. Is there a limit on photos?
after 6 months with the vacuum i want to add an update to my old review. is that possible or only a new one?
the app gave me 15 days to review but i was travelling. now the button is gone, can you reopen it?
my review got rejected for personal info. i only said the delivery guy Kofi was polite. can i repost without his name?
my friend and I both bought the lamp. she left a photo review and got points, mine was text only and got nothing. do text ones earn anything?
bought the ring for my wife and she loved it. i want to post a picture of her wearing it but not her face, will a cropped pic be accepted?
i wrote my review in a rush and typed the wrong phone model in it. can i fix just that word?
"""

DATA["human_agent"] = """
is there anybody with a pulse working there
stop sending me options, i want somebody from your team to type back
can someone from staff pick this up, the automatic answers dont fit
i want to talk to whoever runs the shop
put me through to someone with a name
your machine doesnt get it, let me talk to the team
any warm body available to chat?
can a member of your customer care team ring me on 0722 334 556
id like a live chat with someone from the shop please
please connect me to the sellers staff not this menu
i need to speak to someone who can make decisions
give me the number for your call centre lady
ill wait, just get me someone from customer service
can i talk to a team member in urdu
press zero for operator?? how do i get out of this menu
who is actually reading this? i want one of your staff
Ive typed the same question three times and the bot keeps sending me the return policy. My issue is about a customs charge. Can someone from your team look at it?
last week a lady called Priya helped me on chat and said shed follow up. never heard back. could you connect me with her or someone from her team?
my father is 74 and cant type well. he wants to ask about his hearing aid order. is there somebody who can phone him instead of this chat?
i have a complicated order with 12 items for a school and several changes. the automatic replies arent helping, please get a staff member on this
tried the menu, tried other, tried typing, and i end up back at the start every time. i just want to explain my situation to someone
im deaf so i cant call. is there a live chat with staff rather than this auto reply thing?
my english not so good, i use translate. the machine answer i dont understand. please someone from the store who speak arabic
Im a wholesale buyer interested in 500 units. I dont want to go through the bot for this, please pass me to your sales team
the chatbot said my order was delivered, then said its in transit. its clearly confused, can i chat with a member of staff please?
emailed support twice and got automated replies. here its also automatic. is there any way to reach an actual employee?
ive been a customer for years and always spoke to someone on the phone. now its just this chat. can i get a callback?
my question is about a medical device and i need to be sure of the answer. id rather speak to a trained staff member than a bot
the bot asked for my order number, i gave it, and it said i dont understand. five times. put me through to someone please
im in Singapore, the hotline goes to voicemail and the chat is automated. is there a person i can speak to during my office hours?
before i say anything else i want to know im talking to your staff and not an AI. if not, please connect me
the options on screen dont match my problem at all. before i waste more time, is there a manager or supervisor on shift?
"""

DATA["thanks_bye"] = """
perfect, thats all i needed
brilliant, youre a legend
ok got it, have a good one
sorted, cheers
much appreciated, talk soon
alright that clears it up, catch you later
ok understood, nothing more from me 👍
lovely stuff, take care
great help, see ya
ay salamat talaga sa tulong, ingat po
asante sana rafiki, kwaheri
bahut dhanyavaad bhaiya, all clear now
god bless you for the help
okay noted, enjoy your evening
thats everything for today
youve made my day, nice one
I was so worried the present wouldnt come in time but you sorted it and it got here today. My daughter loved it. Thank you for going the extra mile.
ok so the money came back this morning, and the new size fits. thats everything, have a good weekend!
read the steps you sent and managed to sort it out myself. no need for anything else, appreciate the patience
my mum got the parcel and shes already using the blender. just wanted to say you were lovely to deal with. bye for now
I know I was rude yesterday, sorry about that. You were very helpful in the end. All the best.
the courier just came and the parcels in my hands. all good, nothing else needed. cheers
okay so ill wait for the email like you said. thats all from me, goodnight
you answered everything i asked about the sofa. ill think about it over the weekend, thanks again
long week of back and forth but everything is fine now. appreciate you sticking with me, take care
got the replacement and it works perfectly, my son is playing with it now. many thanks and have a blessed day
ill pass your message to my husband since its his order. thats all, ta ra
no more questions, your explanation was clear. stay safe
was about to ask something else but found the answer in your FAQ. all good, see you next time
ive saved the link you gave and ill check it myself from now. much obliged
the lady before you started helping and you finished it. teamwork. appreciate you both, goodbye
haha ok i get it now, i was reading the wrong order number the whole time. sorry for the trouble and thank you
"""

DATA["other"] = """
are u guys in the same timezone as me or somewhere far
do you guys ever sleep
how do i stop the app using my location
my nephew needs help with fractions, you any good at that
phone autocorrected everything sorry ignore that
how do i get my old username back
i clicked something and now the whole app is in german
can i have two accounts on one phone number
do you know a good tailor in Nairobi
whats your name, you sound nice
is it raining in Manila today?
my email on the account got changed without me doing anything
why does the app need access to my contacts
im having a bad day, say something to cheer me up
do you sell on other planets too lol
i want to open my own store on this platform, where do i start
got a new phone last week and moved my apps over. now yours asks me to verify with an email i dont have anymore. how do i get back in?
my daughter made an account on my phone ages ago and i want it deleted completely. nothing to do with any order, how?
Im writing a school project on online shopping. Can I ask you a few questions about how your chat works?
I was chatting with you yesterday and the conversation disappeared. Where can I find old chats?
i keep getting sms from a number saying its your shop with a link to claim a prize. is that you or a scam?
my grandson set my app to dark mode and now i cant read anything. how do i put it back to normal?
i run a small boutique in Lagos and im looking for a wholesale supplier. not buying from you, just asking if you know anyone
we are moving to Auckland next month, do you know which mobile network has the best coverage there?
your app sent me a notification at 3am that woke me up, it was just an ad. how do i stop night notifications?
not gonna lie im just bored at work and wanted to see if this chat actually replies lol
I signed up with my work email and Im leaving the company next week. How do I move my account to my personal email?
my cousin says youre a bot made by a big tech company. which company made you?
the app on my tablet looks different from the one on my phone. which version is the right one to use?
im learning english and i practice by chatting. is it ok if i write with you a little?
saw your shops logo on a truck in Karachi today. do you have an actual office there?
my account shows the wrong country, im in Malaysia but it says Thailand. how do i fix the region on my profile?
"""
