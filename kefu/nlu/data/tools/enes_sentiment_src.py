"""Hand-written sentiment lines, English and Spanish (training set).

Each line: ``<label> <anger> <kind> | <text>`` where label is ``-`` negative,
``0`` neutral, ``+`` positive; anger goes from 0.0 (calm) to 1.0 (furious: caps,
!!!, threats of a dispute or a bad review, "scam"); kind is ``c`` for a chat
message to the shop and ``r`` for a product review. Mixed reviews carry the
label that dominates, honestly: a review that praises one thing and returns the
item is negative; "ok for the price" is neutral.
"""

from __future__ import annotations

EN = """
+ 0.0 r | fast shipping, good quality
+ 0.0 r | love these boots, super comfy and warm
+ 0.0 r | exactly as described, would buy again
+ 0.0 r | arrived in 9 days to spain, well packed, fits perfect
+ 0.0 r | great seller, fast delivery, item as in photo
+ 0.0 r | my daughter loves it 😍
+ 0.0 r | very good quality for the price, recommended
+ 0.0 r | true to size, soft material, 5 stars
+ 0.0 r | second time buying, never disappointed
+ 0.0 r | the color is even nicer in real life
+ 0.0 r | works perfectly, battery lasts all day
+ 0.0 r | good socks, thick and warm, the pack came complete
+ 0.0 r | excellent!!! thank you seller
+ 0.0 r | product is beautiful, smells nice, well made
+ 0.0 r | super fast shipping to chile, 12 days. happy with it
+ 0.0 r | perfect fit, ordered my usual size and it is great
+ 0.0 r | the leather is real and the stitching is strong
+ 0.0 r | cheap and works, what more can you want
+ 0.0 r | nice gift, packaging was lovely
+ 0.0 r | looks expensive, nobody believes i paid so little
+ 0.0 r | very happy, communication with seller was great
+ 0.0 r | the charger is fast, my phone charges in an hour
+ 0.0 r | great!! as in the pictures
+ 0.0 r | comfortable from the first day no need to break in
+ 0.0 r | good good good
+ 0.0 r | recieved fast, all ok, recomend this store
+ 0.0 r | item was a bit delayed but seller kept me updated and it's great
+ 0.0 r | sturdy, easy to assemble, looks good in my living room
+ 0.0 r | the cream absorbs fast and my skin feels soft
+ 0.0 r | 10/10 would order again
+ 0.0 r | my husband wears them every day, still like new after 3 months
+ 0.0 r | sound is clear and bass is good for this price
+ 0.0 r | waterproof indeed, walked in the rain all day with dry feet
+ 0.0 r | well packaged, nothing broken, thank you
+ 0.0 r | beautiful dress, the fabric is lovely, got many compliments
+ 0.0 r | fits my iphone perfectly and the buttons are easy to press
+ 0.0 r | top seller 👍👍
+ 0.0 r | it's perfect, exactly what i needed
+ 0.0 r | very cute, my cat loves the bed
+ 0.0 r | good product, fast delivery, polite seller
+ 0.0 r | i was afraid of the size but it fits great
+ 0.0 r | color as shown, quality better than expected
+ 0.0 r | amazing value, bought 3 more for my family
+ 0.0 r | the seller sent a little gift, so nice
+ 0.0 r | arrived before the date, in perfect condition
+ 0.0 r | material is thick and warm, perfect for winter
+ 0.0 r | all good. thanks
+ 0.0 r | really nice quality, the zipper is smooth
+ 0.0 r | better than the one i bought in the mall
+ 0.0 r | happy customer, will be back
+ 0.0 r | the lamp gives a warm light, love it
+ 0.0 r | exellent product, very recomended
+ 0.0 c | thank you so much, you were very helpful!
+ 0.0 c | got it today, it's perfect, thanks!
+ 0.0 c | great, thanks for the quick reply 😊
+ 0.0 c | the boots arrived and they are amazing
+ 0.0 c | you are the best seller, thank you
+ 0.0 c | perfect, i'll order two more
+ 0.0 c | thanks friend, very good service
+ 0.0 c | wow that was fast, thank you
+ 0.0 c | i love it! my wife too
+ 0.0 c | thanks for the coupon, very kind
+ 0.0 c | received, all good, thank you
+ 0.0 c | problem solved, thanks a lot for your patience
+ 0.0 c | you are very kind, i will leave 5 stars
+ 0.0 c | thank u 🙏 great service
+ 0.0 c | awesome, thanks for the refund so quickly
+ 0.0 c | thanks for sending the replacement, it works great now
+ 0.0 c | thanks dear, the size was perfect as you said
+ 0.0 c | really appreciate your help
+ 0.0 c | good news, thank you!!
+ 0.0 c | wonderful, you saved my holiday gift
+ 0.0 c | ok great, thanks a lot, have a nice day
+ 0.0 c | i'm very happy with my order
+ 0.0 c | the quality is amazing, thanks
+ 0.0 c | excellent, i will recommend your shop to my friends
+ 0.0 c | thanks, that's very helpful
+ 0.0 c | super, thank you for checking
+ 0.0 c | you were right about the size, fits great thanks
+ 0.0 c | nice! thx
+ 0.0 c | i appreciate the fast answer
+ 0.0 c | it arrived earlier than expected, great job
+ 0.0 c | love the color, thank you for the real photos
+ 0.0 c | thanks a million
+ 0.0 c | great service as always 👍
+ 0.0 c | my son is so happy with the toy, thanks
+ 0.0 c | thank you, i got the tracking, all good
+ 0.0 c | good job team
+ 0.0 c | everything perfect this time, thank you
+ 0.0 c | yay it works now, thanks for the help
+ 0.0 c | i'm satisfied, thank you seller
+ 0.0 c | brilliant, thanks for the discount
+ 0.0 c | really good experience buying from you
+ 0.0 c | thank you for the gift in the box, so sweet
+ 0.0 c | so fast, thank you very much
+ 0.0 c | thanks for being honest about the delay
+ 0.0 c | perfect, appreciate it
+ 0.0 c | great quality, you have a new customer
+ 0.0 c | that's great news, thanks
+ 0.0 c | finally arrived and it's beautiful, thank you
+ 0.0 c | you guys are awesome
+ 0.0 c | thx for fixing my address so fast
+ 0.0 c | very good, thank you for your patience with me
0 0.0 r | ok for the price
0 0.0 r | it's fine, nothing special
0 0.0 r | average quality, as expected for this price
0 0.0 r | arrived, haven't tried it yet
0 0.0 r | size runs a little small, otherwise ok
0 0.0 r | decent, the color is a bit darker than the photo
0 0.0 r | took 25 days to arrive, product is ok
0 0.0 r | does the job
0 0.0 r | normal socks, nothing to say
0 0.0 r | it's ok. not great not bad
0 0.0 r | packaging was basic, item is as described
0 0.0 r | works, but the cable is short
0 0.0 r | good looking but a bit thin, we'll see how long it lasts
0 0.0 r | fine for occasional use
0 0.0 r | the smell goes away after a few days, product ok
0 0.0 r | 3 stars, average
0 0.0 r | as expected
0 0.0 r | received. will update after using
0 0.0 r | quality is acceptable for the money
0 0.0 r | nice design but the instructions are only in chinese
0 0.0 r | item ok, shipping slow
0 0.0 r | comfortable but the sole is harder than i thought
0 0.0 r | it's what you see in the pictures
0 0.0 r | not bad
0 0.0 r | meh
0 0.0 r | the jacket is warm enough, sleeves a bit long
0 0.0 r | the bag is smaller than i imagined but it's as in the measurements
0 0.0 r | order complete
0 0.0 r | normal quality, normal price
0 0.0 r | colour slightly different but acceptable
0 0.0 r | battery lasts around 4 hours, as listed
0 0.0 r | gift for my sister, she says it's ok
0 0.0 r | works with my phone, sound is average
0 0.0 r | so so
0 0.0 r | need to wash before use, material is ok
0 0.0 r | the box was damaged but the item inside is fine
0 0.0 r | ok product, but delivery took longer than promised
0 0.0 r | fits as expected, fabric is thin
0 0.0 r | standard quality
0 0.0 r | arrived in 3 weeks. looks ok
0 0.0 r | good and bad, the sole is great but the laces are cheap
0 0.0 r | the size chart was correct
0 0.0 r | it is what it is for 5 dollars
0 0.0 r | mid quality, i'd say 3/5
0 0.0 r | came without box, item ok
0 0.0 r | nothing to complain about, nothing to praise either
0 0.0 r | average earbuds, fine for the gym
0 0.0 r | not sure yet about durability
0 0.0 r | product as described, seller slow to answer
0 0.0 r | ok
0 0.0 r | the cream is ok, didn't notice much difference yet
0 0.0 r | fine, but i expected a bit more
0 0.0 c | hi, what size should i take?
0 0.0 c | when will you ship my order?
0 0.0 c | do you have this in black
0 0.0 c | where is my package please
0 0.0 c | ok i will wait
0 0.0 c | how much is shipping to mexico
0 0.0 c | my order number is 8123456789
0 0.0 c | can you send me the tracking number
0 0.0 c | i want to change my address
0 0.0 c | is it waterproof?
0 0.0 c | ok
0 0.0 c | i sent the photos
0 0.0 c | the parcel is in customs now
0 0.0 c | can i pay with paypal
0 0.0 c | what is the material
0 0.0 c | i'd like to exchange for size 40
0 0.0 c | is there a coupon
0 0.0 c | hello
0 0.0 c | i will check and tell you
0 0.0 c | the return is on the way, tracking RR998877665CN
0 0.0 c | do you ship to chile
0 0.0 c | i need an invoice for my company
0 0.0 c | hi, is this available in size 38?
0 0.0 c | how long does the refund take
0 0.0 c | which courier do you use
0 0.0 c | my foot is 25 cm
0 0.0 c | can you combine my two orders
0 0.0 c | i'll think about it
0 0.0 c | sure, no problem
0 0.0 c | i'm 170 cm 65 kg
0 0.0 c | the tracking says in transit
0 0.0 c | what is the difference between these two
0 0.0 c | i will pick it up tomorrow
0 0.0 c | the address is calle luna 12, madrid
0 0.0 c | is the color like the picture?
0 0.0 c | do i need to pay customs
0 0.0 c | still in transit, i'll wait a few more days
0 0.0 c | let me ask my wife first
0 0.0 c | can you check my order please
0 0.0 c | i cancelled by mistake, can i order again
0 0.0 c | is the price for one or for the pair
0 0.0 c | please let me know when it is shipped
0 0.0 c | what payment methods do you have
0 0.0 c | i see, ok
0 0.0 c | is it for men or women
0 0.0 c | the item arrived, i'll try it this weekend
0 0.0 c | can you send a photo of the label
0 0.0 c | how do i leave a review
0 0.0 c | the order is for a gift, no invoice in the box please
0 0.0 c | understood
0 0.0 c | tracking shows it arrived at the local post office
0 0.0 c | i'll wait for the restock then
0 0.0 c | what is the return address
- 0.4 r | runs small, returned it
- 0.3 r | color is nothing like the photo, disappointed
- 0.5 r | broke after one week, waste of money
- 0.9 r | SCAM!!! never arrived and seller doesn't answer
- 0.8 r | terrible quality, the sole came off on the first day
- 0.3 r | too thin, see through, not for me
- 0.4 r | smells like chemicals, can't use it
- 0.6 r | took 2 months to arrive and it's the wrong size
- 0.2 r | nice design but uncomfortable, i can't wear them more than an hour
- 0.3 r | the material feels cheap
- 0.7 r | DO NOT BUY. fake product
- 0.5 r | the charger stopped working after 3 days
- 0.4 r | nothing like the pictures
- 0.3 r | sizes are way too small even after ordering one size up
- 0.6 r | item arrived broken and the seller refused a refund
- 0.9 r | worst seller on aliexpress, thieves, i opened a dispute
- 0.2 r | pretty but the stitching is already coming loose
- 0.4 r | zipper broke the second time i used it
- 0.3 r | not waterproof at all, my feet got wet
- 0.5 r | missing pieces, can't assemble it
- 0.2 r | looks good, but the quality is poor, returned
- 0.4 r | shrunk after first wash
- 0.3 r | too small, the size chart is wrong
- 0.6 r | very bad, don't waste your money
- 0.3 r | the color faded quickly
- 0.8 r | fake capacity card, lost all my photos. avoid!!
- 0.4 r | cheap plastic, broke when i opened the box
- 0.3 r | not as described
- 0.5 r | sent the wrong colour and never answered my messages
- 0.2 r | fast shipping but the product doesn't work
- 0.7 r | horrible!!! complete garbage
- 0.3 r | disappointed, expected better
- 0.4 r | the sound is terrible, crackles all the time
- 0.2 r | it's cute but the battery lasts 20 minutes
- 0.5 r | tracking said delivered but i never received it
- 0.3 r | uncomfortable and hard
- 0.6 r | 1 star, seller ignored me after i paid
- 0.3 r | bad quality threads everywhere
- 0.4 r | leaked all over my bag
- 1.0 r | SCAMMERS!!!!! STOLE MY MONEY, REPORTED TO ALIEXPRESS
- 0.3 r | the heel is crooked
- 0.2 r | delivery was fine but the size is wrong and the return costs too much
- 0.5 r | stopped charging after a month, useless
- 0.3 r | the print peeled off after one wash
- 0.4 r | arrived dirty and used
- 0.3 r | much smaller than in the photos
- 0.6 r | the worst purchase i've made this year
- 0.2 r | not worth the price
- 0.4 r | the box was crushed and the glass cracked
- 0.3 r | poor fit, returned for refund
- 0.7 r | never again, garbage product and rude seller
- 0.2 r | good price but you get what you pay for, bad
- 0.8 c | WHERE IS MY ORDER??? 2 MONTHS!!!
- 0.9 c | this is a scam, i will open a dispute right now
- 0.6 c | why nobody answer me
- 0.5 c | i'm really disappointed, the boots are broken
- 0.7 c | you lied, you said 10 days
- 0.3 c | the size is wrong, i'm a bit disappointed
- 1.0 c | YOU ARE THIEVES!!! GIVE ME MY MONEY BACK OR I REPORT YOU
- 0.6 c | still not shipped after 2 weeks, this is unacceptable
- 0.4 c | it arrived broken :(
- 0.8 c | i will leave 1 star and report your shop
- 0.5 c | why do you keep sending me the same answer
- 0.3 c | sadly the color is not like the photo
- 0.7 c | 3rd time i ask, answer me!!
- 0.4 c | i'm not happy with the quality
- 0.9 c | refund now or i go to paypal and my bank
- 0.5 c | this is taking too long
- 0.6 c | terrible service, nobody helps
- 0.3 c | it doesn't fit, i'm sad
- 0.8 c | stop lying to me
- 0.4 c | i waited so long and it's the wrong item
- 0.5 c | you promised a refund and nothing
- 0.2 c | unfortunately it stopped working
- 0.7 c | worst experience ever with this shop
- 0.6 c | i'm very angry, the parcel is lost
- 0.9 c | FAKE PRODUCT!!! i'm reporting you
- 0.4 c | the delivery is late again
- 0.5 c | i don't want excuses, i want my order
- 0.3 c | hmm the quality is worse than i expected
- 0.8 c | are you kidding me??? broken again
- 0.6 c | your courier is useless
- 0.4 c | i'm disappointed, the zipper broke
- 0.7 c | this is ridiculous, answer my question
- 0.5 c | why is my refund not here yet, it's been 3 weeks
- 0.3 c | not what i expected honestly
- 0.9 c | i will sue you, scam shop
- 0.6 c | i have been waiting for days for a reply
- 0.4 c | the shoes hurt my feet, not happy
- 0.7 c | never buying here again
- 0.2 c | a bit disappointed with the delay
- 0.8 c | UNACCEPTABLE
- 0.5 c | i paid for express and it's still not here
- 0.6 c | your bot is useless, i want a person NOW
- 0.3 c | the socks have holes already
- 0.9 c | last warning, refund me or i open a dispute and leave 1 star everywhere
- 0.4 c | it's too small and the return is so expensive
- 0.7 c | you sent me someone else's used shoes??
- 0.5 c | i feel cheated
- 0.6 c | you don't care about customers
- 0.3 c | the tracking hasn't moved in 2 weeks, i'm worried
- 0.8 c | i'm furious, the package was marked delivered and it's not here
- 0.4 c | this is the second broken item
"""

ES = """
+ 0.0 r | llegó rápido, muy buena calidad
+ 0.0 r | llego rapido, muy buena calidad
+ 0.0 r | excelente producto, tal cual la foto
+ 0.0 r | me encantaron las botas, super comodas
+ 0.0 r | muy buena relacion calidad precio, recomendado
+ 0.0 r | talla correcta, material suave, 5 estrellas
+ 0.0 r | segunda vez que compro, todo perfecto
+ 0.0 r | el color es aun mas lindo en persona
+ 0.0 r | funciona perfecto, la bateria dura todo el dia
+ 0.0 r | buenas medias, gruesas y calentitas
+ 0.0 r | excelente!!! gracias vendedor
+ 0.0 r | el producto es hermoso, bien hecho
+ 0.0 r | llego a chile en 12 dias, muy contenta
+ 0.0 r | me quedo perfecto, pedi mi talla de siempre
+ 0.0 r | el cuero es real y las costuras firmes
+ 0.0 r | barato y funciona, que mas se puede pedir
+ 0.0 r | lindo regalo, venia muy bien empaquetado
+ 0.0 r | parece caro, nadie cree lo poco que pague
+ 0.0 r | muy feliz, el vendedor muy atento
+ 0.0 r | carga rapidisimo
+ 0.0 r | genial!! igual a las fotos
+ 0.0 r | comodas desde el primer dia
+ 0.0 r | bueno bueno bueno
+ 0.0 r | llego antes de lo esperado, todo bien, recomiendo la tienda
+ 0.0 r | tardo un poco pero el vendedor me fue avisando y es precioso
+ 0.0 r | resistente, facil de armar, queda lindo en el living
+ 0.0 r | la crema se absorbe rapido y deja la piel suave
+ 0.0 r | 10/10 volveria a comprar
+ 0.0 r | mi marido las usa todos los dias y siguen como nuevas
+ 0.0 r | suena muy bien para el precio
+ 0.0 r | de verdad impermeables, camine bajo la lluvia y nada
+ 0.0 r | bien embalado, nada roto, gracias
+ 0.0 r | vestido precioso, la tela es divina
+ 0.0 r | le queda perfecto a mi iphone
+ 0.0 r | vendedor top 👍👍
+ 0.0 r | es perfecto, justo lo que necesitaba
+ 0.0 r | muy lindo, a mi gato le encanta la camita
+ 0.0 r | buen producto, envio rapido, vendedor amable
+ 0.0 r | tenia miedo con la talla pero me queda genial
+ 0.0 r | color igual a la foto, calidad mejor de lo que esperaba
+ 0.0 r | vale cada peso, compre 3 mas para la familia
+ 0.0 r | me mandaron un regalito, que detalle
+ 0.0 r | llego antes de la fecha y en perfecto estado
+ 0.0 r | material grueso, perfecto para el invierno
+ 0.0 r | todo bien. gracias
+ 0.0 r | muy buena calidad, el cierre corre suave
+ 0.0 r | mejor que el que compre en el centro comercial
+ 0.0 r | clienta feliz, volvere
+ 0.0 r | excelente, super recomendable
+ 0.0 r | buenisimo, llego en 10 dias a cordoba
+ 0.0 r | muy bkn, llego al toque po
+ 0.0 r | exelente producto lo recomiendo
+ 0.0 c | muchas gracias, me ayudaste un monton!
+ 0.0 c | hoy me llego, esta perfecto, gracias!
+ 0.0 c | genial, gracias por responder tan rapido 😊
+ 0.0 c | llegaron las botas y son hermosas
+ 0.0 c | son los mejores, gracias
+ 0.0 c | perfecto, voy a pedir dos mas
+ 0.0 c | gracias amigo, muy buena atencion
+ 0.0 c | wow que rapido, gracias
+ 0.0 c | me encanto! a mi esposa tambien
+ 0.0 c | gracias por el cupon, muy amables
+ 0.0 c | recibido, todo bien, gracias
+ 0.0 c | problema resuelto, mil gracias por la paciencia
+ 0.0 c | muy amables, les dejo 5 estrellas
+ 0.0 c | gracias 🙏 excelente atencion
+ 0.0 c | genial, gracias por el reembolso tan rapido
+ 0.0 c | gracias por mandar el repuesto, ahora funciona perfecto
+ 0.0 c | gracias, la talla era perfecta como me dijiste
+ 0.0 c | de verdad agradezco su ayuda
+ 0.0 c | que buena noticia, gracias!!
+ 0.0 c | maravilloso, me salvaron el regalo
+ 0.0 c | listo, muchas gracias, que tengas lindo dia
+ 0.0 c | estoy muy contenta con mi pedido
+ 0.0 c | la calidad es increible, gracias
+ 0.0 c | excelente, voy a recomendar su tienda
+ 0.0 c | gracias, me sirve mucho
+ 0.0 c | super, gracias por revisar
+ 0.0 c | tenias razon con la talla, gracias
+ 0.0 c | buenisimo! grax
+ 0.0 c | se agradece la respuesta rapida
+ 0.0 c | llego antes de lo esperado, excelente
+ 0.0 c | me encanta el color, gracias por las fotos reales
+ 0.0 c | como siempre muy buen servicio 👍
+ 0.0 c | mi hijo esta feliz con el juguete, gracias
+ 0.0 c | gracias, ya tengo el seguimiento, todo bien
+ 0.0 c | buen trabajo chicos
+ 0.0 c | esta vez todo perfecto, gracias
+ 0.0 c | ya funciona, gracias por la ayuda
+ 0.0 c | estoy conforme, gracias vendedor
+ 0.0 c | que bueno, gracias por el descuento
+ 0.0 c | muy buena experiencia comprarles
+ 0.0 c | gracias por el regalito en la caja, que lindos
+ 0.0 c | rapidisimo, mil gracias
+ 0.0 c | gracias por avisar del retraso, muy honestos
+ 0.0 c | perfecto, se agradece
+ 0.0 c | calidad top, tienen un cliente nuevo
+ 0.0 c | por fin llego y es precioso, gracias
+ 0.0 c | son unos genios
+ 0.0 c | gracias por corregir la direccion tan rapido
+ 0.0 c | que buena onda, gracias che
+ 0.0 c | bacan, gracias po
0 0.0 r | bien por el precio
0 0.0 r | esta bien, nada especial
0 0.0 r | calidad normal, lo esperado por el precio
0 0.0 r | llego, todavia no lo pruebo
0 0.0 r | talla un poco chica, por lo demas bien
0 0.0 r | correcto, el color un poco mas oscuro que la foto
0 0.0 r | tardo 25 dias, el producto esta bien
0 0.0 r | cumple
0 0.0 r | medias normales, nada que decir
0 0.0 r | ni bueno ni malo
0 0.0 r | embalaje basico, producto como se describe
0 0.0 r | funciona, pero el cable es corto
0 0.0 r | bonito pero algo delgado, veremos cuanto dura
0 0.0 r | sirve para uso ocasional
0 0.0 r | el olor se va en unos dias, producto ok
0 0.0 r | 3 estrellas, regular
0 0.0 r | lo esperado
0 0.0 r | recibido. actualizo despues de usarlo
0 0.0 r | calidad aceptable para lo que cuesta
0 0.0 r | lindo diseño pero las instrucciones solo en chino
0 0.0 r | producto bien, envio lento
0 0.0 r | comodas pero la suela es mas dura de lo que pensaba
0 0.0 r | es lo que se ve en las fotos
0 0.0 r | no esta mal
0 0.0 r | meh
0 0.0 r | la chaqueta abriga, las mangas un poco largas
0 0.0 r | el bolso es mas chico de lo que imaginaba pero coincide con las medidas
0 0.0 r | pedido completo
0 0.0 r | calidad normal, precio normal
0 0.0 r | color un poco distinto pero aceptable
0 0.0 r | la bateria dura unas 4 horas, como dice
0 0.0 r | era para regalo, dice que esta bien
0 0.0 r | mas o menos
0 0.0 r | hay que lavarlo antes de usar, material correcto
0 0.0 r | la caja llego golpeada pero el producto esta bien
0 0.0 r | producto ok, pero tardo mas de lo prometido
0 0.0 r | queda como esperaba, la tela es finita
0 0.0 r | calidad estandar
0 0.0 r | llego en 3 semanas. se ve bien
0 0.0 r | tiene cosas buenas y malas, la suela genial pero los cordones baratos
0 0.0 r | la tabla de tallas es correcta
0 0.0 r | es lo que es por 5 dolares
0 0.0 r | calidad media, le doy 3/5
0 0.0 r | vino sin caja, producto bien
0 0.0 r | nada para quejarse, nada para destacar
0 0.0 r | audifonos normales, sirven para el gym
0 0.0 r | todavia no se cuanto va a durar
0 0.0 r | producto como se describe, el vendedor tarda en contestar
0 0.0 r | ok
0 0.0 r | la crema esta bien, aun no noto mucho cambio
0 0.0 r | bien, pero esperaba un poco mas
0 0.0 r | normalito, ni fu ni fa
0 0.0 c | hola, que talla me recomiendas?
0 0.0 c | cuando envian mi pedido?
0 0.0 c | tienen este en negro
0 0.0 c | donde esta mi paquete porfa
0 0.0 c | ok espero
0 0.0 c | cuanto cuesta el envio a mexico
0 0.0 c | mi numero de pedido es 8123456789
0 0.0 c | me mandas el numero de seguimiento
0 0.0 c | quiero cambiar mi direccion
0 0.0 c | es impermeable?
0 0.0 c | vale
0 0.0 c | ya mande las fotos
0 0.0 c | el paquete esta en aduana
0 0.0 c | puedo pagar con mercado pago
0 0.0 c | de que material es
0 0.0 c | quisiera cambiar por talla 40
0 0.0 c | hay cupon?
0 0.0 c | hola
0 0.0 c | lo reviso y te aviso
0 0.0 c | la devolucion ya va en camino, guia RR998877665CN
0 0.0 c | envian a chile?
0 0.0 c | necesito factura para mi empresa
0 0.0 c | hola, hay talla 38?
0 0.0 c | cuanto tarda el reembolso
0 0.0 c | con que paqueteria envian
0 0.0 c | mi pie mide 25 cm
0 0.0 c | pueden juntar mis dos pedidos
0 0.0 c | lo voy a pensar
0 0.0 c | claro, no hay problema
0 0.0 c | mido 1.70 y peso 65
0 0.0 c | el seguimiento dice en transito
0 0.0 c | que diferencia hay entre estos dos
0 0.0 c | lo retiro mañana
0 0.0 c | la direccion es calle luna 12, madrid
0 0.0 c | el color es como en la foto?
0 0.0 c | tengo que pagar aduana?
0 0.0 c | sigue en transito, espero unos dias mas
0 0.0 c | primero le pregunto a mi esposa
0 0.0 c | me revisan el pedido porfa
0 0.0 c | cancele sin querer, puedo pedir de nuevo
0 0.0 c | el precio es por uno o por el par
0 0.0 c | avisame cuando lo envies porfa
0 0.0 c | que formas de pago tienen
0 0.0 c | ya veo, ok
0 0.0 c | es de hombre o de mujer
0 0.0 c | ya llego, lo pruebo el fin de semana
0 0.0 c | me mandas foto de la etiqueta
0 0.0 c | como dejo una reseña
0 0.0 c | es para regalo, sin factura en la caja porfa
0 0.0 c | entendido
0 0.0 c | el seguimiento dice que llego a la oficina de correos
0 0.0 c | espero a que repongan entonces
0 0.0 c | cual es la direccion para devolver
0 0.0 c | dale, quedo atento
- 0.4 r | talla muy chica, lo devolvi
- 0.3 r | el color no tiene nada que ver con la foto, decepcionada
- 0.5 r | se rompio a la semana, plata tirada
- 0.9 r | ESTAFA!!! nunca llego y el vendedor no responde
- 0.8 r | pesima calidad, se despego la suela el primer dia
- 0.3 r | muy delgado, se transparenta, no me sirve
- 0.4 r | huele a quimico, no lo puedo usar
- 0.6 r | tardo 2 meses y encima talla equivocada
- 0.2 r | lindo diseño pero incomodo, no aguanto mas de una hora
- 0.3 r | el material se siente barato
- 0.7 r | NO COMPREN. producto falso
- 0.5 r | el cargador dejo de funcionar a los 3 dias
- 0.4 r | nada que ver con las fotos
- 0.3 r | tallas muy chicas aun pidiendo una mas
- 0.6 r | llego roto y el vendedor no quiso reembolsar
- 0.9 r | el peor vendedor de aliexpress, ladrones, abri disputa
- 0.2 r | bonito pero ya se estan saliendo las costuras
- 0.4 r | el cierre se rompio la segunda vez que lo use
- 0.3 r | nada impermeable, se me mojaron los pies
- 0.5 r | faltan piezas, no se puede armar
- 0.2 r | se ve bien pero la calidad es mala, lo devolvi
- 0.4 r | encogio en el primer lavado
- 0.3 r | muy chico, la tabla de tallas esta mal
- 0.6 r | muy malo, no gasten su plata
- 0.3 r | se destiño rapido
- 0.8 r | memoria de capacidad falsa, perdi todas mis fotos. eviten!!
- 0.4 r | plastico barato, se rompio al abrir la caja
- 0.3 r | no es como lo describen
- 0.5 r | mandaron otro color y nunca contestaron
- 0.2 r | envio rapido pero el producto no funciona
- 0.7 r | horrible!!! una porqueria
- 0.3 r | decepcionado, esperaba algo mejor
- 0.4 r | el sonido es malisimo, hace ruido todo el tiempo
- 0.2 r | es lindo pero la bateria dura 20 minutos
- 0.5 r | dice entregado pero nunca lo recibi
- 0.3 r | incomodo y duro
- 0.6 r | 1 estrella, el vendedor me ignoro despues de pagar
- 0.3 r | mala calidad, hilos por todos lados
- 0.4 r | se derramo todo en la caja
- 1.0 r | ESTAFADORES!!!!! ME ROBARON LA PLATA, LOS DENUNCIE
- 0.3 r | el taco viene torcido
- 0.2 r | la entrega bien pero la talla mal y devolverlo sale carisimo
- 0.5 r | dejo de cargar al mes, inservible
- 0.3 r | el estampado se salio al primer lavado
- 0.4 r | llego sucio y usado
- 0.3 r | mucho mas chico que en las fotos
- 0.6 r | la peor compra que hice este año
- 0.2 r | no vale lo que cuesta
- 0.4 r | la caja llego aplastada y el vidrio roto
- 0.3 r | no calza bien, pedi reembolso
- 0.7 r | nunca mas, producto basura y vendedor grosero
- 0.4 r | una estafa, nunca llegó
- 0.2 r | barato pero lo barato sale caro, malo
- 0.8 c | DONDE ESTA MI PEDIDO??? 2 MESES!!!
- 0.9 c | esto es una estafa, voy a abrir una disputa ya
- 0.6 c | xq nadie me contesta
- 0.5 c | estoy muy decepcionada, las botas vinieron rotas
- 0.7 c | me mintieron, dijeron 10 dias
- 0.3 c | la talla esta mal, un poco decepcionado
- 1.0 c | SON UNOS LADRONES!!! DEVUELVANME MI PLATA O LOS DENUNCIO
- 0.6 c | 2 semanas y no lo envian, es inaceptable
- 0.4 c | llego roto :(
- 0.8 c | les voy a poner 1 estrella y denunciar la tienda
- 0.5 c | por que me mandan siempre la misma respuesta
- 0.3 c | lastima, el color no es como la foto
- 0.7 c | 3ra vez que pregunto, contestenme!!
- 0.4 c | no estoy contenta con la calidad
- 0.9 c | reembolso ya o voy a paypal y a mi banco
- 0.5 c | esto esta tardando demasiado
- 0.6 c | pesima atencion, nadie ayuda
- 0.3 c | no me queda, que pena
- 0.8 c | dejen de mentirme
- 0.4 c | espere tanto y me llega lo equivocado
- 0.5 c | prometieron reembolso y nada
- 0.2 c | lamentablemente dejo de funcionar
- 0.7 c | la peor experiencia con esta tienda
- 0.6 c | estoy muy enojado, se perdio el paquete
- 0.9 c | PRODUCTO FALSO!!! los voy a denunciar
- 0.4 c | otra vez se atraso la entrega
- 0.5 c | no quiero excusas, quiero mi pedido
- 0.3 c | mmm la calidad es peor de lo que esperaba
- 0.8 c | me estan jodiendo??? otra vez roto
- 0.6 c | su paqueteria es un desastre
- 0.4 c | que decepcion, se rompio el cierre
- 0.7 c | esto es ridiculo, respondan mi pregunta
- 0.5 c | por que no llega mi reembolso, ya van 3 semanas
- 0.3 c | la verdad no es lo que esperaba
- 0.9 c | los voy a demandar, tienda estafadora
- 0.6 c | hace dias que espero una respuesta
- 0.4 c | los zapatos me lastiman, no estoy contento
- 0.7 c | nunca mas les compro
- 0.2 c | un poco decepcionada con el retraso
- 0.8 c | INACEPTABLE
- 0.5 c | pague express y todavia no llega
- 0.6 c | su bot no sirve, quiero una persona YA
- 0.3 c | los calcetines ya tienen agujeros
- 0.9 c | ultimo aviso, devuelvanme la plata o abro disputa y los califico con 1 estrella en todos lados
- 0.4 c | me queda chico y devolverlo es carisimo
- 0.7 c | me mandaron zapatos usados de otra persona??
- 0.5 c | me siento estafado
- 0.6 c | no les importan los clientes
- 0.3 c | el seguimiento no se mueve hace 2 semanas, estoy preocupada
- 0.8 c | estoy furiosa, marcaron entregado y no esta aca
- 0.7 c | que onda che, hace un mes que espero y nadie responde
"""

# A second pass with wider vocabulary and a more formal register, so the
# models do not learn sentiment from a handful of words ("good", "scam").
EN += """
+ 0.0 r | Outstanding quality, I'm really impressed with the finish.
+ 0.0 r | Very pleased with the office chair, comfortable for long days.
+ 0.0 r | Brilliant little gadget, does exactly what I hoped.
+ 0.0 r | chuffed with these, fab colour
+ 0.0 r | Exceeded my expectations, worth every penny.
+ 0.0 r | Lovely soft sheets, sleeping like a baby.
+ 0.0 r | The watch looks far more expensive than it was. Thrilled.
+ 0.0 c | Just a quick note to say how pleased I am with the order.
+ 0.0 c | Marvellous, thank you for the swift help.
+ 0.0 c | I'm really grateful, you've been excellent.
+ 0.0 c | Everything arrived safely and looks gorgeous.
+ 0.0 c | superb, u guys rock
+ 0.0 c | Impressive service, I'll be recommending you.
+ 0.0 c | fantastic, that's sorted then, cheers!
+ 0.0 c | Glad to say the sofa is perfect in our lounge.
0 0.0 r | Acceptable, though the assembly took a while.
0 0.0 r | Mediocre, neither impressed nor disappointed.
0 0.0 r | It's alright. The strap is a little stiff.
0 0.0 r | Fair quality for a budget item.
0 0.0 r | Delivery slower than stated, product as pictured.
0 0.0 r | Functional, but plain looking.
0 0.0 r | Haven't used it long enough to judge.
0 0.0 c | The courier left a card, I'll collect it tomorrow.
0 0.0 c | Please confirm the colour I chose was grey.
0 0.0 c | Could you tell me the warranty period?
0 0.0 c | My flat number is 4B.
0 0.0 c | I'll be away next week, just so you know.
0 0.0 c | Is the sofa delivered assembled?
0 0.0 c | The parcel has been scanned in Leipzig.
0 0.0 c | Alright, I'll send the photos this evening.
- 0.3 r | Mediocre at best, the fabric started bobbling quickly. Sent back.
- 0.4 r | Dreadful fit, nothing like the measurements given.
- 0.5 r | Flimsy and poorly finished, a real letdown.
- 0.2 r | Pretty enough, but it stopped working within a fortnight.
- 0.7 r | Appalling. Arrived damaged and the seller was dismissive.
- 0.3 r | Sadly not fit for purpose.
- 0.9 r | Total con, fake item, stay away!!! Reported.
- 0.4 c | I'm rather unhappy that nobody told me about the delay.
- 0.5 c | Frankly this is very frustrating.
- 0.6 c | I have been messaging for a week without a proper reply.
- 0.3 c | I'm a little disappointed the box was crushed.
- 0.8 c | This is outrageous, I demand my money back.
- 0.7 c | Enough excuses, sort it out now!
- 0.9 c | I'm reporting you and filing a chargeback TODAY.
- 0.4 c | Not impressed with how long this is taking.
"""

ES += """
+ 0.0 r | Calidad sobresaliente, me impresionó el acabado.
+ 0.0 r | Muy conforme con la silla de oficina, cómoda para jornadas largas.
+ 0.0 r | Un aparatito genial, hace justo lo que buscaba.
+ 0.0 r | re lindo, el color es divino
+ 0.0 r | Superó mis expectativas, vale cada centavo.
+ 0.0 r | Sábanas suavecitas, duermo como un bebé.
+ 0.0 r | El reloj parece mucho más caro de lo que costó. Encantado.
+ 0.0 c | Solo quería decirles lo contenta que estoy con el pedido.
+ 0.0 c | Maravilloso, gracias por la ayuda tan rápida.
+ 0.0 c | Muy agradecido, han sido excelentes.
+ 0.0 c | Todo llegó bien y se ve precioso.
+ 0.0 c | lo maximo, son unos cracks
+ 0.0 c | Un servicio impresionante, los voy a recomendar.
+ 0.0 c | fantastico, asunto resuelto, gracias!
+ 0.0 c | Me alegra decir que el sofá quedó perfecto en el living.
0 0.0 r | Aceptable, aunque armarlo llevó su tiempo.
0 0.0 r | Del montón, ni me impresionó ni me decepcionó.
0 0.0 r | Está bien. La correa es un poco dura.
0 0.0 r | Calidad justa para algo económico.
0 0.0 r | La entrega tardó más de lo indicado, el producto como en la foto.
0 0.0 r | Funcional, pero de aspecto sencillo.
0 0.0 r | Todavía no lo usé lo suficiente para opinar.
0 0.0 c | El repartidor dejó un aviso, lo retiro mañana.
0 0.0 c | Confírmenme que el color que elegí fue el gris.
0 0.0 c | ¿Me dicen cuánto dura la garantía?
0 0.0 c | Mi departamento es el 4B.
0 0.0 c | La semana que viene no voy a estar, para que sepan.
0 0.0 c | ¿El sofá viene armado?
0 0.0 c | El paquete fue escaneado en Bogotá.
0 0.0 c | Listo, esta noche les mando las fotos.
- 0.3 r | Regular tirando a malo, la tela hizo bolitas enseguida. Lo devolví.
- 0.4 r | Horma pésima, nada que ver con las medidas indicadas.
- 0.5 r | Endeble y mal terminado, una desilusión.
- 0.2 r | Bonito, pero dejó de funcionar a las dos semanas.
- 0.7 r | Lamentable. Llegó dañado y el vendedor ni se inmutó.
- 0.3 r | Lamentablemente no sirve para lo que prometen.
- 0.9 r | Un timo total, producto falso, ¡¡aléjense!!! Denunciado.
- 0.4 c | Me molesta bastante que nadie me avisara del retraso.
- 0.5 c | Francamente esto es muy frustrante.
- 0.6 c | Llevo una semana escribiendo sin una respuesta clara.
- 0.3 c | Me decepcionó un poco que la caja viniera aplastada.
- 0.8 c | Esto es indignante, exijo que me devuelvan el dinero.
- 0.7 c | ¡Basta de excusas, solucionen esto ya!
- 0.9 c | Los voy a denunciar y hoy mismo pido el contracargo.
- 0.4 c | No me gusta nada lo que está tardando esto.
"""
