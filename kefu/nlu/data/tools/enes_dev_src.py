"""Hand-written dev (measurement) messages, English and Spanish.

Kept apart from training and written afterwards in a deliberately different
voice: other products (jewellery, bikes, drones, prams, knives, yoga mats,
sunglasses), longer e-mail-like messages next to very terse ones, more
formal register in places, other countries and carriers. enes_build.py refuses
any line equal to, or a near-copy of, a training line.
"""

from __future__ import annotations

EN: dict[str, str] = {}
ES: dict[str, str] = {}

EN["greeting"] = """
Good day to you, I hope someone is reading this.
hellooo anybody home
Hi! First time messaging this store.
sup
Morning all
Is there anyone working at the moment?
hey, you around?
Dear Sir or Madam,
hi, are you guys online right now
knock knock
Hello from Canada :)
hi hi anyone
Hiya
g'day
Hello, is this chat monitored?
Hey folks, is the chat staffed today?
"""

EN["product_info"] = """
Could you tell me whether the necklace clasp is stainless steel or alloy?
does the drone come with a spare propeller set
Is the yoga mat latex free? I have an allergy.
what's the blade made of on the chef knife
how many watts is the hair dryer
Does the pram fold with one hand?
can the sunglasses lenses be replaced with prescription ones
is the helmet CE certified
I'd like to know the weight limit of the camping chair.
does this tablet have a sim slot
the earrings, are they hypoallergenic?
what's the thread count on the bed sheets
Can the kids' raincoat be tumble dried?
does the speaker have an aux input
How many cups does the coffee maker brew?
does the bike light run on usb c
"""

EN["size_advice"] = """
My chest is 102 cm and I like a relaxed fit. Which size of the hoodie would you suggest?
bike helmet for a 54cm head, S or M?
I'm 158 cm, will the long dress drag on the floor in S?
bought 40 last time from you and it was tight, go 41?
What size sunglasses frame suits a narrow face?
daughter is 3, tall for her age, which toddler size
the chart says 26.5cm for 42, my foot is 26.3 — is 42 right or too snug?
i have broad shoulders, should i avoid the slim fit shirt
what ring size am i if my old ring measures 18mm inside
Size recommendation for the cycling shorts, I'm 72kg.
is the wetsuit sizing different from normal clothes sizing
My son wears UK 4, which of your sizes matches?
need advice on size, in between sizes again ugh
should i get the bigger harness for a french bulldog
Which size of the maternity jeans for a pre-pregnancy 10?
"""

EN["stock"] = """
Will the emerald ring be restocked in size 7?
got any of the drones left in grey
Is the 6-pack of cycling socks available or only singles?
The stroller in olive shows 0 — is that correct?
have you still got the yoga mat in lilac
Any chance you will get the 10 inch knife again?
Do you have twelve of the mugs? Ordering for the office.
still selling the tortoiseshell sunglasses?
size 43 in the trail runners — in stock or no
Is the toddler helmet available in blue right now?
Would you be able to tell me if the lamp comes back before December?
is the 256gb tablet back yet
I can't see the L option for the parka anymore, sold out?
any left of the christmas pyjamas in kids 6?
Do you keep stock of replacement filters?
"""

EN["price_bargain"] = """
I'd happily take two of the rings if you could knock the price down a bit.
would you do 80 for the drone
Is there any flexibility on the pram price? It's a little over my budget.
price for 40 yoga mats for my studio?
Could you drop it to $25 and I'll checkout right away?
i'm a bike shop, can i get trade pricing
last offer: 3 helmets for 90
can u go lower on this one pls
Could I have a small reduction since I'm buying the matching earrings too?
cheapest you can do for 2 knives?
is this your final price or can we talk
If I pay now, can you take 10% off?
my budget is 50, help me out
I'm ordering a set for my whole family, surely that's worth a discount?
a little discount for a repeat buyer?
"""

EN["promotion"] = """
Does your shop run a sale around Singles' Day?
Where do I type the discount code? I can't find the box.
is the free carry bag with the yoga mat still part of the deal
The 15% welcome offer didn't apply to my basket.
Are there any seasonal offers on the strollers at the moment?
do followers get any vouchers
The 'spend 50 save 5' promotion — does shipping count towards it?
will the drones be discounted on cyber monday?
I got a voucher from the game, can I use it in your store?
Is there a loyalty programme with points?
is there a deal on buying the helmet and lights together
How long is the current flash deal running?
does the free gift come automatically or do i need to add it
any student discount codes?
Did the anniversary coupons already run out?
"""

EN["shipping_fee"] = """
What would postage be for two pairs of sunglasses to Norway?
is delivery free to Scotland
The checkout added 12 euros of shipping, is that right for Austria?
Do I pay less shipping if I choose the slower option?
Could the delivery charge be waived if I buy the pram and the rain cover?
shipping cost for a drone to Singapore?
How much would it cost to send the bike rack to Hungary?
Is the shipping to Chile charged per kilo?
why am I paying postage for a 3 dollar item
Any free delivery threshold for Denmark?
delivery cost to the Azores please
Is there a surcharge for shipping to rural areas?
what do you charge for tracked postage to Malta
shipping on the knife set to Japan?
If I add another mug, does the shipping stay the same?
"""

EN["delivery_time"] = """
I'm thinking of ordering the pram — roughly how many days until it reaches Lisbon?
Would the ring arrive in Dublin within two weeks if I order tonight?
what's the usual transit time to Finland
How soon could I have the drone in Toronto?
Is Christmas delivery to Vienna still realistic if I buy today?
how long to Cape Town normally
The listing says 7-15 days — is that business days to Mexico?
Before I check out, how long would the yoga mat take to Bucharest?
typical wait for a parcel to the Philippines?
If I choose express to Sydney, how many days?
We need the costumes for a party on the 30th; can they arrive in Leeds by then if ordered now?
how many days does it take to reach Hungary
Delivery estimate for Valparaíso please, not ordered yet.
would it be there before Easter (Berlin)
Roughly how long for shipping to Kenya?
"""

EN["courier"] = """
Do you deliver to Iceland?
Which carrier handles parcels to Italy, is it GLS?
Could you ship via DPD? I'm rarely home for Royal Mail.
do you send to northern ireland
Is it possible to ship to a Packstation in Germany?
Can you use InPost lockers in Poland?
Will it be sent by Evri or by DHL?
do you ship to the faroe islands
Can I collect the order from your warehouse in Valencia?
is delivery to military bases possible
Who is the local courier in Mexico — Estafeta or Fedex?
Can you ship to Kazakhstan?
i'd prefer tnt if possible
Do you send to Greenland or is that outside your area?
Do you use Correos or SEUR for mainland Spain?
"""

EN["authenticity"] = """
Are these Ray-Bans genuine, with the etching on the lens?
Is the diamond lab-grown or natural, and is there a certificate?
Is the drone a genuine DJI unit or a clone?
I want to be certain the skincare is authentic and not a counterfeit.
are the bike parts genuine shimano
Would the watch pass a check at an official dealer?
is the pandora charm authentic
Is this stroller an original brand item or an unbranded version?
legit or knockoff?
Are the headphones authentic Sony? Price seems too good.
Does the perfume come with batch code I can check?
is this the real stanley cup or a copy
Are you an official reseller of this brand?
genuine swiss movement?
Can you guarantee the tablet is not a refurbished fake?
"""

EN["quality"] = """
Will the gold plating on the bracelet wear off quickly?
Is the drone robust enough to survive a crash or two?
How well does the yoga mat hold up to daily practice?
Are the knife edges durable or do they dull fast?
would the pram frame hold up on cobblestones
Does the sunglasses hinge feel solid or flimsy?
Is the stitching on the backpack reinforced?
will the helmet straps fray
how sturdy is the bookshelf
Does the non-stick coating scratch off easily?
Is the bike pump well built?
how long will the rain jacket stay waterproof
are the toys made from decent plastic
Is the sofa cover thick enough not to tear with a dog?
Will this lunchbox survive my kids?
"""

EN["price_compare"] = """
Why does the 18k version cost so much more than the silver one?
Your pram is $60 more than the same model on another site, why?
What justifies the higher price of the carbon helmet?
how come the 4 pack is more than double the 2 pack
Why is the drone cheaper on your other store?
The same knife set is 30% less at a local store. What am I missing?
Why would I pay more for yours than for the generic version?
Why did the price rise since I added it to my cart?
is the difference between the 2 tablets only the colour?
I can get nearly identical sunglasses for a third of the price elsewhere.
Why is the grey mat pricier than the blue one?
Difference between the basic and deluxe kits?
why's this more than on walmart
Why is it listed higher in euros than in dollars?
what extra do i get with the expensive bike light
"""

EN["color_difference"] = """
Is the rose gold more pink or more copper in person?
Does the sage green look grey in real light?
Would you say the photos of the mat are colour-accurate?
The pram in 'sand' — is it closer to beige or yellow?
Do the lenses look as dark as on the model photo?
Is the burgundy more purple than the pictures suggest?
Could you send an unedited photo of the teal cushion?
are the colours on the website edited
The navy on my screen looks almost black — which is it really?
is the cream closer to white or to yellow
Does the 'charcoal' look like the picture or lighter?
Is the tint on the sunglasses the same as the product image?
How true to the listing photos is the mustard colour?
is the silver one actually silver or more grey
real life colour same as pics?
"""

EN["recommendation"] = """
I'm after a lightweight stroller for travelling — which would you pick?
What would you suggest for a teenage boy who likes skateboarding?
Which of your knives would you give to someone who just started cooking?
any ideas for a retirement present under 40
Which helmet works best for commuting at night?
Could you point me towards something for a yoga beginner?
What's a good drone for a 12-year-old?
looking for sunglasses for driving, what do you suggest
Which jewellery would suit a minimalist style?
I need something to keep my feet warm in the office, any suggestions?
What's your top pick for a hiking backpack?
suggest me a toy for a 2 yr old
I'm redecorating in Scandinavian style, what would you recommend?
Which tablet is best for reading comics?
anything good for a bike commuter in the rain
"""

EN["invoice"] = """
Please could you issue a VAT invoice for order 55120, company: Smith & Co Ltd.
I need a receipt showing the price paid for my insurance claim.
Does the invoice include the EORI number?
Can you send me a credit note for the returned item?
I require an invoice addressed to my business, not to me personally.
could you resend the invoice, i deleted the email
Is it possible to have an invoice in Spanish for my accountant?
the receipt shows the wrong amount, please correct it
Where in my account can I download the tax invoice?
need an invoice with our PO number
Could you add my VAT ID IT01234567890 to the receipt?
can I have an invoice that lists each item separately
I need an invoice for my employer to reimburse me for the desk.
receipt pls
Do you provide invoices for the shipping charge separately?
"""

EN["payment"] = """
My transaction was declined three times but the bank says there's no block.
Do you accept iDEAL?
Is it possible to pay part by gift card and part by card?
The payment page says 'risk control' — what does that mean?
can I pay via Afterpay
I was charged in USD instead of EUR, why?
The checkout keeps timing out after I enter my card.
Do you take American Express?
My order still shows pending payment after I paid through bank transfer yesterday.
can i pay with crypto
I see two pending holds on my card for one purchase.
Why was I asked for extra verification on my payment?
is there a surcharge for paying with paypal
payment won't go through on the app, works on the website?
Can I settle the bill when the parcel arrives?
"""

EN["modify_order"] = """
I entered my old address by mistake — please ship order 44781 to 22 Elm Road instead.
Could you swap the stroller colour to grey before dispatch?
please add the rain cover to the same parcel
I'd like to reduce the quantity from 4 mugs to 3.
can you put 'Happy Birthday Anna' on the gift note
Please change the ring size on my order from 7 to 6.5.
the postcode should be SW1A 1AA, I typed it wrong
Could you combine today's order with the one I placed on Sunday?
Switch my delivery to the pickup point near my work please.
change recipient to my partner, name is Tom Reed
Is it still possible to upgrade to express shipping?
please remove the helmet from my order but keep the lights
My phone number on the order is missing a digit.
Can you hold my parcel until I'm back from holiday on the 12th?
update the door code to 4512 for the courier
"""

EN["cancel_order"] = """
Please cancel order 55831 — I won't need the pram after all.
I would like to withdraw my purchase before it is dispatched.
kill the order pls
Can my order be cancelled? The delivery estimate is too long.
I accidentally bought the same drone twice; cancel the duplicate.
void my order
Is it possible to cancel only the knife and keep the rest?
Please stop the order from being shipped, I'm cancelling.
Could you cancel my order and refund me to the card?
I pressed buy too fast, please cancel it
Cancellation request for today's order, thank you.
how do i call off an order that hasn't shipped
I've changed my mind about the sunglasses, please cancel.
I don't want to wait three weeks, so please cancel it.
Can you please approve the cancellation I requested?
"""

EN["ship_time"] = """
I paid for the pram five days ago and it still says 'awaiting dispatch'. When will it go out?
Has the ring been posted yet?
what day will my drone leave the warehouse
It's been 72 hours since payment, when do you plan to send my order?
When can I expect you to hand my parcel to the courier?
Any idea when my yoga mat will be dispatched?
is my stuff packed yet
Can you let me know the dispatch date for order 77104?
Why is my paid order still not sent after a week?
Will my order go out before the weekend?
please get my order in the post today
When will the second part of my order be shipped?
order paid, when does it ship
hey, when are you sending the helmet I bought on tuesday?
I still don't have a tracking number — has it been dispatched?
"""

EN["order_status"] = """
Can you tell me where my parcel currently is? Tracking 1Z999AA10123456784.
What is the latest update on order 33219?
The tracking has said 'departed from facility' for nine days.
My shipment shows 'arrived at destination country' — what's next?
where's my order at right now
Is my package still in customs?
Tracking says 'handed over to airline' — what does that mean?
Could you look up the whereabouts of my drone?
My parcel appears to be stuck in Liège.
status update please
which local courier has my parcel now
The tracking link gives an error, can you tell me where it is?
Has my package reached the local depot yet?
Any movement on my order?
Where exactly is my shipment?
"""

EN["not_received"] = """
My parcel was supposedly delivered on Monday but I have nothing.
I've now waited 70 days and the ring hasn't turned up.
The courier claims it was left in a safe place; it wasn't.
Order 66120 never showed up at my door.
It's well past the latest delivery date and I still have nothing.
The app says collected from the locker, but I never collected it.
I believe my parcel has gone missing.
it was signed for by someone I don't know
Nothing has arrived and the buyer protection ends in 3 days.
Never turned up.
the post office returned my parcel to you without trying to deliver
my drone hasn't come, it's 6 weeks late
Delivered to the wrong house apparently — I don't have it.
the parcel vanished after customs
still nothing in my letterbox, it's been months
"""

EN["quality_issue"] = """
The clasp on the bracelet snapped the first time I put it on.
The drone's left motor doesn't spin.
The yoga mat is already tearing at the corner.
The knife arrived with a chipped blade.
One wheel of the pram wobbles and squeaks loudly.
The lenses of the sunglasses are scratched straight out of the box.
The helmet has a crack on the side.
the lamp buzzes and flickers
The paint on the toy is flaking off.
The frying pan warped after one use.
Water comes in through the tent seams.
The tablet screen has a dead pixel line.
my new bike light won't hold a charge
the mug handle came off in my hand
The jacket's seam split under the arm.
"""

EN["wrong_item"] = """
I ordered the silver necklace and received a gold one.
The parcel contained a phone case instead of my drone batteries.
The yoga mat is 4mm, I paid for the 6mm version.
The rain cover wasn't in the box, though it was listed as included.
You've sent a 10 inch knife; I ordered the 8 inch.
Only two of the four chairs arrived in the parcel.
The sunglasses are a completely different model from the listing.
This isn't the stroller in the photos — the handle is different.
I got a child's helmet instead of an adult one.
the bundle is missing the charger and the case
Received a blue duvet, ordered the grey one.
The label says polyester while your page says linen.
It's a EU plug and I ordered UK.
I received a totally different product from what I ordered.
the earrings came without their backs
"""

EN["return_refund"] = """
I'd like to send the pram back and receive my money.
Is the ring eligible for return if I haven't worn it?
Please process a refund for my order, the drone doesn't meet my expectations.
How long do I have to return the yoga mat?
I want to return the knife set, it's unused and sealed.
Can I get my money back on the sunglasses? They don't suit me.
Do you refund items bought on sale?
I'd like to return order 55102 for a full refund.
What's the procedure for a return?
I'd prefer a refund rather than a replacement.
Since the helmet is cracked I want my money back.
Is there a restocking fee on returns?
please open a return for me
Will you refund me if the parcel is damaged?
Could I get a partial refund instead of sending it back?
"""

EN["exchange"] = """
Could I swap the ring for a half size smaller?
I'd like to exchange the pram for the grey version.
The cycling shorts are too tight, can I trade them for an XL?
Can I swap the sunglasses for the polarised model and pay the difference?
Please send a replacement drone; mine is faulty.
Is it possible to exchange the mat for a thicker one?
I'd rather exchange than get a refund.
swap for the next size up please
Can I swap the jacket I received for the same one in navy?
Could you replace the cracked helmet with a new one?
Exchange the 8 inch knife for the 10 inch please.
Is an exchange for a different colour allowed after 14 days?
I need the kids' version instead, can we swap?
can I exchange these for a pair that fits
Can you ship a replacement before I send this one back?
"""

EN["refund_status"] = """
My refund for order 44120 was approved on the 3rd — when will it show on my statement?
I still haven't been reimbursed for the returned pram.
Could you check whether my refund has been sent?
The refund went through on your side but my bank shows nothing.
How many working days until the refund reaches my PayPal?
You confirmed receipt of the return two weeks ago, where's my money?
Has the partial refund for the damaged mug been issued?
My refund amount seems too small, it's missing the shipping.
Where is my money for the cancelled drone?
Can you provide the transaction ID of my refund?
still no sign of my refund
Is my reimbursement still being processed?
The refund was promised within 48 hours, it's been a week.
When does the refund land on my card?
Any update on the money you owe me for the returned ring?
"""

EN["return_shipping"] = """
Will I be charged for postage when I return the pram?
Please send me a prepaid label for the return.
What address should the return go to?
Can I drop the return parcel at a DPD shop?
Since the item is faulty, will you cover the return postage?
Do I have to send the exchange back at my own cost?
Is there a return point in the UK?
How do I post the drone back safely?
The return label you sent has expired.
Do I need to use a tracked service for the return?
how much is the return postage usually
can a courier collect the return from my office
here's the return tracking: CP123456789DE
Can you reimburse the €9 I paid to post it back?
Where's the nearest place to drop off a return for your shop?
"""

EN["dispute"] = """
I have raised a case with PayPal regarding order 34110.
The platform has asked for your response to my claim.
I will be filing a chargeback with my bank tomorrow.
Would you agree to a partial refund so I can close the case?
The dispute has been escalated to the marketplace.
How do I withdraw the claim now that my parcel arrived?
I submitted evidence in the dispute, please review.
I disagree with the outcome of the dispute and will appeal.
You have not responded to the case I opened.
Please accept the claim so we can settle this.
Can I still open a case after 90 days?
the resolution center says you rejected my claim
I'm disputing the charge with my card issuer.
case is open, waiting for your reply
I'm going to ask the platform to intervene.
"""

EN["complaint"] = """
This is the worst customer service I have ever dealt with.
I am absolutely fed up with being ignored.
You have been extremely unhelpful.
I'm appalled by how I've been treated.
I'll be reporting your shop to trading standards.
Your staff are incompetent.
I'll make sure everyone on Facebook knows about this store.
Frankly, this is disgraceful.
I've written five times and had no real answer.
What a shambles.
I feel completely cheated by your shop.
I expect far better than this.
you guys are a joke
such poor service, really
I'm going to warn everybody about you in my review.
"""

EN["review"] = """
Where do I post my feedback for the pram?
I'd like to amend the rating I left yesterday.
Can I remove the negative review now that it's fixed?
Is there a reward for leaving a video review?
My review isn't showing under the product.
I've left the 5-star review, when do I get the voucher?
Can I attach pictures to my feedback after posting it?
I'm unable to rate my order.
Can I still leave feedback two months after delivery?
Do you want me to update my feedback now?
How do I rate the seller rather than the product?
My review with photos was rejected, why?
can I write feedback for each item in my order
Is the review cashback still available?
where's the review button
"""

EN["human_agent"] = """
Could I please be connected to a member of staff?
I'd like to speak with someone from your team, not an automated system.
Is there a real agent available to chat?
Put me through to a live agent please.
Can a manager contact me?
I'm not getting anywhere with the bot, I need a person.
Please escalate me to a human.
Get me a real agent.
Someone from your staff please.
I'd rather explain this to a human being.
May I chat with a live representative?
Are there any actual people working on this chat?
a human being would be nice right now!!
Is there a phone line where I can speak to someone?
I need an actual person to look at my case.
"""

EN["thanks_bye"] = """
Brilliant, cheers for that.
That's everything, have a good evening.
Thanks ever so much.
lovely, ta
Great, that answers my question. Bye!
Thank you kindly.
Right, thanks, speak soon.
okie dokie thx
Perfect, much obliged.
Many thanks for sorting it out.
kk ty
👌 that's sorted then, ta
Wonderful, goodbye.
thank you for your time
Awesome, that's all from me.
"""

EN["other"] = """
Is this conversation being recorded?
What's the best pizza topping in your opinion?
How do I switch my account to a business account?
My password reset email never arrives.
Can you write me a poem?
Are you an AI?
Is it sunny where you are?
How do I turn off two-factor authentication?
What year was your company founded?
I'm just browsing, no question.
Which football team do you support?
How do I link my account to Google?
Can I become an affiliate?
Do you know a good dentist in Madrid?
hmm nevermind
"""

ES["greeting"] = """
Buenas tardes, ¿me atiende alguien?
holis, alguien por ahí?
Muy buenos días, estimados.
holaaa hay gente?
Saludos desde Montevideo
buenass hay alguien conectado
Hola, ¿se encuentra disponible alguien de la tienda?
q onda
buenos días tengan todos
¿Hola? ¿Me leen?
Hola, es la primera vez que les escribo.
ey, alguien?
Buen día señores
hola vecino
Hola, ¿alguien lee los mensajes?
"""

ES["product_info"] = """
¿El collar es de acero quirúrgico o de aleación?
el dron trae helices de repuesto?
¿La esterilla de yoga tiene látex? Soy alérgica.
de que acero es el cuchillo
cuantos watts tiene el secador
¿El cochecito se pliega con una sola mano?
los lentes de sol se pueden graduar
el casco tiene certificacion
¿Cuánto peso aguanta la silla de camping?
la tablet tiene ranura para chip
los aretes son antialergicos?
cuantos hilos tienen las sabanas
el impermeable de niño se puede meter en la secadora?
el parlante tiene entrada auxiliar
¿Para cuántas tazas es la cafetera?
la luz de la bici carga con usb c?
"""

ES["size_advice"] = """
Tengo 102 cm de pecho y me gusta holgado, ¿qué talla de sudadera me conviene?
casco de bici para cabeza de 54 cm, S o M?
Mido 1,58, ¿el vestido largo en S me arrastrará?
la ultima vez les compre 40 y me apretaba, pido 41?
¿Qué tamaño de montura me va si tengo la cara angosta?
mi nena tiene 3 pero es alta, que talla le pido
la tabla dice 26.5 para el 42 y mi pie mide 26.3, me quedara justo?
tengo espalda ancha, me conviene la camisa slim?
mi anillo viejo mide 18 mm por dentro, que medida soy
¿Qué talla del culote de ciclismo para 72 kilos?
el traje de neopreno talla igual que la ropa normal?
mi hijo usa 35 europeo, cual de sus tallas es
Necesito consejo de talla, otra vez entre dos tallas
para un bulldog frances que arnes, el grande?
¿Qué talla de jean premamá si antes usaba 38?
"""

ES["stock"] = """
¿Van a reponer el anillo de esmeralda en la medida 16?
les quedan drones en gris?
¿El pack de 6 medias de ciclismo está disponible o solo sueltas?
El cochecito verde oliva sale en 0, ¿es correcto?
todavia tienen la esterilla en lila
¿Volverá el cuchillo de 25 cm?
¿Tienen doce tazas? Es para la oficina.
siguen vendiendo los lentes carey?
43 en las zapatillas de trail, hay o no hay
¿El casco de niño está disponible en azul ahora mismo?
la lampara vuelve antes de diciembre?
ya volvio la tablet de 256gb
ya no aparece la L de la parka, se agoto?
quedan pijamas navideños talla 6 de niño?
¿Manejan stock de filtros de repuesto?
"""

ES["price_bargain"] = """
Me llevo dos anillos si me rebaja un poquito el precio.
me dejas el dron en 80?
¿Hay flexibilidad con el precio del cochecito? Se me pasa del presupuesto.
precio por 40 esterillas para mi estudio?
Si me lo deja en 25 dólares pago al tiro.
tengo una tienda de bicis, me das precio de distribuidor
ultima oferta: 3 cascos por 90
me lo bajas un poco mas xfa
¿Me hace una rebaja si también llevo los aretes a juego?
lo mas barato que me dejas 2 cuchillos?
es precio final o se puede conversar
Si pago ahora, ¿me hace un 10% menos?
mi presupuesto es 50, ayudame
Compro para toda la familia, ¿no merezco un descuentito?
una rebajita para un cliente que repite?
"""

ES["promotion"] = """
¿Hacen rebajas para el 11 del 11?
¿Dónde pongo el código de descuento? No encuentro la casilla.
sigue incluida la bolsa gratis con la esterilla?
La oferta de bienvenida del 15% no se aplicó a mi carrito.
¿Hay ofertas de temporada en los cochecitos?
los seguidores tienen cupones?
La promo de 'gasta 50 y ahorra 5', ¿cuenta el envío?
los drones van a tener descuento en el cyber?
Me dieron un cupón en el juego de la app, ¿sirve en su tienda?
¿Tienen programa de puntos?
hay combo si llevo el casco y las luces
¿Hasta cuándo dura la oferta relámpago?
el regalo viene solo o lo tengo que agregar
hay codigos para estudiantes?
¿Ya se acabaron los cupones del aniversario?
"""

ES["shipping_fee"] = """
¿Cuánto sería el envío de dos lentes de sol a Asunción?
el envio es gratis a tenerife?
Al pagar me sumó 12 euros de envío, ¿es correcto para Austria?
¿Pago menos de envío si elijo la opción lenta?
¿Me regalan el envío si llevo el cochecito y el protector de lluvia?
costo de envio de un dron a panama?
¿Cuánto cuesta mandar el portabicis a Rosario?
¿El envío a Chile se cobra por kilo?
por que pago envio por algo de 3 dolares
hay envio gratis desde cierto monto a colombia?
cuanto sale mandar a las azores
¿Hay recargo por envío a zonas rurales?
cuanto cobran el envio certificado a ibiza
el envio del set de cuchillos a quito?
Si agrego otra taza, ¿el envío queda igual?
"""

ES["delivery_time"] = """
Estoy pensando en pedir el cochecito, ¿en cuántos días más o menos llegaría a Sevilla?
Si lo compro esta noche, ¿el anillo llega a Lima en dos semanas?
cuanto es el transito normal a montevideo
¿Qué tan pronto podría tener el dron en Querétaro?
Si compro hoy, ¿llega a Valencia para Reyes?
cuanto tarda normalmente a barranquilla
El anuncio dice 7-15 días, ¿son hábiles para México?
Antes de pagar, ¿cuánto tardaría la esterilla a Mendoza?
demora tipica de un paquete a san jose costa rica?
Si elijo express a Santiago, ¿cuántos días?
Necesito los disfraces para una fiesta el 30, ¿llegan a Bilbao si los pido ya?
cuantos dias demora a tegucigalpa
Plazo estimado a Concepción por favor, aún no compro.
llegaria antes de semana santa a malaga
Más o menos, ¿cuánto tarda el envío a Santo Domingo?
"""

ES["courier"] = """
¿Hacen envíos a Islandia?
¿Con qué empresa mandan a Italia, GLS?
¿Podrían enviarlo por MRW? Con Correos nunca estoy en casa.
mandan a baleares?
¿Se puede enviar a un Citypaq de Correos?
¿Usan puntos de retiro de Blue Express?
¿Lo manda Estafeta o DHL?
envian a las islas malvinas
¿Puedo recogerlo en su almacén de Valencia?
se puede mandar a una base militar
En México, ¿lo reparte Estafeta o FedEx?
¿Envían a Nicaragua?
si se puede prefiero tnt
¿Mandan a Guinea Ecuatorial o no llegan ahí?
Para la península, ¿usan Correos o SEUR?
"""

ES["authenticity"] = """
¿Estas Ray-Ban son genuinas, con el grabado en el cristal?
¿El diamante es natural o de laboratorio y trae certificado?
¿El dron es DJI de verdad o un clon?
Quiero estar segura de que los productos de skincare son auténticos y no falsificados.
las piezas de la bici son shimano legitimas?
¿El reloj pasaría una revisión en un distribuidor oficial?
el charm pandora es autentico
¿Este cochecito es de la marca original o es una versión sin marca?
legitimo o chimbo?
¿Los audífonos son Sony auténticos? El precio parece demasiado bueno.
¿El perfume trae código de lote para verificar?
es el vaso stanley real o copia
¿Son revendedores oficiales de la marca?
maquina suiza genuina?
¿Me garantiza que la tablet no es un reacondicionado falso?
"""

ES["quality"] = """
¿El baño de oro de la pulsera se va rápido?
¿El dron es lo bastante resistente para aguantar un par de golpes?
¿Qué tal resiste la esterilla la práctica diaria?
¿El filo de los cuchillos dura o se desafila rápido?
el chasis del cochecito aguanta calles de adoquin?
¿La bisagra de los lentes se siente firme o frágil?
¿Las costuras de la mochila están reforzadas?
las correas del casco se deshilachan?
que tan firme es la estanteria
¿El antiadherente se raya fácil?
¿El inflador de bici está bien hecho?
cuanto tiempo sigue siendo impermeable la campera
los juguetes son de plastico decente
¿La funda del sofá es gruesa para que no la rompa el perro?
¿Esta lonchera sobrevive a mis hijos?
"""

ES["price_compare"] = """
¿Por qué la versión de oro de 18k cuesta tanto más que la de plata?
Su cochecito está 60 dólares más caro que el mismo modelo en otra web, ¿por qué?
¿Qué justifica el precio más alto del casco de carbono?
como es que el pack de 4 cuesta mas del doble que el de 2
¿Por qué el dron está más barato en su otra tienda?
El mismo set de cuchillos está 30% más barato en una tienda local. ¿Qué me pierdo?
¿Por qué pagaría más por el suyo que por uno genérico?
¿Por qué subió el precio desde que lo agregué al carrito?
la diferencia entre las 2 tablets es solo el color?
Consigo lentes casi iguales a un tercio del precio en otro lado.
¿Por qué la esterilla gris es más cara que la azul?
¿Diferencia entre el kit básico y el de lujo?
xq esta mas caro que en walmart
¿Por qué en euros sale más caro que en dólares?
que tiene de mas la luz de bici cara
"""

ES["color_difference"] = """
¿El oro rosa es más rosado o más cobrizo en persona?
¿El verde salvia se ve gris con luz natural?
¿Diría que las fotos de la esterilla tienen el color real?
El cochecito color 'arena', ¿tira más a beige o a amarillo?
¿Los cristales son tan oscuros como en la foto del modelo?
¿El borgoña es más morado de lo que muestran las fotos?
¿Me manda una foto sin editar del cojín verde azulado?
los colores de la pagina estan editados?
El azul marino en mi pantalla parece negro, ¿cuál es en realidad?
el crudo es mas blanco o mas amarillo
¿El 'carbón' se ve como en la foto o más claro?
¿El tinte de los lentes es igual al de la imagen del producto?
¿Qué tan fiel a las fotos es el color mostaza?
el plateado es plateado de verdad o mas gris
en la vida real el color es igual a las fotos?
"""

ES["recommendation"] = """
Busco un cochecito liviano para viajar, ¿cuál elegiría usted?
¿Qué le sugiere para un adolescente al que le gusta el skate?
¿Qué cuchillo le regalaría a alguien que recién empieza a cocinar?
ideas para un regalo de jubilacion de menos de 40
¿Qué casco va mejor para ir al trabajo de noche?
¿Me orienta con algo para alguien que empieza yoga?
¿Qué dron es bueno para un chico de 12?
busco lentes para manejar, que me sugieres
¿Qué joyería va con un estilo minimalista?
Necesito algo para tener los pies calentitos en la oficina, ¿sugerencias?
¿Cuál es su mejor opción de mochila para trekking?
sugerime un juguete para un nene de 2
Estoy decorando estilo nórdico, ¿qué me recomienda?
¿Qué tablet es mejor para leer cómics?
algo bueno para ir en bici al trabajo cuando llueve
"""

ES["invoice"] = """
¿Podrían emitir una factura con IVA del pedido 55120 a nombre de Comercial Ruiz SL?
Necesito un comprobante con el precio pagado para el seguro.
¿La factura incluye el número EORI?
¿Me pueden mandar una nota de crédito por el artículo devuelto?
Necesito la factura a nombre de mi negocio, no a mi nombre.
me reenvian la factura, borre el correo
¿Se puede tener la factura en inglés para mi contador?
el comprobante tiene mal el monto, corrijanlo porfa
¿En qué parte de mi cuenta descargo la factura fiscal?
necesito factura con nuestra orden de compra
¿Pueden agregar mi NIF B12345678 al recibo?
me dan una factura con cada articulo por separado
Necesito factura para que mi empleador me reembolse el escritorio.
boleta porfa
¿Facturan aparte el cargo de envío?
"""

ES["payment"] = """
Me rechazaron la transacción tres veces pero el banco dice que no hay bloqueo.
¿Aceptan Yape?
¿Se puede pagar una parte con tarjeta regalo y otra con tarjeta?
La página de pago dice 'control de riesgo', ¿qué significa?
puedo pagar con aplazame
Me cobraron en dólares en vez de euros, ¿por qué?
El pago se queda colgado después de poner la tarjeta.
¿Aceptan American Express?
Mi pedido sigue pendiente de pago y ayer hice la transferencia.
se puede pagar con cripto
Veo dos retenciones en mi tarjeta por una sola compra.
¿Por qué me pidieron verificación adicional del pago?
cobran recargo si pago con paypal
el pago no pasa en la app, en la web si?
¿Puedo pagar cuando llegue el paquete?
"""

ES["modify_order"] = """
Puse mi dirección antigua por error, envíen el pedido 44781 a Av. Los Álamos 22 por favor.
¿Pueden cambiar el color del cochecito a gris antes de despacharlo?
agreguen el protector de lluvia al mismo paquete porfa
Quisiera bajar la cantidad de 4 tazas a 3.
pueden poner 'Feliz cumple Ana' en la tarjeta de regalo
Por favor cambien la medida del anillo de 16 a 15.
el codigo postal es 28013, lo escribi mal
¿Pueden juntar el pedido de hoy con el del domingo?
Cambien la entrega al punto de retiro cerca de mi trabajo, porfa.
cambien el destinatario a mi pareja, se llama tomas reyes
¿Todavía se puede pasar a envío express?
saquen el casco del pedido pero dejen las luces
Al teléfono del pedido le falta un número.
¿Pueden guardar mi paquete hasta que vuelva de vacaciones el 12?
actualicen el codigo del portero a 4512 para el repartidor
"""

ES["cancel_order"] = """
Por favor anulen el pedido 55831, al final no necesito el cochecito.
Quisiera desistir de la compra antes de que la despachen.
borren mi pedido porfa
¿Se puede cancelar mi pedido? El plazo de entrega es demasiado largo.
Compré el mismo dron dos veces sin querer; cancelen el repetido.
anulen la orden
¿Se puede cancelar solo el cuchillo y dejar lo demás?
Por favor frenen el envío, estoy cancelando.
¿Pueden cancelar mi pedido y devolverme a la tarjeta?
le di a comprar muy rapido, cancelenlo xfa
Solicitud de cancelación del pedido de hoy, gracias.
como anulo una orden que no ha salido
Me arrepentí de los lentes, cancelen por favor.
No quiero esperar tres semanas, así que cancélenlo.
¿Pueden aprobar la cancelación que solicité?
"""

ES["ship_time"] = """
Pagué el cochecito hace cinco días y sigue en 'pendiente de envío'. ¿Cuándo sale?
¿Ya despacharon el anillo?
que dia sale mi dron del almacen
Ya pasaron 72 horas desde el pago, ¿cuándo piensan enviar mi pedido?
¿Cuándo entregan mi paquete a la paquetería?
¿Saben cuándo despachan mi esterilla?
ya empacaron mis cosas?
¿Me confirman la fecha de despacho del pedido 77104?
¿Por qué mi pedido pagado sigue sin enviarse después de una semana?
¿Sale mi pedido antes del fin de semana?
porfa manden hoy mi pedido al correo
¿Cuándo envían la segunda parte de mi pedido?
pedido pagado, cuando se despacha
oye cuando mandan el casco que compre el martes?
Todavía no tengo número de seguimiento, ¿ya salió?
"""

ES["order_status"] = """
¿Me dicen dónde está ahora mi paquete? Guía 1Z999AA10123456784.
¿Cuál es la última novedad del pedido 33219?
Hace nueve días que el seguimiento dice 'salió de la instalación'.
Mi envío dice 'llegó al país de destino', ¿qué sigue?
por donde va mi pedido ahorita
¿Mi paquete sigue en aduana?
El seguimiento dice 'entregado a la aerolínea', ¿qué significa?
¿Me pueden ubicar mi dron?
Mi paquete parece estar trabado en Lieja.
actualizacion del estado porfa
que mensajeria local tiene mi paquete ahora
El link de seguimiento da error, ¿me dicen dónde está?
¿Ya llegó mi paquete a la oficina local?
¿Se ha movido algo mi pedido?
¿Dónde está exactamente mi envío?
"""

ES["not_received"] = """
Supuestamente me entregaron el paquete el lunes, pero no tengo nada.
Ya esperé 70 días y el anillo no aparece.
El repartidor dice que lo dejó en lugar seguro; no es así.
El pedido 66120 nunca llegó a mi puerta.
Ya pasó de sobra la última fecha de entrega y sigo sin nada.
La app dice retirado del casillero, pero yo nunca lo retiré.
Creo que mi paquete se extravió.
lo firmo alguien que no conozco
No llegó nada y la protección al comprador termina en 3 días.
Jamás apareció.
el correo les devolvio el paquete sin intentar entregarlo
mi dron no llega, tiene 6 semanas de atraso
Dicen que lo entregaron en otra casa; yo no lo tengo.
el paquete desaparecio despues de la aduana
sigue sin llegar nada a mi buzon, ya van meses
"""

ES["quality_issue"] = """
El broche de la pulsera se rompió la primera vez que me la puse.
El motor izquierdo del dron no gira.
La esterilla ya se está rasgando en una esquina.
El cuchillo llegó con el filo mellado.
Una rueda del cochecito baila y chirría mucho.
Los cristales de los lentes vienen rayados de fábrica.
El casco tiene una grieta en el costado.
la lampara zumba y parpadea
La pintura del juguete se está descascarando.
La sartén se deformó al primer uso.
Entra agua por las costuras de la carpa.
La pantalla de la tablet tiene una línea de píxeles muertos.
la luz nueva de la bici no aguanta la carga
se me quedo el asa de la taza en la mano
Se abrió la costura de la chaqueta debajo del brazo.
"""

ES["wrong_item"] = """
Pedí el collar plateado y me llegó uno dorado.
En el paquete venía una funda de celular en lugar de las baterías del dron.
La esterilla es de 4 mm y pagué la de 6 mm.
No venía el protector de lluvia aunque el anuncio dice que viene incluido.
Mandaron un cuchillo de 25 cm; yo pedí el de 20.
Solo llegaron dos de las cuatro sillas.
Los lentes son un modelo totalmente distinto al del anuncio.
Este no es el cochecito de las fotos, el manillar es otro.
Me llegó un casco de niño en vez de uno de adulto.
al combo le faltan el cargador y el estuche
Recibí un edredón azul y pedí el gris.
La etiqueta dice poliéster y su página dice lino.
Es enchufe europeo y yo pedí inglés.
Recibí un producto totalmente diferente al que pedí.
los aretes vinieron sin los broches de atras
"""

ES["return_refund"] = """
Quisiera devolver el cochecito y que me reintegren el dinero.
¿El anillo se puede devolver si no lo he usado?
Por favor tramiten un reembolso de mi pedido, el dron no me convenció.
¿Cuánto plazo tengo para devolver la esterilla?
Quiero devolver el set de cuchillos, está sin abrir.
¿Me devuelven la plata de los lentes? No me quedan bien.
¿Hacen reembolso de productos comprados en oferta?
Quiero devolver el pedido 55102 con reembolso total.
¿Cuál es el procedimiento para una devolución?
Prefiero reembolso antes que reposición.
Como el casco vino rajado quiero que me devuelvan el dinero.
¿Cobran algún cargo por devolución?
abranme una devolucion porfa
¿Me reembolsan si el paquete llega dañado?
¿Me pueden hacer un reembolso parcial en vez de devolverlo?
"""

ES["exchange"] = """
¿Puedo cambiar el anillo por media medida menos?
Quisiera cambiar el cochecito por la versión gris.
El culote me aprieta, ¿lo cambio por una XL?
¿Puedo cambiar los lentes por el modelo polarizado pagando la diferencia?
Por favor mándenme otro dron, el mío viene fallado.
¿Se puede cambiar la esterilla por una más gruesa?
Prefiero un cambio antes que el reembolso.
cambio por la talla siguiente porfa
¿Puedo cambiar la chaqueta que me llegó por la misma en azul marino?
¿Me reponen el casco rajado por uno nuevo?
Cambien el cuchillo de 20 por el de 25, por favor.
¿Se permite cambiar de color pasados 14 días?
Necesito la versión infantil, ¿lo cambiamos?
se los puedo cambiar por un par que me quede
¿Pueden mandar el reemplazo antes de que devuelva este?
"""

ES["refund_status"] = """
Aprobaron mi reembolso del pedido 44120 el día 3, ¿cuándo se ve en mi cuenta?
Todavía no me reintegraron el dinero del cochecito devuelto.
¿Pueden revisar si ya enviaron mi reembolso?
El reembolso figura hecho de su lado pero mi banco no muestra nada.
¿Cuántos días hábiles tarda el reembolso en llegar a PayPal?
Confirmaron que recibieron la devolución hace dos semanas, ¿y mi dinero?
¿Ya emitieron el reembolso parcial de la taza dañada?
El monto reembolsado parece poco, falta el envío.
¿Dónde está mi plata del dron cancelado?
¿Me pasan el ID de la transacción del reembolso?
nada de mi reembolso todavia
¿Mi reintegro sigue en proceso?
Prometieron el reembolso en 48 horas y ya pasó una semana.
¿Cuándo cae el reembolso en mi tarjeta?
¿Alguna novedad del dinero que me deben por el anillo devuelto?
"""

ES["return_shipping"] = """
¿Me van a cobrar el envío cuando devuelva el cochecito?
Mándenme una etiqueta prepagada para la devolución, por favor.
¿A qué dirección envío la devolución?
¿Puedo dejar el paquete de devolución en una tienda de MRW?
Como el producto salió fallado, ¿ustedes cubren el envío de vuelta?
¿El envío del cambio de vuelta corre por mi cuenta?
¿Hay un punto de devolución en México?
¿Cómo mando el dron de vuelta sin que se dañe?
La etiqueta de devolución que me mandaron ya venció.
¿Tengo que usar envío con seguimiento para devolverlo?
cuanto sale normalmente mandar la devolucion
el mensajero puede retirar la devolucion en mi oficina
aca va el seguimiento de la devolucion: CP123456789DE
¿Me reintegran los 9 € que pagué para mandarlo de vuelta?
¿Dónde queda el punto más cercano para dejar una devolución de su tienda?
"""

ES["dispute"] = """
Abrí un reclamo en PayPal por el pedido 34110.
La plataforma les pidió respuesta a mi reclamo.
Mañana voy a pedir un contracargo a mi banco.
¿Aceptarían un reembolso parcial para que cierre el caso?
La disputa fue escalada al marketplace.
¿Cómo retiro el reclamo ahora que me llegó el paquete?
Subí pruebas a la disputa, revísenlas.
No estoy de acuerdo con el resultado de la disputa y voy a apelar.
No han respondido al caso que abrí.
Acepten el reclamo para que arreglemos esto.
¿Puedo abrir un caso pasados los 90 días?
el centro de resolucion dice que rechazaron mi reclamo
Estoy desconociendo el cargo con el emisor de mi tarjeta.
caso abierto, espero su respuesta
Voy a pedir que intervenga la plataforma.
"""

ES["complaint"] = """
Es la peor atención al cliente que he tenido en mi vida.
Estoy hasta las narices de que me ignoren.
No me han ayudado en absoluto.
Estoy indignada con el trato que he recibido.
Voy a denunciar su tienda ante la oficina del consumidor.
Su personal es incompetente.
Voy a contar en Facebook cómo es esta tienda.
Francamente, esto es una vergüenza.
Les escribí cinco veces y ninguna respuesta de verdad.
Qué desastre de tienda.
Me siento completamente engañado por ustedes.
Esperaba muchísimo más de ustedes.
son un chiste
que atencion tan mala, en serio
Voy a advertir a todos en mi reseña.
"""

ES["review"] = """
¿Dónde publico mi valoración del cochecito?
Quisiera modificar la calificación que dejé ayer.
¿Puedo quitar la reseña negativa ahora que lo solucionaron?
¿Hay premio por dejar una reseña en video?
Mi reseña no aparece debajo del producto.
Ya dejé la reseña de 5 estrellas, ¿cuándo me dan el cupón?
¿Puedo agregar fotos a mi opinión después de publicarla?
No me deja calificar mi pedido.
¿Todavía puedo opinar dos meses después de la entrega?
¿Quieren que actualice mi valoración ahora?
¿Cómo califico al vendedor y no al producto?
Me rechazaron la reseña con fotos, ¿por qué?
puedo opinar de cada articulo de mi pedido
¿Sigue vigente el reembolso por reseña?
donde esta el boton para opinar
"""

ES["human_agent"] = """
¿Me pueden comunicar con alguien del personal?
Quisiera hablar con alguien de su equipo, no con un sistema automático.
¿Hay algún agente real disponible para chatear?
Pásenme con un agente en vivo, por favor.
¿Me puede contactar un gerente?
Con el bot no llego a nada, necesito una persona.
Derívenme a un humano, por favor.
Consíganme un agente de verdad.
Alguien del personal porfa.
Prefiero explicárselo a un ser humano.
¿Puedo chatear con un representante en vivo?
¿Hay personas de verdad en este chat?
humano, porfavor!!
¿Tienen un teléfono donde pueda hablar con alguien?
Necesito que una persona real revise mi caso.
"""

ES["thanks_bye"] = """
Buenísimo, se le agradece.
Eso es todo, que tengan buena noche.
Muchísimas gracias de verdad.
joya, gracias
Genial, eso responde mi duda. ¡Chao!
Le agradezco mucho.
Bueno, gracias, hablamos.
oki gracias
Perfecto, muy agradecida.
Mil gracias por resolverlo.
ok grax
👌 quedó clarísimo, les agradezco
Estupendo, adiós.
gracias por su tiempo
Joya, ya quedé conforme. Saludos.
"""

ES["other"] = """
¿Esta conversación se está grabando?
¿Cuál es la mejor pizza para usted?
¿Cómo paso mi cuenta a cuenta de empresa?
No me llega el correo para restablecer la contraseña.
¿Me escribes un poema?
¿Eres una inteligencia artificial?
¿Hace sol donde estás?
¿Cómo desactivo la verificación en dos pasos?
¿En qué año se fundó su empresa?
Solo estoy mirando, no tengo preguntas.
¿De qué equipo de fútbol eres?
¿Cómo vinculo mi cuenta con Google?
¿Puedo ser afiliado?
¿Conoces un buen dentista en Madrid?
mmm olvidalo
"""

SENTIMENT = """
+ 0.0 r en | Bracelet is gorgeous and the clasp feels secure. Delighted.
+ 0.0 r en | Drone flies smoothly, camera is sharp, arrived in 8 days.
+ 0.0 r en | The pram is light and folds easily, very pleased with it.
+ 0.0 r en | Mat has great grip, no slipping even in hot yoga.
+ 0.0 r en | Knife is razor sharp out of the box, beautifully balanced.
+ 0.0 r en | lovely sunglasses, feel solid, came with a nice case
+ 0.0 r en | Helmet fits snugly and looks great. Highly recommend.
+ 0.0 r en | Five stars. Packaged with care and exactly as pictured.
+ 0.0 r en | Superb value, I've already ordered a second one.
+ 0.0 r en | kids adore the toy, sturdy and colourful
+ 0.0 r en | Surprisingly good quality for the price, very happy.
+ 0.0 r en | Fantastic seller, answered all my questions patiently.
+ 0.0 c en | Just wanted to say the pram arrived and it's perfect, thank you!
+ 0.0 c en | Cheers, the replacement works brilliantly.
+ 0.0 c en | You've been so helpful, I really appreciate it.
+ 0.0 c en | Thanks for sorting the refund so quickly!
+ 0.0 c en | delighted with the ring, my fiancée loves it
+ 0.0 c en | Wonderful service, I'll definitely shop here again.
+ 0.0 c en | The tip about sizing up was spot on, thanks!
+ 0.0 c en | got it yesterday, absolutely love it 😍
+ 0.0 c en | That's fantastic news, thank you so much.
+ 0.0 c en | Really impressed with how fast this was dispatched.
+ 0.0 c en | brilliant, you've made my day
+ 0.0 c en | Thank you for going the extra mile.
+ 0.0 c en | Top notch service as ever.
0 0.0 r en | Does what it says. Nothing more, nothing less.
0 0.0 r en | Mat is fine but thinner than I pictured.
0 0.0 r en | Delivery took three weeks; the knife itself is decent.
0 0.0 r en | Average drone, battery about 15 minutes as advertised.
0 0.0 r en | Reasonable for the money.
0 0.0 r en | The helmet is okay, a bit heavy.
0 0.0 r en | Not tried it properly yet, looks as described.
0 0.0 r en | Colour slightly warmer than online, otherwise as expected.
0 0.0 r en | Three stars: works, but the instructions were confusing.
0 0.0 r en | middle of the road quality
0 0.0 r en | Arrived. Fine.
0 0.0 r en | Good case, so-so lenses.
0 0.0 c en | Could you let me know the dispatch date?
0 0.0 c en | My postcode is 10115 Berlin.
0 0.0 c en | I'll measure my foot and come back to you.
0 0.0 c en | Is the drone battery included?
0 0.0 c en | Return posted this morning.
0 0.0 c en | Which colour is the one in the third photo?
0 0.0 c en | I'm 165 cm, just for reference.
0 0.0 c en | Fine, I'll wait for the restock.
0 0.0 c en | The parcel reached my local depot today.
0 0.0 c en | Do you have a size chart for children?
0 0.0 c en | I'll talk to my husband and decide.
0 0.0 c en | Okay, noted.
0 0.0 c en | Here is the photo of the label.
- 0.3 r en | The clasp broke within a week. Disappointing.
- 0.4 r en | Drone drifts constantly and the app crashes. Returned.
- 0.9 r en | ABSOLUTE SCAM. Paid for a pram, got a cheap umbrella. Avoid this seller!!!
- 0.3 r en | Mat smells of rubber even after airing for days.
- 0.5 r en | Blade rusted after two washes. Poor.
- 0.2 r en | Stylish, but the lenses scratch far too easily.
- 0.6 r en | Helmet arrived cracked and the seller blamed the courier.
- 0.3 r en | Sizing is way off, had to send them back.
- 0.7 r en | Rubbish. Fell apart on day one. Don't bother.
- 0.4 r en | Nothing like the photos, very cheap looking.
- 0.2 r en | Quick delivery, shame the product is useless.
- 0.8 r en | Never received it and the seller stopped replying. Disgraceful.
- 0.3 r en | Not worth the money, sadly.
- 0.9 c en | I'VE BEEN WAITING TWO MONTHS. REFUND ME NOW OR I'M GOING TO PAYPAL.
- 0.6 c en | This is the fourth time I've asked and still no answer.
- 0.4 c en | The stroller wheel squeaks, I'm rather disappointed.
- 0.8 c en | You are con artists and I will report you.
- 0.5 c en | Honestly I'm losing patience with this.
- 0.3 c en | Unfortunately the colour isn't what I hoped for.
- 1.0 c en | FRAUDSTERS!!! I'll see you in court!!!
- 0.7 c en | Stop fobbing me off with template replies!
- 0.4 c en | I'm upset, the ring was meant to be a gift and it's late.
- 0.6 c en | Why does nobody ever reply to me?
- 0.5 c en | This delay is really frustrating.
- 0.8 c en | Utterly ridiculous. I want my money back today.
- 0.2 c en | A bit let down that the case is missing.
+ 0.0 r es | La pulsera es preciosa y el broche se siente firme. Encantada.
+ 0.0 r es | El dron vuela suave, la cámara es nítida, llegó en 8 días.
+ 0.0 r es | El cochecito es liviano y se pliega fácil, muy conforme.
+ 0.0 r es | La esterilla agarra genial, nada de resbalones.
+ 0.0 r es | El cuchillo viene afiladísimo, muy bien equilibrado.
+ 0.0 r es | lentes divinos, se sienten firmes, traen un estuche lindo
+ 0.0 r es | El casco calza justo y se ve muy bien. Lo recomiendo.
+ 0.0 r es | Cinco estrellas. Bien embalado y tal cual las fotos.
+ 0.0 r es | Precio buenísimo, ya pedí otro.
+ 0.0 r es | a los nenes les fascina el juguete, resistente y colorido
+ 0.0 r es | Sorprendentemente buena calidad por lo que vale, feliz.
+ 0.0 r es | Vendedor excelente, respondió todas mis dudas con paciencia.
+ 0.0 r es | chevere el producto, llego rapidito a bogota
+ 0.0 c es | Solo quería decirles que llegó el cochecito y es perfecto, ¡gracias!
+ 0.0 c es | Gracias, el repuesto funciona de maravilla.
+ 0.0 c es | Me han ayudado muchísimo, de verdad se lo agradezco.
+ 0.0 c es | ¡Gracias por resolver el reembolso tan rápido!
+ 0.0 c es | feliz con el anillo, a mi novia le encanto
+ 0.0 c es | Servicio maravilloso, sin duda vuelvo a comprar.
+ 0.0 c es | El consejo de pedir una talla más fue perfecto, ¡gracias!
+ 0.0 c es | me llego ayer, me encanta 😍
+ 0.0 c es | Qué buena noticia, muchísimas gracias.
+ 0.0 c es | Me sorprendió lo rápido que lo despacharon.
+ 0.0 c es | genial, me alegraron el dia
+ 0.0 c es | Gracias por tomarse la molestia.
0 0.0 r es | Hace lo que dice. Ni más ni menos.
0 0.0 r es | La esterilla está bien pero es más fina de lo que imaginaba.
0 0.0 r es | Tardó tres semanas; el cuchillo en sí es correcto.
0 0.0 r es | Dron normal, la batería dura unos 15 minutos como anuncian.
0 0.0 r es | Razonable por lo que cuesta.
0 0.0 r es | El casco está bien, algo pesado.
0 0.0 r es | Todavía no lo probé bien, se ve como en la descripción.
0 0.0 r es | Color un poco más cálido que en la web, lo demás como esperaba.
0 0.0 r es | Tres estrellas: funciona, pero las instrucciones confunden.
0 0.0 r es | calidad del monton
0 0.0 r es | Llegó. Bien.
0 0.0 r es | Buen estuche, lentes regulares.
0 0.0 c es | ¿Me indican la fecha de despacho?
0 0.0 c es | Mi código postal es 46001 Valencia.
0 0.0 c es | Me mido el pie y les vuelvo a escribir.
0 0.0 c es | ¿El dron trae la batería incluida?
0 0.0 c es | Devolución enviada esta mañana.
0 0.0 c es | ¿Qué color es el de la tercera foto?
0 0.0 c es | Mido 1,65, para que tengan la referencia.
0 0.0 c es | Bueno, espero a que repongan.
0 0.0 c es | El paquete llegó hoy a la oficina local.
0 0.0 c es | ¿Tienen tabla de tallas de niños?
0 0.0 c es | Lo hablo con mi marido y decido.
0 0.0 c es | Ok, anotado.
0 0.0 c es | Aquí va la foto de la etiqueta.
- 0.3 r es | El broche se rompió en una semana. Decepcionante.
- 0.4 r es | El dron se desvía todo el tiempo y la app se cierra. Devuelto.
- 0.9 r es | UNA ESTAFA TOTAL. Pagué un cochecito y me llegó un paraguas barato. ¡¡Eviten a este vendedor!!
- 0.3 r es | La esterilla huele a goma aunque la ventilé varios días.
- 0.5 r es | La hoja se oxidó a los dos lavados. Malo.
- 0.2 r es | Bonitos, pero los cristales se rayan con nada.
- 0.6 r es | El casco llegó rajado y el vendedor le echó la culpa al correo.
- 0.3 r es | Las tallas no tienen nada que ver, los devolví.
- 0.7 r es | Basura. Se deshizo el primer día. No pierdan el tiempo.
- 0.4 r es | Nada que ver con las fotos, se ve muy barato.
- 0.2 r es | Entrega rápida, lástima que el producto no sirve.
- 0.8 r es | Nunca lo recibí y el vendedor dejó de contestar. Una vergüenza.
- 0.3 r es | No vale la plata, lamentablemente.
- 0.9 c es | LLEVO DOS MESES ESPERANDO. DEVUÉLVANME EL DINERO YA O VOY A PAYPAL.
- 0.6 c es | Es la cuarta vez que pregunto y sigo sin respuesta.
- 0.4 c es | La rueda del cochecito chirría, estoy algo decepcionada.
- 0.8 c es | Son unos timadores y los voy a denunciar.
- 0.5 c es | Sinceramente se me está acabando la paciencia.
- 0.3 c es | Lamentablemente el color no es el que esperaba.
- 1.0 c es | ¡¡¡ESTAFADORES!!! ¡¡NOS VEMOS EN LOS TRIBUNALES!!
- 0.7 c es | ¡Dejen de contestarme con respuestas de plantilla!
- 0.4 c es | Estoy molesta, el anillo era para un regalo y llega tarde.
- 0.6 c es | ¿Por qué nunca nadie me contesta?
- 0.5 c es | Este retraso me tiene harta.
- 0.8 c es | Es totalmente ridículo. Quiero mi dinero hoy mismo.
- 0.2 c es | Un poco desilusionado de que falte el estuche.
- 0.7 c es | la wea mala, se rompio al tiro, nunca mas
"""
