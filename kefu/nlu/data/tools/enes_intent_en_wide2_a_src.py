"""Hand-written English buyer messages for 15 pre-sale intents, round 2: chat-transcript shapes (follow-ups, quoted pages, translated and regional English) across new product types (training set)."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["greeting"] = """
hello? are you still there
hi again, i'm back, anyone?
salaam, is someone from the shop online
Greetings respected seller, I hope this message is finding you in good health.
hello dear, kindly respond when you are online
hey 👋🏽
good morning, somebody on the line?
hi sir, i am waiting your reply
Hello from Nairobi 🇰🇪
Habari, hello, anyone around?
Dobry den, hello seller
hello madam good evening, are you there madam
hi is this the right place to chat with the shop
is this chat working? hello
heloooo
Hi, I am writing to you through translator, good day.
Dear team, good morning to you all.
hello hello testing, can anyone see this
Kamusta, good afternoon po ma'am/sir
As-salamu alaykum brother, are you online
hi, just opened the chat from your instagram link
Hi! 😊 Anyone there?
good day sir, I trust you are doing well
hola hello, anyone here
yo, anybody at the shop
HELLOOO SELLER ARE YOU THERE
Hey, sorry for the late message, you awake?
hi hi, morning from Karachi
Dzień dobry, hello
hi good evening, me again
hello? 🙋
Good afternoon, may I have a moment of your time?
Respected sir, good morning. Kindly attend.
hiiiii
hey there, just saying hi before I ask something
Shalom, hello, anybody here today
hi dear, are u there? long time no chat
Good morning from Cluj, is the chat open?
ey hello, who is online
"""

DATA["product_info"] = """
and does the XL one also have the zip pocket
what about the 2019 Yamaha MT-07, will the levers fit that too
ok and is it the same fabric as the navy one
hi good morning, the knee brace, can I wear it under jeans or it's too bulky
The listing says "IP65", does that mean I can leave the solar light out in heavy rain
does this filter work in a 60 litre tank or is it only for small ones
will the 0.4 nozzle fit an Ender 3 V2 hotend
is the smart plug 2.4ghz only? my router is 5ghz
can the solar panel charge the power station directly or do i need a controller
can the sewing machine go through 4 layers of denim
the wedding arch, how tall is it assembled and does it come with the base
the rosary beads are real wood or plastic
does the school blazer come with the badge sewn on already
Are the blue light glasses lenses prescription or just plain
can I wear these contact lenses for 30 days or are they dailies
the maternity jeans waistband goes over the bump or under
the wig is human hair or synthetic, can i use a flat iron on it
do the gel polishes need a UV lamp or is LED ok
is the oolong loose leaf or in tea bags, how many grams
the coffee beans, whole or already ground?
the gift card, is it a code by email or a physical card posted
Steam wallet code works in Pakistan region?
does the wardrobe come with assembly instructions and all the screws
Your bot said the bed frame needs 2 people to assemble, is that true or can I do it alone
Thanks for the quick answer earlier! One more, is the crib mattress waterproof?
Please tell me the product it is suitable for diabetic person or it has sugar inside
Kindly what is the expiry date on the matcha powder
this helmet is DOT certified or only ECE
wheelchair cushion, what is the max user weight
I want to know the light of aquarium, it can make the plants grow or it is only for see the fish
I have a Prusa MK3S and I've been printing PETG on the stock sheet, but it sticks way too hard. I'm looking at your textured PEI sheet. Does it fit the MK3S magnetic bed and is it fine for PETG?
does the video doorbell need a subscription to see the recordings
the smart bulb works with Google Home without a hub
does the solar generator have a pure sine wave inverter, I want to run a CPAP machine
embroidery thread is 100% cotton or polyester
same question for the 3 pack, does it include the stand
the quran stand is foldable?
the lace front, is it pre-plucked and what is the cap size
press on nails, how many pieces and sizes are in the box
what battery does the smart lock use, rechargeable or AA
"""

DATA["size_advice"] = """
and for the XL, what's the chest in cm
same question for the toddler one, she's 92cm
ok so if I'm a 42 in the jacket, should I take 42 in the trousers too?
hi thanks for the reply, and what size belt for a 34 waist
I'm plus size UK 24, which of your sizes is that? the chart only goes to 4XL
7 months pregnant, bump is 105 cm, will the L maternity dress still fit at the end
school uniform for a 9 year old boy, 135cm and slim, age 9-10 or 10-11?
which size motorbike jacket for 188cm 92kg, I wear a back protector underneath
knee brace size, my knee is 40cm around just above the kneecap
the posture corrector, S or M for a 32 inch chest
compression stockings size for calf 38cm and ankle 23cm
wig cap size: my head is 22.5 inches, medium or large
is the 52 frame too narrow for a wide face? my old glasses are 140mm across
Wedding dress: bust 92 waist 74 hips 100, I'm between 8 and 10. Which one, knowing I can take it in but not let it out?
Your chart says 'measure under bust' but I'm confused, I'm 75 under and 90 over, which bra size is that
the abaya: I am 5 ft 2, will the 52 length drag on the floor
I am wearing size 44 in Turkish shoe, what is it in yours
my baby was born 3.8kg, newborn size or 0-3 months for the christening gown
motorbike gloves, my hand is 21cm around the knuckles
head is 60.5 cm, your chart has L 59-60 and XL 61-62, I'm right in between
which size is right for me plz help 5'9 175lbs athletic legs
tell me size 😅 165 58kg
do the nursing bras fit like normal sizes or should I go one cup up
plus size leggings, 50 inch hips, 2X or 3X?
Kindly advice the size, my son chest is 28 inch for the school shirt
the ring is for my fiancée, I secretly measured one of hers at 17mm inside diameter, which size is that
I returned the last shirt because the M was too tight across the back but the sleeves were perfect. I'm 178 cm, 82 kg with a broad back. For this one should I go L, or will the sleeves then be too long?
What size of the tuxedo should my husband take, he is 6'0 and 200 pounds with big thighs
dog coat: my french bulldog is 46cm chest and 30cm back length, which size
the blouse fits loose or fitted?? I don't like tight
swim shorts with mesh liner, does the sizing run small
I'm between 10 and 10.5 US, which one for the riding boots
kurta size for 40 chest, do I take 40 or 42 to be comfortable
which size bike helmet for a 6 year old, head 52cm
the hijab undercap, one size fits all or there are sizes
barong tagalog size po for 5'6 and 70kg, medium or large?
the choir robe, which length for someone 190cm tall
ok thanks and for my wife? 160cm 55kg
the measurements on the chart are in inches? I need cm please
Dear seller, my measurements are bust 104, waist 88, hip 112. Please advise which size of the evening gown I should order.
"""

DATA["stock"] = """
and in black?
what about size 9, any left
same for the 2XL, still have?
ok and the refill cartridges, do you have those in stock too
hi good morning, the 0.6mm nozzle still in stock?
it says 'only 3 left' for the solar lanterns, I need 5, can you check the warehouse
the app shows "temporarily unavailable" for the sewing machine, when will it come back
are the school uniform trousers in age 12 back yet? term starts 4th Sept
do you still have the ivory table runners, I need 40 for a wedding
ready stock or need to wait for the 26 inch lace front wigs
is the orthopaedic pillow available in the firm version
motorbike chain kit for Honda CB500F in stock?
I am waiting the brake lever long time, still no stock?
Please notify me when the 300W aquarium heater is available again
the matcha tin in 100g available or only 30g
Do you have the gift card in 50 euro value or only 25 and 100
the chat bot said "restock in 2 weeks" two weeks ago, any update on the Zigbee hub
hello, kindly confirm the availability of the prayer mat in green colour
do you still have XL in the maternity nursing top
the frames in tortoise, available?
-4.25 in stock for the monthly lenses? the site only goes up to -4.00
still got any of the gel polish in shade 214
any stock in the Germany warehouse for the power station?
Do you have 200 pieces of the party favour boxes in stock? It is for my daughter wedding
the plus size 5X in leopard print, any coming in?
is the memory foam insole restocked yet
my cart says 'out of stock in your region', is it available anywhere for UK
still available? 👀
available or not
any more of the silk gold PLA 1kg spools
When you will have new stock of the crochet yarn colour 'dusty rose'? I need 8 balls of same dye lot
is this discontinued? the cake topper with the wooden letters
I bought the wardrobe last year and now want the matching bedside table, but I can only see the white oak version on your site. Do you still carry the walnut one, or is it gone?
any left in size 5 for the first communion dress?
Do you have the H7 LED headlight bulb in stock, I need 2 pcs
ok so when is the restock then
restock date for the Aqara door sensor pls
bro in stock or not, the grey school trousers 32 waist
the 6 month bundle of the vitamins, can I still order it or is it gone
is the left knee version of the brace available
"""

DATA["price_bargain"] = """
and if I take 3, can the price go down?
ok and for the black one, same discount?
what about 180 for both
hi, thanks for the info. Can you make it 45 then
your colleague said you could do 10% for 2 pcs, can you still do that
I need 60 chair covers for my wedding, what is your best price for 60
we are a church buying 25 bibles, can you give us a special price
school needs 120 polos, what unit price can you do for that quantity?
20 nozzles, price can be less?
Please give me the price more low, I am student of the university and my money is few
1500 ksh final, I pay now
Boss abeg, 20k naira for the wig, I go buy two
sir my budget is 4000 PKR only for the knee support, please adjust
the motorbike exhaust is 320, I'll pay 280 right now
meet me at 85 and deal done
I'll buy the whole set of 36 nail polish colours, will you give a discount on the total
Is the price fixed? I want the aquarium cabinet but it's a bit over my budget
less po for 5 pcs?
Would you consider a small reduction if I order the sofa and armchair together?
I see it's 39.99, can you make it 35, my husband says it's too much 😅
we'd order 10 bags of coffee every month for the office, could you give us a lower price per bag
Dear Sir, we intend to buy 15 wheelchairs for our clinic in Kampala. Please quote your best discounted price.
the ring is 420 euros, can you do 380 and I confirm today
price too high, reduce it and I buy
come on, 5 bucks off
its my birthday gift to myself, please little discount for me ok
If I prepay now can you do a lower price on the custom wedding invitations
can you do a small discount for me, I'm buying uniforms for all three of my kids
2 glasses frames, one for me and one for my wife, any reduction?
i saw you gave my friend 15% off yesterday, give me also
That's still too much. 60 and I'll order both right now
can you go a bit lower than 75? like 70
I've been comparing smart locks for a while and I like yours the most, but I need two, front and back door. At 129 each that's a lot for me. If I order both today, could you do 230 for the pair?
bro last price for the tyre set, serious buyer
any room to negotiate on the filament if I buy 10kg
cheaper for me na, I always buy my tea from you
can you reduce the price on the display model crib?
I'll pay by bank transfer immediately if you give me 5% off
fine, 72 then, last offer
please sir give me small discount for the solar panel, I am farmer
"""

DATA["promotion"] = """
and the coupon, does it work on the sale items too?
what about the free gift, is it still on if I order tonight
same code works for the kids' uniforms?
the banner says "Buy 2 get 3rd 50% off", does it apply if they are different sizes
your email said "Eid Mubarak 20% off" but the code is not showing in my account
the app shows 'coupon expired' but it says valid till the 31st
hi! do you have any code for the wedding season
Do you have a discount programme for healthcare workers on the compression socks?
any bundle offer on the 3D printer plus filament
Is the free screwdriver kit still included with the wardrobe?
how do I get the 11.11 platform coupon, I press the button but nothing happens
any coupon code for the craft supplies pls
discount code? first time buying
I got a voucher card in my last parcel, how do I use it
Does paying with a gift card still count for the 'spend £60 get £10 off' offer
Can I use my birthday voucher on the nail kit?
the girl on tiktok said code GLOWUP15, is it still working
I have a 10% coupon and a free shipping coupon, can I use both on one order
boxing day sale starts when?
Any Easter promo on the chocolate gift boxes?
Do loyalty points expire? I have 450 points
How many points do I need to redeem the free tea sample
Is the 'first order 15% off' only on the app?
The website popup showed a 10% code but it disappeared before I could copy it
Is the free engraving offer on the rings still on?
is the lucky draw for the aquarium set still running
my friend sent me a referral link but I didn't get the coupon after signing up
is there any trade-in promotion for old glasses
the flash sale price for the solar light, will it come back
I bought a smart thermostat last month at full price and now I see a 25% off campaign on it. I don't want to return mine, I just want to know if the campaign runs all of December so I can buy a second one for my parents.
Please the discount of festival is applicable to the product of wig or not
any freebie with the press on nails order?
is the 'buy 3 shirts save 10%' uniform deal per size or can I mix sizes?
the 'Members only' price on the coffee, how do I become a member
Your bot said there's a 'welcome gift' for new customers, where do I claim it
Cyber Monday deals on smart plugs?
does the voucher apply before or after tax
hey, is the 'free wig cap with every wig' promo automatic or do I have to add it to cart
any coupon for the motorbike parts section
I'm on the mailing list but never received the VIP code
"""

DATA["shipping_fee"] = """
and shipping to Chile, how much?
what about postage for 2, is it double?
same shipping price for the XL box?
ok thanks. and the delivery charge to Mombasa?
the checkout says "shipping calculated at next step", roughly how much for Lima, Peru
the cart says 'Shipping: US $48.20' for one motorbike mirror, is that correct?
your bot said free shipping above 50 but I'm at 62 and still charged 6.99
how much for sending a 120L glass aquarium tank to Cluj, Romania
shipping cost for 3 spools of filament to Kraków?
Do you charge shipping on gift cards? it's only a digital code
is delivery free for the wheelchair or extra
how much to deliver the wedding arch to Cape Town
delivery price of the wardrobe to Riyadh?
Please how much is shipping fee of coffee beans 5kg to Kampala
free shipping? 👀
shipping kitna hai Lahore tak
sir how much shipping charges to Islamabad for 2 solar panels
I need 40 school jumpers delivered to the school in Galway, what does delivery cost
shipping rate for the quran stand to Jakarta?
is there free delivery on the contact lens subscription
shipping to Santiago, Chile for the wig, cost pls
Why the shipping is more expensive than the product? Can you make shipping more cheap for me
If I add a second nail lamp, will the shipping go up?
How much extra for express to Warsaw?
is the postage cheaper if I choose to collect from the post office
Shipping fee to Puerto Rico, same as US mainland?
how much is shipping to Tbilisi Georgia (the country not the state 😅)
I'm in Kyiv, how much does shipping cost for the power station? it's heavy
shipping = ?
shipping how much
Hi, I'm planning a small wedding in Tulum and need 12 lanterns, 60 candles and the table runners, all going to my hotel in Quintana Roo. Can you tell me the total shipping cost for everything?
can you waive the delivery fee, it's 30 rosaries for our parish
delivery fees to Doha for the sofa set?
free shipping threshold for Canada?
shipping shows 0 in the app but 12 on the website, which one is right?
how much would it be to ship the motorbike fairing kit to Cebu po
any cheaper postage for just one tea sample
shipping price for 2 pairs of glasses to Dubai
what's the freight cost for the 3D printer to Nairobi
Kindly inform the cost of the shipment to Bucharest
"""

DATA["delivery_time"] = """
and to Chile, how long?
ok and if I choose express, how many days
same question for Argentina, how long does it take
I need it before the 20th
Wedding is on 6 October in Lisbon, the veil must arrive before
school starts monday and the uniforms need to be here by then, I'm in Birmingham
listing says "Estimated delivery: Mar 14 - Apr 2", is that real for Kraków
your bot said 7-15 days but the page says 20-35, which one for Romania
hi, good morning. how long to Dhaka?
delivery time for the power station to Kyiv these days?
how long the shipping take for the coffee to reach Doha, I want it fresh
I'm flying out on the 28th so I need the contact lenses before then, I'm in Leeds
Ramadan starts in 2 weeks, can the prayer mats reach Karachi before that
How many days for the wheelchair to reach my mom in Nairobi? She comes home from surgery on the 10th
if i order the gift card is it instant or does it take days
need the solar panel before storm season, about 3 weeks, I'm in Puerto Rico
3D printer parts to Bucharest, how long normally
My daughter's quinceañera is on the 18th of next month in Monterrey and I still need the tiara, the gloves and the party favours. If I order everything today, is it realistic that it arrives at least a week before?
arrival in how many days to Baguio po
my fish can't wait long, my old heater died, how fast can you deliver a new one to Melbourne
Please inform me the time of arriving of the product to Tashkent
will it reach Colombo before Christmas
realistic ETA for Sao Paulo, customs included
my motorbike is off the road till the part arrives, how quick to Dublin
I must have it by Friday latest, Lagos
deliver before the weekend? Manchester
how many working days to Cairo
how long from order to door, Vancouver
if I pay now, the wig go reach Accra when
how long does the bookshelf take to Auckland
Is Durban 2 weeks or more?
any chance of delivery before Eid to Amman
need 200 favours for a baby shower on sat 14th, Houston, doable?
so if I order now, roughly which date would it get to Quito?
how long for nail supplies to reach Bratislava
I can wait max 10 days, is that possible to Riga
the matcha, how many days to Vilnius
delivery time for the smart doorbell to Johannesburg
Hello sir, kindly how long it will take for Karachi delivery of the knee brace
the graduation gowns are needed by 1 June in Cebu, can they arrive in time
"""

DATA["courier"] = """
what about Chile, do you ship there?
same for Argentina, do you send there?
ok, which courier then?
and who delivers in Peru, Serpost or DHL?
the page says "Ships via Cainiao Super Economy", can you use something with proper tracking like YunExpress
your bot said you use Evri for UK, can you use Royal Mail instead
hi! do you ship to Reunion island
can you send to a PO box in Suva, Fiji
I'm in Kazakhstan, do you ship to Almaty
shipping to Ukraine possible now?
the wheelchair is big, will you send it by a freight company
Do you ship to Martinique
For Nigeria do you use DHL or NIPOST
can you ship via TCS to Lahore
Leopards courier available for Multan?
in Kenya which courier, G4S or Fargo?
Please use Speed Post for India, not private courier
Do you use Omniva parcel machines for Estonia?
can I choose a Packeta pick-up point in Czech
is shipping to Saudi Arabia with SMSA or Aramex
GLS or DPD for Hungary?
can i get it sent by Nova Poshta
Do you ship outside Europe? I'm in Georgia (the country)
can you ship the aquarium fish food to Cyprus
I prefer Ninja Van for Malaysia, do you use them?
is it 2GO or J&T for Mindanao?
can you send the solar panels by sea freight to Fiji
Does the 3D printer go by UPS ground or on a freight truck
carrier for Canada, canada post?
I'm on Naxos island in Greece, do you send there with ELTA or a courier
Can you ship to my forwarder instead, I use Shipito
Which company will bring it? I need to be home to sign
Please send with EMS, other companies don't reach my village in Uzbekistan
I've had bad luck with one courier in my area, two parcels left in the rain this year. Before I order the smart speaker, can you tell me which carrier you'd use for Bristol and whether I can choose DPD instead?
can it ship to Mongolia? Ulaanbaatar
courier?
who is the shipper for Brazil, Correios or Jadlog?
do u ship to Trinidad and Tobago
Do you send by post or by courier to Malta
do you use Orlen Paczka lockers in Poland
"""

DATA["authenticity"] = """
and the black one, also original?
same question for the chargers, genuine Samsung?
ok but is the box sealed original or repacked by someone
Hi. Is the Cricut blade genuine or third party
Are the Bambu Lab nozzles original or aftermarket
is this an original Philips Hue bulb or a clone
the EcoFlow power station, authentic EcoFlow or a copy?
Are the Oakley frames genuine? will I get the authenticity card
are the Acuvue lenses original from Johnson & Johnson
OPI gel polish real or fake? the price is too low
is this real Darjeeling from India or just labelled that way
The listing title says "original Yamaha", is it OEM or a compatible part
is this genuine Brembo or a look-alike
another site said their Zamzam water is real, is yours actually from Makkah?
is the rosary really from the Vatican like it says, is there a certificate
Gift card codes are legit? I don't want a stolen code
is the Game Pass code official from Microsoft
is this the official supplier blazer for the school or a copy of it
is the Aspen cervical collar the genuine brand or a copy
Is the Omron blood pressure monitor original? it must be accurate for my father
the Tetra filter, original or fake copy?
this is first copy or original sir
is it orignal or duplicate
Original product na? My previous order from another shop was fake
Is it the authentic Le Creuset?
real moissanite with GRA certificate?
is the coffee really Jamaica Blue Mountain or a blend sold under that name
your bot said everything is '100% authentic', but the Airwrap is 40% cheaper than at Dyson, is it really genuine?
I want to ask the product is it original from the factory of the brand or it is imitation
can you send a photo of the serial label so I can check it with Canon
I run a small salon and my clients are picky. Last time a supplier sold me 'original' Wella colour that turned out fake and I lost customers. Before I order 20 tubes, can you confirm these are genuine Wella?
Are the kids' Adidas football kits officially licensed?
is the Prusa part original or printed by somebody at home
genuine Mercedes part? I can send you my chassis number
Are the Wüsthof knives real German ones? price is suspicious
legit or fake 🤔
Are these NFL jerseys authentic stitched or replica
hello sir, good day. The iPhone, is it original Apple or a copy
the Pokémon booster box, is it real or a resealed fake
thank you for answering! last thing, is the Ledger wallet genuine from Ledger?
"""

DATA["quality"] = """
and the cheaper one, is it also good quality
same question for the cushion, does it go flat fast
ok and the strap, will it crack over time
the reviews say "broke after one week", was that an old batch or is it still like that?
will the solar lights last more than one summer
is the aquarium silicone strong, no leaking after some months
the 3D printer hotend, does it clog often
does the smart plug relay burn out? i want it for a heater
Is the sewing machine sturdy enough for daily use in my tailoring shop
the wig, how many months it last with daily wear
press on nails stay on how long, do they pop off
Will the gel polish chip after few days
knee brace velcro, does it wear out fast
is the wheelchair solid enough for daily use on rough village roads
school trousers, do the knees wear through fast? my boy plays football every break
the wedding arch, does it wobble in the wind
the glasses hinge, strong or break easy
do the lenses scratch easily?
is the coffee good quality beans or cheap robusta mix
Is this tea fresh and good quality or old stock
the motorbike chain good quality? i ride 500km a week
do the car seat covers crack in the sun?
the flatpack wardrobe feels solid or like cardboard
is the rosary chain strong, the last one I had broke
The quality of this product is it good or it is easily to damage
I've bought three cheap air pumps for my aquarium and they all got noisy within a month. I don't mind paying more this time. Is this one actually built better, and will it stay quiet?
quality?
quality good or not bro
how good is it honestly
fabric quality ok? not the thin cheap type
the maternity leggings, does the bump panel lose its stretch after a few weeks
plus size bra: does the underwire poke out after washing
the heat press, does it heat evenly or are there cold spots
Is it worth it, or will the filament be brittle
you say "premium quality" in the title, what makes it premium and how long will it last
the prayer rug, thick and good quality?
is the smart lock reliable or does it jam
video doorbell night vision quality good?
thanks for the info! and is the build quality good on the frame?
will the battery in the solar generator degrade quickly
"""

DATA["price_compare"] = """
and why is the black one dearer then
ok but what's the difference between this and the cheaper version you have
same question for the XL, why more
the 'Pro' and 'Plus' smart lock, what's different for the 40 bucks gap
your bot said "same product, different packaging" but one is 20 more, why
I see it on Daraz for Rs 3,200 and here 4,500, why such a big gap
Konga has it for 18,000 naira, you 25,000, explain
why do original Prusa parts cost double the clone ones?
the tea in your shop is more than in the supermarket, what is different
why is the 1kg coffee bag more than double the 500g?
your maternity line costs more than H&M Mama, what's better about it
plus size price is higher than normal size for the same dress, why
why is the 13x4 lace wig so much more than the 4x4?
The gel polish set at Walmart is $15, yours $32, what's the catch
why does the school uniform cost more here than at the school shop
why is your knee brace 3x the pharmacy one
difference between the 100W and 200W solar panel apart from the price?
what's the difference between the two aquarium filters, one 39 one 69
why do prescription lenses from you cost more than Zenni
Why the price is more higher than other store? The same product I see
I'm doing the centrepieces for my sister's wedding and priced the same glass vases at three places. Yours come to about £2 more per vase, which adds up over 30 tables. Is there a reason, like thicker glass or better packing?
it was 29.99 yesterday and 34.99 now, why?
why does it cost more when I switch the site to euros?
why more expensive on your app than on Shopee
Noon has it cheaper in Dubai by 60 AED, why
why is your price different from Allegro?
Ozon sells this for 2500 rubles, why yours 3400
why are you pricier than Mercado Libre
Why does the kit with the motor mount cost more than buying the pieces separately?
Same Yamaha brake pads are cheaper at my local dealer. Why should I buy yours?
hold on, why is the grey one 10 more than the white, it's the same sofa
why is the OEM version 50 more than the aftermarket one, is it worth it?
what's the difference between the cheap press on nails and the salon set
is there a reason it's more expensive than the Amazon Basics one
I saw the same candle on your TikTok shop cheaper, why
why is the gift card sold above face value? $53 for a $50 card
your smart bulb vs the Philips one, what makes yours worth double
cheaper elsewhere, why?
why is Wish selling this for 8
same item from 2 sellers on this platform and yours is the highest, why
"""

DATA["color_difference"] = """
and the navy, true to the photo too?
same for the olive one, accurate colour?
ok but in daylight will it look like pic 3?
the 'ivory' looks white on my phone, is it really ivory? it has to match my wedding dress
your description says "champagne gold" but the photo looks silver, which is the real colour of the rings
the quilting fabric, is the printed colour true to the image?
the embroidery floss colours, as vivid as on screen?
wig colour #613 blonde, is it same like photo or more yellow
the ombre wig looks more brown in the video than in the pictures, which is true
gel polish 'Berry Crush' looks pink on your page but purple on tiktok, real colour?
is the school jumper the same bottle green as the photo or darker
tortoiseshell frames look lighter in the photo, is the real one darker?
coloured contact lenses, is the grey as visible as in the model photo
the motorbike fairing in 'candy red', same as the picture?
Is the solar light warm white like in the photo or bluish
do the smart bulb colours look as saturated as in the ad pictures?
the aquarium gravel looks black in the photo, is it actually dark grey
the plus-size dress in 'wine', how true is the color
the maternity dress in dusty blue, more grey in person?
is the burgundy prayer mat the same deep red as the photo
gift box colour, rose gold same as the picture?
wedding napkins in 'sage', is the real colour closer to photo 2 or photo 4
The color of the product in reality is it same with the picture or have the difference
I bought curtains online twice this year and both times the 'charcoal' turned out almost blue in real life. I really like your velvet ones but I'm nervous. Is the charcoal in your photos what I'd actually see at home?
colour same? 🤞
real color pls
pic and real same colour?
The oak finish on the desk, is it as orange as the photo or more natural
Your bot said "colours may vary slightly", how much? I need the walnut to match my shelves
the 'galaxy black' filament, does the glitter show like in the photo
thanks! and the beige, is it true to the picture?
the navy pleated skirt looks almost purple in the photo, what's the real colour?
the nail glitter powder, true colour or filtered photo
the rosary beads look blue in picture 1 and purple in picture 2, which?
is the lehenga colour the same as the photo? the photos look very bright
is the leather seat cover really that tan or lighter
hi ma'am, is the colour same as in the pic for the mocha hijab
the 'mint' thermos, real colour like the photo?
the knee brace looks skin colour in the photo but grey on the model, which is it
photo is very yellow, is the lamp brass really like that
"""

DATA["recommendation"] = """
and what would you suggest for a boy the same age?
ok so which one would you pick for me then
same budget but for outdoor use, which one
thanks! and which filament would you recommend for a beginner?
I need something for my dad's lower back pain when he sits at work, what do you have
my grandmother needs a walker that folds into a small car, which model
first aquarium for my kid, 30-50 litres, what setup would you suggest
which smart plug works best with Alexa for lamps
what's a good solar kit to run a fridge and some lights in a cabin
i'm starting sewing, which machine for a beginner
need decor for a rustic barn wedding, 80 guests, what should i get
looking for a nice gift for a friend's first Holy Communion
Eid gift for my mother-in-law, something elegant, ideas?
which school shoes are best for a kid who wears them out fast
glasses frames for a round face, which would suit me
recommend a wig for a first time wearer, natural looking
best nail kit for doing acrylics at home as a beginner
which coffee for a moka pot, not too bitter
what tea would help with sleep
a gift card for my nephew who plays on PS5, which one should I buy
which motorbike helmet for long rides, under 200
what's the best tyre for wet roads, I ride a Vespa
I'm plus size and want a swimsuit that covers the tummy, which one
maternity clothes for a hot climate, what do you suggest
help, I need a bed frame that's easy to assemble alone, which one
Please recommend to me the best product for the baby of 6 month for the teething
We just moved into a flat with no curtains yet and the bedroom faces a street light. My partner works nights and sleeps during the day. I don't know much about blackout options, what would you recommend from your range?
what do u suggest
any suggestion for me?
which one?? confused 😩
u choose for me, budget 50
what's popular this month in the nail section
I want a 3D printer for printing cosplay armour, which would you recommend
video doorbell with no monthly fee, which one do you have
which portable power station for weekend camping with a CPAP
tell me which contact lenses are good for dry eyes
looking for a knee support for basketball, which one
something for a 5 year old's dinosaur birthday party, decorations?
Sir kindly suggest one good pressure cooker for family of 8
a good bible for a teenager, easy to read, which edition do you suggest
"""

DATA["invoice"] = """
and the invoice, can you send it too
same for order 2, I need the invoice also
ok thanks, and can the receipt show the company name
the app shows "Invoice: not available", how do I get one for order 3056712289
your bot said the invoice is in the parcel but there was none, please email it
The clinic needs a tax invoice for the 4 wheelchairs, order AE-77120
church treasurer here, I need a receipt for the rosaries for our records
School PTA bought 50 jumpers, please send the invoice addressed to St. Mary's PTA
invoice for the 3D printer please, I'm claiming it as business equipment
I need an invoice for the gift card purchase, it's a company expense
can I have a receipt for my eyeglasses for my FSA claim
my medical aid needs an itemised invoice for the knee brace with the product code
wedding planner here, I need one invoice for all 3 orders for my client
Need an invoice with the TVA shown, I'm in France
can the invoice show my KRA PIN? I'm in Kenya
NTN number on the invoice please, for my company in Lahore
Please send the e-invoice with my TRN for UAE VAT
need an invoice with my IČO, I'm in Slovakia
CUIT on the invoice possible? Argentina
Can the invoice include my RFC, I'm in Mexico
invoice?
bill pls
where do i download the receipt in the app
the receipt has the wrong name, it should be Ahmed not Ahmad, can you fix it
invoice amount does not match what I paid after the coupon, please correct it
Hello, I own a small tea shop in Mombasa and bought 12 kg of loose leaf from you last month across two orders (#55120 and #55187). My accountant now needs a single proper invoice covering both, with my business name and tax PIN. Could you prepare that?
Please I am requesting the paper of the bill for the purchase I did, it is need for my office
Can I get the invoice before shipping? finance won't release the second payment without it
Is VAT shown separately on the invoice? I need to reclaim it
for the solar subsidy I need an invoice with the panel serial numbers on it
the motorbike parts are for my workshop, please invoice to Mwangi Motors Ltd
Kindly resend the receipt to my other email, I lost access to the old one
Can I get a tax invoice for the nail supplies? I run a salon
thanks for shipping so fast! quick one: can you email me the invoice
I need the invoice in Arabic and English for customs in Oman
the coffee subscription, can I get monthly invoices automatically
invoice for the furniture assembly service as well please, it was charged separately
receipt with the shop stamp and signature please, for my government office
my uni only reimburses with an invoice dated before the 30th, can you issue it today
Please add PO number 4500118273 on the invoice
"""
