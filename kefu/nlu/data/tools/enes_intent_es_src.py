"""Mensajes de compradores escritos a mano, por intención (entrenamiento, español).

Un mensaje por línea. España y Latinoamérica (México, Chile, Argentina, Colombia,
Perú...), tú, usted y vos, muchas veces sin tildes y con faltas, abreviaturas de
chat (q, xq, porfa, dnd, tb), números de pedido pegados, emojis. Se construye en
kefu/nlu/data/train/intent_es.jsonl con enes_build.py.
"""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["greeting"] = """
hola
hola buenas
buenas
buenas tardes
buenos dias
buenas noches
hola hay alguien
hola, hay alguien ahi?
hola esta disponible?
hola amigo
hola amiga
holaa
holaaa 👋
ola
ola q tal
hola que tal
que tal
buen dia
buen día, alguien me atiende?
hola vendedor
hola, estan atendiendo?
hola hay alguien que me pueda atender
hola una consulta
hola, tengo una pregunta
hola quisiera preguntar algo
saludos
saludos cordiales
hola como estas
hola como esta usted
che hola
hola che, estas?
hola po
wena
buenass
hola estimado
estimado vendedor
hola senor
hola señorita
hola buen dia, me pueden ayudar
alo
aló?
hola, me escuchan
hey hola
alguien?
hay alguien?
holi
buenas, estan abiertos?
hola tienda
hola 😊
buenas noches, alguien conectado
hola que onda
quiubo
hola, estas ahi
disculpe
hola, disculpa la hora
hola buenas tardes a todos
hola buen dia amigo
"""

DATA["product_info"] = """
de que material es
¿de qué material es?
es de cuero real?
es cuero o sintetico
es impermeable
las botas son impermeables?
se puede lavar en lavadora
como se lava
cuanto mide
cuales son las medidas de la mochila
cuanto pesa
es compatible con iphone 14
sirve para samsung a54
funciona con 220v
que voltaje tiene
es algodon 100%
la suela es de goma?
trae cierre o cordones
tiene forro por dentro
el bolso tiene bolsillos
trae cargador?
incluye pilas
que bateria usa
cuanto dura la bateria
la crema tiene alcohol
sirve para piel sensible
es apto para niños
se puede meter al horno
se puede lavar en el lavavajillas
el reloj tiene gps
tiene bluetooth
que trae la caja
cuantas piezas trae el set
la tela estira?
el vestido tiene forro
es transparente la tela? no, digo, es gruesa?
la lampara tiene regulador de luz
cuanto mide el cable
sirve para mac
necesita app?
que capacidad tiene la botella
mantiene el frio?
los calcetines son de lana
las cortinas son blackout
es cuero vegano
cuanto mide el tacon
las plantillas se pueden sacar
el proyector es full hd
el menu viene en español?
el enchufe es europeo o americano
la pava electrica se apaga sola
como se usa el serum, de dia o de noche
la camara graba de noche
es transpirable el material
el marco es de metal o plastico
la capucha se puede quitar?
viene armado o hay que armarlo
el colchon es viscoelastico
los audifonos tienen cancelacion de ruido
de que es la suela de estas zapatillas
hola, las botas traen chiporro por dentro?
tiene garantia de fabrica? que material es el interior
es para pelo rizado este champu
q tamaño tiene la pantalla
"""

DATA["size_advice"] = """
que talla me recomiendas
¿qué talla me recomiendas?
que talla pido
calzan chico?
vienen pequeñas?
son de talla normal?
normalmente uso 38 que talla pido
mi pie mide 25 cm que numero
mido 1.70 y peso 65 kg que talla
soy 1,80 y 80 kilos, L o XL?
tabla de tallas porfa
me pasas la guia de tallas
donde esta la tabla de medidas
me queda bien la M? pecho 96
pido una talla mas?
tengo que pedir un numero mas grande?
calzo 40 en nike, aca cual?
uso 9 usa que talla europea es
tengo el pie ancho, cual me recomienda
el corte es ajustado o holgado
es oversize?
que talla para un niño de 5 años
que talla para mi esposo que mide 1.85
mi cintura es de 80 cm que talla de pantalon
peso 60 kilos que talla de vestido me va
entre 39 y 40 cual
la talla asiatica es chica verdad? pido dos mas?
que talla de anillo si mi dedo mide 17 mm
cuanto mide la plantilla de la talla 41
como mido mi pie para elegir talla
recomiendame talla porfa 1.65 y 55kg
que talla soy? mido 175 y peso 70
los jeans vienen grandes o chicos
el vestido aprieta en el busto?
que talla de sosten si uso 34B
que talla compro para mi hija de 8 años
estoy entre M y L, cual es mejor para esta chaqueta
las tallas son de china o de europa
si uso medias gruesas pido mi talla normal?
tengo empeine alto, pido un numero mas?
que talla de gorro para 58 cm de cabeza
talla unica le queda a alguien xl?
que talla de guantes para mano de 20 cm
uso 44 en adidas q me aconsejas
ayuda con la talla
no se que talla pedir, me ayudas?
que talla para un perro de 12 kilos
para pie de 27 cm que numero
el 42 me quedara grande si calzo 41.5?
cuanto mide la manga en la L
medidas de la talla M?
peso 90 kg q talla de remera
que talla para bebe de 6 meses
vos que talla me recomendas, calzo 39
xq numero me conviene si tengo pie de 24 cm
la horma es normal o chica po
"""

DATA["stock"] = """
lo tienes en negro
hay en talla 42
hay stock?
tienen disponible?
¿hay en color azul?
hay en azul
cuando vuelve a haber stock
cuando reponen
tienen el azul en M
quedan en talla 38
el rojo esta agotado, van a traer mas
hay en blanco talla XL
tienen otros colores
puedo comprarlo todavia? dice agotado
cuantas unidades tienen
necesito 20 piezas, tienen suficientes
hay la version de 128gb
viene en rosa?
tienen tallas de niño
hay talla mas grande que xxl
va a volver la talla 46
todavia hay en gris
tenes 2 en stock? es para mi y mi hermana
queda solo 1? me puede revisar si hay mas
tienen el mismo modelo en cafe
otra vez agotado 😩 cuando llega
hay en azul marino?
hola tienes talla 37
avisame cuando vuelva la 40 porfa
quiero el verde pero no aparece
tienen color beige
hay mas colores que los de la foto
puedo hacer una preventa?
aun venden este producto
van a reponer el sueter de navidad
la talla que necesito sale gris, la tienen?
negro 44 hay o no
y en blanco tienen?
tienen pack de 3 pares
hay stock de la version con enchufe europeo
hay talla L ahora
cuando llega el proximo lote
hola, les quedan de las botas de cuero
hay stock en el almacen de españa
sale de almacen local o de china, hay stock alli?
hay stock del 9 americano
el modelo x200 todavia esta o ya no lo fabrican
tienen el pantalon que hace juego
me lo pueden hacer en talla 35
queda alguno color camel
tienen la 36 en los botines negros
no puedo elegir azul, se acabo?
el morado vuelve?
tienen una version mas chica
hay en plateado?
tienen stock para 50 unidades?
hola, el amarillo hay disponible?
hay existencias?
tenes en talle 38 che?
"""

DATA["price_bargain"] = """
me haces descuento?
¿me haces descuento?
me lo puedes dejar mas barato
mejor precio?
cual es el mejor precio si compro 3
precio por mayor para 10 piezas?
puede bajar un poco el precio
algun descuento para mi
deme un mejor precio porfa
si compro dos me lo dejas en 20
me lo das en 15?
muy caro, puedes rebajar
descuento por cantidad?
precio mayorista para 100 unidades
me haces precio especial, ya te compre antes
soy cliente, descuento?
ultimo precio?
hagamos un trato
mas barato amigo porfa
me haces un 10% de descuento
acepta 30 dolares?
solo tengo 25 euros, me lo vendes?
esta un poco caro, se puede hacer algo
una rebajita?
cuanto me cobras si llevo 5 pares
descuento porfa
puedes bajarle
me igualas 12.99?
bajame el precio y compro ya
si me das descuento lo pido hoy
precio para estudiantes?
me podria dar un precio mas bajo
cambia el precio a 20 y pago
le hacen descuento a clientes fieles?
hola, quiero 3 pero me haces mejor precio
me gusta pero esta muy caro para mi
compro muchos si el precio es bueno
el precio es negociable?
me lo vende mas barato de lo publicado
lo puedes dejar en menos?
dame descuento y te dejo 5 estrellas
quiero 6 piezas cuanto descuento
precio de amigo?
hay margen en el precio?
ajusteme el precio por favor
rebaja unos dolares y lo compro
regateamos? 😊
te doy 40 por los dos
si compro las botas y los calcetines juntos me haces descuento
muy caro. lo bajas?
dejamelo en 18$ porfa
cual es el precio minimo
descuento por 2 articulos?
me interesa pero bajale un poquito
dale, hacele un descuentito che
me rebajas algo po
si le compro varias me hace precio?
"""

DATA["promotion"] = """
tienen cupones?
¿tienen cupones?
hay algun codigo de descuento
hay cupon de la tienda
cuando es la proxima oferta
va a estar en oferta el 11.11
hay descuento por black friday
como uso el cupon
el cupon no funciona al pagar
como consigo el cupon de nuevo usuario
hay regalo con la compra
dan regalo?
sigue el 2x1?
como funciona la oferta de paquete
sigue la oferta flash
cuando termina la oferta
puedo usar dos cupones en un pedido
donde encuentro los cupones de la tienda
segui la tienda, donde esta mi cupon
hay descuento por seguir la tienda
que promociones hay esta semana
bajara el precio en el aniversario
hay promocion de navidad
el cupon de 5$ cual es el minimo de compra
cupon para compras de mas de 30?
tienen codigo para primera compra
como uso las monedas para descuento
la promo aplica a todos los productos
sigue la muestra gratis
cuando es la proxima campaña
habra ofertas el 12.12
puedo juntar el cupon de la plataforma con el de la tienda
codigo de cupon porfa
se me vencio el cupon me mandan otro
vi un anuncio con 50% donde esta
hay descuento por suscribirse al newsletter
sigue el 3x2 en calcetines
que hay en las rebajas de verano
hola hay vouchers?
habra descuento en el hot sale
como participo en la promocion
hay cashback?
la caja de regalo entra en la promo
hacen descuento de cumpleaños
cuando termina la cuenta regresiva
codigo de referido?
hay oferta si me suscribo
se acabo el precio promo, vuelve?
tenes cupon para las botas?
el paquete incluye los calcetines gratis?
cuando empiezan las ofertas de año nuevo
me llego un cupon por mail pero dice invalido
donde veo los cupones de su tienda
hay cyber monday?
hay algun descuento vigente po?
tienen promo buen fin?
"""

DATA["shipping_fee"] = """
cuanto cuesta el envio a chile
¿el envío es gratis?
envio gratis?
el envio es gratis
tienen envio gratis
cuanto sale el envio a españa
cuanto cobran de envio a mexico
costo de envio a colombia?
porque el envio es tan caro
me puedes bajar el envio
me das envio gratis?
si compro 2 el envio es gratis?
el envio esta incluido en el precio
cuanto es el envio a argentina
el envio sale muy caro
puede rebajar el costo de envio
tengo que pagar aduana o envio aparte
cuanto cuesta el envio express
cuanto cuesta dhl a peru
envio a brasil cuanto
envio gratis a uruguay?
cuanto es de envio por 3 articulos
combinan el envio
pueden juntar envio de dos pedidos
envio gratis desde 50 euros?
cual es el minimo para envio gratis
costo de envio a ecuador porfa
el envio cuesta mas que el producto
cuanto me sale mandar a canarias
el envio gratis incluye las islas
xq me cobran envio si decia gratis
es gratis el envio a venezuela
estoy en bolivia, precio de envio?
el envio es caro, me lo dejan gratis
cuanto cuesta enviar a portugal
hay envio mas barato
el envio estandar es gratis o de pago
cuanto cuesta el envio rapido
me perdonan el envio?
cuanto cobran por mandar a costa rica
envio a guatemala precio?
cuanto sale el flete
cuanto es el flete a monterrey
el envio es gratis a estados unidos?
cuanto de envio a santiago
si pido mas me hacen envio gratis
hay cargo extra de envio para mi zona
tengo que pagar impuestos ademas del envio
hola q precio tiene el envio a medellin
el express es gratis o se paga
cuanto cuesta mandar unas botas a guadalajara
cobran envio por cada articulo
el envio es gratis para todos los paises?
cuanto sale el envio a cordoba che
cuanto cobra la paqueteria a cdmx
el envio tiene costo?
"""

DATA["delivery_time"] = """
cuanto tarda en llegar
¿cuánto tarda en llegar?
cuanto tarda a españa
cuantos dias tarda a mexico
en cuanto llega a chile
tiempo de entrega a colombia?
si lo pido hoy cuando llega
cuanto demora el envio
cuanto tarda el envio
llega antes de navidad?
si compro ahora me llega para el 20?
cuantos dias para recibirlo en peru
cuanto tarda a argentina
llega en una semana si lo pido ya?
tiempo estimado de entrega a ecuador?
cuanto tarda el envio express
cuanto tarda el envio normal a uruguay
tiempo de entrega porfa
cuanto tarda a brasil
lo necesito para el viernes, llega si pido hoy?
cual es el tiempo de entrega a venezuela
cuantas semanas tarda a canarias
si pago ahora cuando lo tengo en bogota
dias de envio a bolivia?
cuanto demora en llegar a estados unidos
cuanto tarda con dhl
es rapido el envio a europa
en cuanto me lo entregan en madrid
llegaria antes de mi cumple el 15?
cuanto suelen tardar los paquetes a lima
antes de comprar, cuanto tarda a guatemala
quiero pedir pero necesito saber cuanto tarda a costa rica
envian rapido? lo necesito en 10 dias
cuanto tarda desde china a paraguay
tarda un mes?
en cuantos dias llega a santiago
cuanto tarda a portugal mas o menos
me llega la semana que viene si compro hoy
cuanto tiempo tarda a panama
cuanto tarda del almacen de españa
si compro en el almacen local cuanto tarda
cuando llegaria si pido esta noche, estoy en monterrey
cuanto tarda a mi ciudad en chile mas o menos
cuanto esta tardando el envio a rusia
son 15 a 30 dias como dice?
hola antes de pedir, cuantos dias tarda en llegar a cordoba
llega para año nuevo?
cuanto demora a valparaiso po
che cuanto tarda en llegar a rosario
en cuanto tiempo llega a guadalajara
cuanto se tarda en llegar a cali
hay entrega rapida? lo necesito para una boda
cuanto tarda con envio gratis
q tiempo de entrega tiene a puerto rico
cuantos dias hábiles tarda
"""

DATA["courier"] = """
envian a mexico?
¿envían a México?
hacen envios a chile
envian a argentina
llega a colombia?
que paqueteria usan
con que empresa envian
mandan por dhl?
pueden enviar con fedex
envian por ups
pueden mandarlo por correos
usan correos express o seur
que transportista lo entrega en españa
envian por estafeta?
mandan por chilexpress o starken
llega por correo argentino o andreani
envian con servientrega?
hacen envios internacionales
pueden enviar a un apartado postal
lo pueden mandar a un punto de recogida
puedo elegir la paqueteria
prefiero dhl, se puede?
no usen cainiao porfa, mandenlo por dhl
envian a venezuela
envian a canarias
envian a cuba
que empresa lo lleva a peru, serpost?
lo mandan por avion o por barco
puedo retirarlo yo en persona
envian a todo el mundo
que transporte me recomienda para chile
usan j&t?
pueden mandar por aramex
envian a puerto rico
pueden enviarlo a mi hotel
lo mandan con seguimiento?
tienen epacket
llega a uruguay?
envian a bolivia?
solo quiero que lo entregue ups
pueden enviarlo a una oficina de correos
con que correo llega a argentina
hola envian a colombia
puedo usar mi propia cuenta de mensajeria
lo mandan a un locker de amazon?
con quien lo mandan a cdmx, con dhl o con estafeta
envian a ecuador?
que empresa de envio usan para españa
lo puedo recoger en correos?
lo envian con mercado envios?
mandan a paraguay?
hacen envios a guatemala y honduras
se puede mandar a una sucursal de oca
envian con coordinadora?
que courier usan?
"""

DATA["authenticity"] = """
es original?
¿es original?
es original o replica
es autentico
es real o falso
son nike originales?
es copia?
es de la marca original
los airpods son originales
venden productos falsos?
como se que no es falso
me garantiza que es original
es 100% original
es producto oficial
el perfume es original o es imitacion
trae caja y etiquetas originales
tiene numero de serie para verificar
puedo comprobar la autenticidad
son distribuidores autorizados
es de fabrica oficial
es cuero real y marca real?
el logo es original
es una copia de alta calidad?
es replica 1:1
el precio es bajo, es falso?
quiero estar seguro que es original antes de comprar
tienen certificado de autenticidad
el cargador es samsung original?
la memoria es de capacidad real o trucha
de verdad son 128gb o es falso
son adidas originales o copia china
producto original garantizado?
es la version original o imitacion
puedo verificar el codigo de barras
el reloj es casio de verdad
es lego o marca compatible
hola amigo es original o no
es original? ya me estafaron una vez
los cosmeticos son originales?
de donde sacan la mercaderia, es original
viene sellado de fabrica
solo venden originales?
la plata es 925 de verdad
es chapado en oro real
es cachemira real
es pieza original o generica
original?
original confirma porfa
es legit
las zapatillas son autenticas con factura
parece imitacion, es real?
como me demuestras que es original
funciona la garantia oficial?
es trucho?
son originales che o son re truchas
es pirata o original
"""

DATA["quality"] = """
es de buena calidad?
¿es de buena calidad?
que tal la calidad
que tal es la calidad
dura mucho?
es resistente
la calidad es buena o es chafa
las botas son resistentes?
se despega la suela con el tiempo?
se destiñe al lavar
encoge al lavarlo?
las costuras son fuertes
la tela es gruesa o delgada
se transparenta la tela
hace bolitas?
el estampado se cuartea?
el cierre es de buena calidad
aguanta uso diario
el cuero es suave o duro
cuanto dura
la calidad es igual que en las fotos
es plastico barato?
esta bien hecho?
huele a quimico?
vale la pena por el precio
los calcetines son gruesos para el invierno
se oxida?
se pela la pintura
la bateria es de calidad
el vidrio es resistente
es mejor calidad que la version barata
quiero buena calidad, este es bueno?
se siente de calidad
la tela es suave
se arruga facil
los comentarios dicen mala calidad, es verdad?
la mochila aguanta una laptop
calidad ok?
buena calidad o no
que tan resistente es la funda
el dorado se pone negro?
es madera maciza o aglomerado
las costuras aguantan
la impermeabilidad es buena
hola, antes de comprar, es buena la calidad
son comodos y de buena calidad los zapatos
se rompe si los niños juegan con el
la calidad es pareja? es para revender
la suela agarra bien
las ruedas de la maleta son buenas
se raya facil
los audifonos suenan bien?
la calidad es buena che? no quiero que se rompa al mes
es de buena calidad po o es cuatica
sale bueno o sale malo
"""

DATA["price_compare"] = """
por que es mas caro
¿por qué es más caro?
por que es mas caro que en otras tiendas
xq esta mas caro que en amazon
otra tienda lo vende mas barato por que
cual es la diferencia entre estos dos
que diferencia hay entre el de 20 y el de 35
por que el negro cuesta mas que el blanco
por que esta mas barato en su otro anuncio
el mismo producto cuesta menos en otro lado
vi las mismas botas a mitad de precio
cual es la diferencia entre el modelo a y el b
por que este es tan barato comparado con otros
por que la talla 44 cuesta mas
por que cambia el precio segun el color
otra tienda lo tiene a 12 dolares
por que pagar mas aqui
hay diferencia entre el barato y el caro
por que vale la pena la version pro
que tiene el suyo mejor que los baratos
por que subio el precio
ayer estaba a 15 y hoy a 19, por que
que diferencia hay entre 64gb y 128gb ademas de memoria
por que el set sale mas caro que por separado
por que el precio es distinto en la app
diferencia entre v1 y v2?
en temu esta mas barato
por que la misma marca cuesta mas aca
por que tan caro comparado con el mercado
el caro es mejor o es solo la marca
por que el de cuero cuesta el doble
que diferencia hay entre el premium y el normal
por que esta mas caro que en aliexpress choice
el otro vendedor tiene envio gratis y menor precio, por que compraria aqui
expliqueme la diferencia de precio porfa
por que cuesta mas que el modelo anterior
esta mas caro que en la tienda de mi ciudad
estan mas caros que en mercado libre, por que
por que la xl es mas cara que la m
hola por que este cuesta mas si se ve igual
cual es mejor el de 9.99 o el de 14.99
misma foto distinto precio, cual es la diferencia
por que cobran mas que la tienda oficial
que tiene de distinto el anuncio mas barato
por que el pack de 3 no sale mas barato que el de 2
en shein esta casi igual por menos, por que el suyo cuesta mas
el barato es falso y este es real? por eso la diferencia?
por que este anuncio esta 5 euros mas caro
que estoy pagando de mas
xq la diferencia de precio
en liverpool lo vi mas barato
en falabella esta mas barato, por que
no entiendo por que sale mas caro que el otro
"""

DATA["color_difference"] = """
el color es igual a la foto?
¿el color es igual a la foto?
el color es como en la imagen
se ve igual que en las fotos?
el color es real?
el color real es mas oscuro?
el beige es mas rosado o mas amarillo
el azul marino es muy oscuro?
el rojo es rojo vivo o vino
la foto muestra el color real
hay diferencia de color con las fotos
las fotos estan editadas? color real?
el blanco es blanco puro o crema
fotos reales porfa, quiero ver el color
el verde es oliva o fuerte
me mandas una foto real del gris
el cafe es oscuro o claro
el negro es negro negro o gris oscuro
es exactamente el color de la foto
el caqui tira a verde o a marron
el color va a ser como sale
que tan parecido es el color a la imagen
el rosa es pastel o fucsia
en la foto parece naranja, es rojo?
el plateado es brillante o mate
en el video y en la foto el color es distinto, cual es el real
el color coincide con las fotos?
me muestras el color con luz normal
el celeste es celeste o azul rey
quiero el color exacto de la foto, es asi?
el dorado es amarillo o rosado
el camel es como en la segunda foto
el jean es oscuro como en la foto
en persona se ve mas morado?
color real vs foto?
cambia el color entre lotes?
hola el color durazno es naranja?
me preocupa la diferencia de color, es igual a la foto
el color arena es claro?
en la foto se ve gris claro pero dice plateado, cual es
el color de la madera es claro u oscuro
puedes sacar foto del bordo al lado del negro
el tono es fiel a la foto?
en persona se ve barato el color?
el color de la foto de la modelo es el correcto
el menta es menta o tira a azul
me va a llegar el mismo tono de la imagen?
sale igualito al de la foto?
no quiero que llegue de otro color, es como la foto?
el color de verdad es asi de brillante?
el nude es muy rosado?
"""

DATA["recommendation"] = """
que me recomiendas
¿qué me recomiendas?
me recomiendas algo
cual es el mejor para mi
ayudame a elegir
necesito botas para caminar con lluvia, que tienes
cual es el mas vendido
que modelo me recomiendas para correr
busco un regalo para mi mama
que me sugieres para una niña de 10 años
quiero una chaqueta calentita para el invierno, cual
cual es mejor, el negro o el cafe
alguna sugerencia para regalo de cumpleaños
busco zapatos comodos para trabajar
necesito una funda que proteja bien cual me conviene
que crema es buena para piel seca
cual es su producto mas popular
tienes algo parecido pero mas barato
muestrame otras opciones
busco un vestido para una boda
necesito zapatos para estar parada todo el dia
que cargador me sirve para mi laptop
ayudame a escoger un regalo para mi novio
cual comprarias tu
que es bueno para piel grasa
tienes algo como esto pero de cuero
recomiendame un bolso para viajar
que aspiradora es mejor para pelo de mascota
quiero algo elegante para la oficina
que otros estilos me recomiendas
que combina con estas botas
que audifonos son mejores para el gym
busco un smartwatch barato pero bueno
cual es mejor para principiantes
que almohada es buena para el dolor de cuello
que me compro para ir de camping
tienen algo para un recien nacido
recomiendame algo para la cocina
hay algun modelo mejor para frio
cual elegiria para un adolescente
quiero ropa a juego para pareja, ideas?
sugiereme un perfume para el verano
hola necesito zapatos nuevos pero no se cuales, ayuda
que producto tiene mejor relacion calidad precio
que tienen para dias de lluvia
busco un reloj sumergible, cual me recomiendas
que novedades tienen
cual se vende mas
que lampara me sugieres para leer
me pasas links de productos similares
vos que me recomendas para mi viejo
que me aconseja usted para regalar
algo para mi hijo que le gusta el futbol?
que me recomienda para el frio de punta arenas po
"""

DATA["invoice"] = """
necesito factura
necesito una factura
me pueden mandar la factura
me dan recibo?
me mandas el comprobante de compra
emiten factura con iva?
necesito factura a nombre de mi empresa
como descargo la factura
donde esta mi factura
factura porfa
pueden poner mi cif en la factura
necesito la factura comercial para la aduana
aduana me pide la factura, me la mandan
me hacen factura con rfc
la factura tiene mal la direccion, la corrigen?
pueden cambiar el nombre en la factura
necesito comprobante para la garantia
dan factura fiscal?
me mandan el recibo en pdf al correo
el iva viene desglosado en la factura
me pueden facturar como autonomo
mi contador necesita la factura
recibo del pedido 3021556?
factura con mi nif porfa
pueden poner un valor mas bajo en la factura para aduana
necesito lista de empaque y factura
me pasas la boleta
necesito factura antes de pagar
la factura viene en la caja?
mandame la factura al mail
necesito una factura proforma
me dan factura con datos del vendedor
reemitan la factura con los datos de mi empresa
agreguen el numero de pedido en la factura
no vino factura en el paquete
falta el recibo
la factura puede ser en español
necesito factura para reembolso de la empresa
se puede tener recibo para deducir impuestos
donde esta mi comprobante
me dan factura de mis ultimos 3 pedidos
necesito un recibo detallado
factura a empresa se puede?
mi rut es 76.123.456-7, me hacen factura
hay factura del envio tambien
necesito factura electronica cfdi
me dan factura a o factura b?
emiten boleta o factura?
necesito mi factura para hacienda
me facturan con mi cuit porfa
como pido la factura del pedido
quiero la factura de la devolucion tambien
"""

DATA["payment"] = """
como pago
¿cómo puedo pagar?
que formas de pago aceptan
puedo pagar con paypal
aceptan tarjeta de credito
me rechazaron la tarjeta
no puedo pagar
el pago falla
el pago no pasa
error en el pago
puedo pagar en cuotas
puedo pagar a meses sin intereses
aceptan apple pay
me cobraron dos veces
me descontaron el dinero pero el pedido sale sin pagar
mi pago esta pendiente
puedo pagar contra entrega
puedo pagar por transferencia
cuanto tarda la verificacion del pago
dice esperando pago pero ya pague
por que mi pago esta en revision
aceptan google pay
puedo usar tarjeta de debito
aceptan mastercard
se congela la pagina al pagar
puedo pagar en euros
puedo pagar en pesos
rechazaron el pago, que hago
me sale un codigo de error al pagar
puedo pagar despues
como pago con boleto
puedo pagar en oxxo
se puede pagar con mercado pago?
puedo dividir el pago
quiero pagar con dos tarjetas
mi banco dice que el cargo esta ok pero la pagina dice fallido
me cobraron otro monto
me cobraron mas que el total
es seguro pagar aca
no me llega el codigo de verificacion del banco
paypal no funciona
pague pero no tengo confirmacion
como cambio el metodo de pago
otra persona puede pagar mi pedido?
puedo pagar con tarjeta regalo
xq no me deja usar mi visa
el pago me sigue fallando ayuda
me bloquearon la tarjeta despues de pagar
pague con pix y el pedido no se actualiza
cobran comision por pagar con tarjeta
tengo que pagar ya o puedo esperar
el checkout no acepta mi tarjeta
hola dice pago no exitoso, lo pueden revisar
puedo pagar con bizum
pague hace 2 horas y sigue sin pagar
aceptan pago en efectivo
puedo pagar con webpay po?
"""

DATA["modify_order"] = """
cambiar la direccion
¿puedo cambiar la dirección?
necesito cambiar la direccion de envio
puedo cambiar la talla de mi pedido
cambienme el color a negro porfa
pedi mal la talla, la pueden cambiar antes de enviar
antes de enviarlo me lo cambian a talla 40
quiero agregar otro producto a mi pedido
pueden juntar mis dos pedidos
combinen mis pedidos y mandenlos juntos
quiero cambiar la cantidad a 2
actualicen mi telefono en el pedido
puse mal el codigo postal, lo corrigen?
me equivoque en la direccion
falta el numero de departamento
cambien la direccion a la de mi trabajo
me mude, mandenlo a la nueva direccion
agreguen una nota porfa: dejar en porteria
pongan que es regalo, sin factura dentro
cambien el color de rojo a azul
quiero cambiar el modelo
cambiar de m a l porfa
puedo editar mi pedido
cambien el nombre del destinatario
mandenlo a mi hermana mejor
puedo cambiar el envio a express
quiero el blanco en vez del negro antes de que lo manden
se puede cambiar mi pedido?
cambienme a talla 38 que todavia no lo envian
cambien mi pedido de 2 a 3 piezas
corrijan mi direccion: calle mayor 5 no 15
puse mal la ciudad
olvide poner el piso
todavia puedo modificar el pedido
cambiar direccion porfa pedido 8122345
la calle esta mal escrita
agreguen mi telefono para el repartidor
quiero quitar un articulo del pedido
no manden los calcetines solo las botas
mandenme el azul en vez del verde
agreguen envoltorio de regalo
necesito cambiar el cp
puedo cambiar la direccion despues de pagar
hola pedi 41 pero quiero 42, todavia no salio verdad?
incluyan una tarjeta de cumpleaños con mensaje
puedo cambiar la fecha de entrega
pueden retener mi pedido hasta la semana que viene
quiero cambiar a la version de 256gb
cambien el nombre del paquete a maria lopez
el numero de casa es 12b no 12
me equivoque de colonia en la direccion
cambia la comuna porfa, puse mal
modifiquen el pedido, quiero otro color
quiero corregir mi dni en el pedido
che me equivoque de direccion, la cambias?
"""

DATA["cancel_order"] = """
quiero cancelar el pedido
¿cómo cancelo mi pedido?
cancelar pedido
cancelen mi pedido porfa
como cancelo
puedo cancelarlo
ya no lo quiero, cancelen
cancelar pedido 8123456
lo pedi por error, cancelalo
cancelen antes de enviarlo
cambie de opinion, cancelar
quiero cancelar y que me devuelvan el dinero antes del envio
cancelalo porfa
pueden cancelar el pedido que acabo de hacer
paren el pedido
no lo manden, quiero cancelar
necesito cancelar uno de mis pedidos
pedi dos veces sin querer, cancelen uno
cancelen el segundo pedido
como cancelo si todavia no lo enviaron
ya es tarde para cancelar?
lo encontre mas barato, cancelen mi pedido
cancelo, tarda mucho el envio
cancelen, pedi el producto equivocado
quiero cancelar porque ahora no tengo plata
el pedido no se envio, cancelen
acepten mi solicitud de cancelacion
pedi cancelar, aprueben porfa
por que no puedo cancelar mi pedido
no funciona el boton de cancelar
quiero cancelar, no lo envien
mi esposo ya lo compro, cancelen el mio
cancelen las botas, dejen los calcetines
puedo cancelar solo un articulo
cancelen todo el pedido
cancelar pedido urgente
quiero anular esta compra
ya no lo necesito
xfa cancelen mi pedido ya no lo necesito
si no lo enviaron todavia cancelenlo
perdon quiero cancelar mi pedido
quisiera cancelar el pedido que hice esta mañana
lo pueden cancelar? ya van 10 dias y no lo envian
pague con la tarjeta equivocada, cancelen
cancelen y lo vuelvo a pedir con la talla correcta
hola necesito cancelar el pedido 1005678
como cancelo desde la app
ya no lo manden
ya se cancelo?
quiero anular el pedido, son muy lentos para enviar
ayer pedi cancelar, confirmen porfa
anulen la compra
quiero dar de baja el pedido
che cancelame el pedido porfa
"""

DATA["ship_time"] = """
cuando lo envian
¿cuándo lo envían?
cuando me lo mandan
cuando envian mi pedido
ya enviaron mi pedido?
pague hace 3 dias, cuando lo envian
cuando despachan mi pedido
por que no han enviado mi pedido
cuando lo van a mandar
dice esperando envio, cuando
todavia no lo envian?
cuando me envias mi pedido amigo
me lo mandas hoy?
hola, pedi unas botas la semana pasada, cuando las envian?
envien rapido porfa
mandenlo lo antes posible
cuantos dias faltan para que lo envien
mi pedido ya salio?
cuando lo despachan
cuando sale de su almacen
mi pedido sigue en procesando, cuando lo envian
ya pague, envien porfa
lo pueden enviar hoy
lo mandan mañana?
tiempo de preparacion?
cuanto tardan en enviar mi pedido
ya lo mandaron?
ya paso una semana y no lo despachan
por que no lo han enviado
apurense a mandar mi pedido
no tengo numero de seguimiento, cuando lo envian
cuando me dan el numero de seguimiento
me dicen la fecha de envio de mi pedido
lo enviaron ya?
envian los fines de semana?
el pedido dice pagado pero no enviado
cuando vas a despachar mi paquete
despachen mi pedido porfa
novedades del envio de mi pedido? todavia no sale
pedi el lunes, cuando sale
xq mi pedido sigue en preparacion
manden mi producto rapido que lo necesito
fecha de despacho del pedido 3049958?
cuando se lo entregan a la paqueteria
lo envian antes del feriado?
cuando mandan lo que falta de mi pedido
un articulo ya salio, y el otro cuando
pague envio express, por que no lo enviaron
dijeron que lo enviaban en 3 dias
manden ya mi pedido
hola pague ayer, me lo pueden despachar hoy?
cuando me despachan po
che cuando me lo mandan? ya pague
para cuando esta el envio de mi compra
"""

DATA["order_status"] = """
donde esta mi pedido
¿dónde está mi paquete?
dnd esta mi pedido
rastrear mi pedido
seguimiento?
numero de seguimiento porfa
me pasas el numero de rastreo
donde esta mi paquete ahora
cual es el estado de mi pedido
estado del pedido?
el seguimiento no se actualiza hace una semana
el tracking no funciona
el numero de seguimiento no muestra nada
ya llego mi paquete a mi pais?
dice en transito, donde esta ahora
el seguimiento dice en aduana, que significa
donde esta? LP00123456789CN
me revisas donde esta mi pedido
alguna novedad de mi paquete
el paquete lleva 10 dias parado en china
dice que salio del centro de clasificacion y nada mas
que significa llego al centro de distribucion de destino
mi pedido esta en el aeropuerto, cuando se mueve
me revisas el seguimiento
estado del pedido 8170012345
donde esta mi paquete ahora po
el link de seguimiento no abre
en que pagina rastreo mi pedido
el seguimiento dice retenido en aduana
mi pedido ya viene en camino?
dice en reparto desde ayer
cambio la paqueteria, cual es el nuevo numero de guia
el numero de seguimiento no sirve en la pagina de correos
hola, me dices por donde van mis botas
solo quiero saber donde esta mi pedido
donde estan mis zapatos
novedades de mi paquete?
me revisas el paquete porfa
el paquete esta en madrid hace 5 dias
actualizaciones del envio?
el paquete ya salio del almacen?
la informacion logistica no se actualiza
mi pedido dice enviado pero donde esta
dice enviado pero no se mueve
quiero saber la ubicacion de mi paquete
y ahora donde anda
donde esta el articulo
me das una actualizacion de mi pedido
pedido 1029384756 donde esta
mi paquete parece atascado
lleva 2 semanas en transito, donde esta
el seguimiento dice que volvio al pais de origen, por que
cuando me lo entregan, el seguimiento dice que ya esta en mi pais
ya lo tiene correos?
rastreo porfa YT2201234567890
en que va mi pedido
numero de guia?
como rastreo mi paquete de estafeta
che donde anda mi pedido
"""

DATA["not_received"] = """
no me ha llegado
no me llego el pedido
nunca llego
no recibi el producto
mi paquete nunca llego
el seguimiento dice entregado pero no lo recibi
dice entregado pero no hay nada en mi buzon
no recibi nada
pedido no recibido
todavia no lo recibo despues de 60 dias
se perdio mi paquete
creo que el paquete se perdio
ya paso el tiempo de entrega y nada
se atraso muchisimo, mas de 2 meses
nunca recibi mi articulo
figura como entregado pero no esta aqui
el cartero nunca vino
los vecinos tampoco lo tienen
dice entregado pero estuve todo el dia en casa
donde esta mi paquete ya van 50 dias y no llega nada
se acaba el tiempo de proteccion y no tengo nada
no llego ningun paquete
tenia que llegar la semana pasada y nada
el paquete volvio al remitente, nunca lo recibi
mi pedido no llego
el articulo no llego
no me llega mi pedido, 45 dias
nunca lo recibi, ayuda
lo marcaron entregado pero no es cierto
alguien mas firmo, no fui yo
dice entregado en otra ciudad
se perdio en el camino?
el seguimiento se paro hace un mes y no llego nada
ya tardo mucho, todavia no llega
paso la fecha de entrega y no me llego
lo entregaron en otra direccion
en correos dicen que no lo tienen
no resivi nada
nunca resibi mi pedido
no me llego el paquete y dice entregado
sigo esperando
sigo esperando mi pedido despues de 6 semanas
el pedido esta atrasado, paso el plazo prometido
de verdad lo enviaron? nunca me llego
mi pedido esta vencido y no llega
no ha llegado el articulo
no esta entregado pero el seguimiento dice que si
la caja nunca me llego
no llego nada, pedido 8134567789
van 3 meses, donde esta mi plata o mi producto
espere 40 dias y mi paquete no esta
la paqueteria perdio mi paquete
me robaron el paquete de la puerta
nunca me llego el codigo del locker y el paquete no esta
aun no llega nada
no me ha llegado nada po
che, nunca me llego el pedido
ya paso un mes y el pedido nada que llega
"""

DATA["quality_issue"] = """
llegó roto
llego roto
se rompio el cierre
el producto llego dañado
esta dañado
se despego la suela a los 2 dias
se rompio el tacon
dejo de funcionar a la semana
no prende
no enciende
la pantalla esta rajada
los zapatos tienen pegamento y se descosen
tiene un agujero el sueter
se destiñio al primer lavado
encogio despues de lavarlo
se rompio la costura la primera vez que lo use
la bateria no carga
un audifono no suena
el vidrio llego hecho pedazos
se rompio la correa del bolso
la caja llego aplastada y el producto doblado
el cuero se esta pelando
las botas entran agua
la pintura esta rayada
la camisa tiene manchas
el producto huele horrible
la crema llego seca
la botella se derramo toda
esta defectuoso
articulo con fallas
la luz parpadea
el cargador se calento mucho y dejo de andar
el boton esta trabado
una de las patas esta rota
la tela ya hace bolitas
los calcetines se rompieron en 2 usos
se salio el estampado
el reloj se paro
la tapa no cierra
la taza tiene una grieta
el juguete vino roto
la funda vino rajada
se cayeron las ruedas de la maleta
el sonido sale distorsionado
el control no funciona
el espejo esta rayado
la costura es mala y hay hilos por todos lados
se cayeron los botones
no funciona para nada
esta roto que hago
producto dañado en el envio
la calidad es pesima, se deshizo
se trabo el cierre y se rompio
el zapato izquierdo vino deforme
no funciona desde que llego
el conector esta flojo
el ventilador hace mucho ruido
se corto la correa a los 3 dias
me llego fallado che
vino malo el producto, no anda
"""

DATA["wrong_item"] = """
no es lo que pedi
me enviaron el articulo equivocado
me llego otra talla
pedi negro y me llego blanco
color equivocado
vino otro producto en el paquete
no es el articulo de la foto
no es como lo describen
es totalmente diferente a las fotos
faltan piezas
falta una pieza
solo vino un zapato en la caja
pedi 3 y me llegaron 2
no viene el cargador en la caja
me mandaron talla 38 en vez de 40
me llego el pedido de otra persona
el modelo es diferente
faltaba un articulo en el paquete
no vienen los tornillos
no es la marca que pague
me llego otro color
me llego otro diseño
el articulo es mas chico de lo que dice la descripcion
dice cuero pero es plastico
la caja vino vacia
el set esta incompleto
donde esta el segundo articulo de mi pedido
pedi un par y llego un solo calcetin
me mandaron el de hombre en vez del de mujer
me mandaron algo equivocado, pedido 8123
falta el manual
no vino el regalo que prometieron
la etiqueta dice m pero pedi l
no es de 128gb como dice el anuncio
pedi 2 pares y solo hay 1 en el paquete
el articulo no coincide con la descripcion
en las fotos tiene tapa pero el mio no
me llego un producto totalmente distinto
modelo equivocado, yo pedi el pro
faltan los accesorios
vinieron dos zapatos izquierdos
me llego otro estilo
dice 100% algodon pero la etiqueta dice poliester
me mandaron enchufe americano y pedi europeo
no es igual a la publicacion
en mi paquete vino otra cosa
me llego el rosa y pedi el gris
falta el control remoto
la cantidad esta mal
me mandaron cualquier cosa, no es lo que compre
"""

DATA["return_refund"] = """
quiero devolverlo
quiero un reembolso
quiero que me devuelvan el dinero
puedo devolverlo?
como devuelvo el producto
cual es la politica de devolucion
quiero mi plata de vuelta
quiero devolverlo y que me reembolsen
reembolso porfa
quiero mi rembolso
quiero el reenbolso
puedo devolver si no me queda
aceptan devoluciones?
tiene 7 dias de devolucion?
la devolucion es gratis?
quiero devolver las botas
no me gusto, quiero devolverlo
reembolsenme por favor
cuantos dias tengo para devolver
puedo devolver sin motivo
quiero reembolso completo
quiero un reembolso parcial por el daño
me pueden reembolsar sin devolver el producto
no me queda, quiero devolverlo
como pido el reembolso
no estoy conforme, quiero devolverlo
me queda chico, puedo devolverlo y que me devuelvan el dinero
se puede devolver abierto?
solicitud de devolucion
como solicito la devolucion
quiero devolver el roto y que me reembolsen
me reembolsan la pieza que falta?
quiero devolver uno de los dos articulos
quiero reembolso por la demora
el articulo salio fallado, quiero mi dinero
devolucion y reembolso
puedo devolver algo usado
tienen devolucion de 30 dias
quiero regresarlo
acepten mi solicitud de devolucion porfa
como empiezo una devolucion
quiero el reembolso en mi tarjeta
me pueden dar saldo en vez de dinero?
devuelvanme la plata ya
pedi el reembolso, aprueben
me lo quedo si me hacen un reembolso parcial
quiero devolverlo, el color es feo
se puede devolver despues de 10 dias?
hola quiero regresar mi pedido no es como la foto y que me devuelvan mi dinero
si no le queda puedo mandarlo de vuelta?
lo compre para mi hijo pero no lo quiere, lo puedo devolver?
ayudame con la devolucion
la calidad es mala, quiero mi reembolso
quiero hacer valer la garantia y que me devuelvan el dinero
quiero la devolucion del dinero che
"""

DATA["exchange"] = """
cambiar de talla
puedo cambiarlo por una talla mas grande
puedo cambiar por M?
lo quiero cambiar por otra talla
puedo cambiar por otro color
cambio por talla 42 porfa
me queda chico, lo cambio por uno mas grande
me mandan el 40 y yo les devuelvo el 39
quiero hacer un cambio
hacen cambios?
puedo cambiar el negro por el cafe
se puede cambiar?
como hago un cambio
me quedan grandes, necesito un numero menos
cambio de talla porfa
quiero cambiar la talla, no me queda
puedo cambiarlo por otro modelo
prefiero cambio, no reembolso
cambienmelo por el azul
me lo pueden reponer por uno nuevo
reposicion porfa, el que me llego esta roto
me mandan uno de reemplazo
quiero uno nuevo en vez del reembolso
cambien el defectuoso por uno que funcione
puedo cambiarlo por otro articulo del mismo precio
cambio por l porfa
me mandan otra talla y devuelvo esta
cambiar talla 37 por 38
necesito cambiar los zapatos por un numero mas
politica de cambios?
la camisa me aprieta, la cambio por xl?
me lo cambian por el mismo en otro color
puedo cambiarlo por el otro estilo
quiero uno mas grande, cambio porfa
cuanto tarda un cambio
puedo cambiar solo el zapato izquierdo
me llego la talla equivocada, me la cambian?
en vez de reembolso mandenme la talla correcta
puedo cambiar un regalo
mi hija necesita una mas chica, se puede cambiar
cambio a talla de niño
puedo pasarme al pro pagando la diferencia
las botas me quedan bien pero quiero otro color, se puede cambiar?
quiero cambiar un par
xfa cambienme la talla, se los devuelvo
puedo cambiar el pack de calcetines por otro
quiero cambiar mi pedido por la talla siguiente
puedo cambiarlo si solo lo probe en casa
cambienmelo por uno nuevo, se rompio el cierre
necesito un repuesto
el cambio es gratis?
me lo cambias por un talle mas, che?
quiero cambiar la talla po, me quedo chico
"""

DATA["refund_status"] = """
cuando me devuelven el dinero
¿cuándo me devuelven el dinero?
donde esta mi reembolso
cuando llega mi reembolso
no me ha llegado el reembolso
todavia no recibo el reembolso
cuando vuelve el dinero a mi tarjeta
dijeron reembolso pero nada todavia
cuanto tarda el reembolso
estado del reembolso?
ya procesaron mi reembolso?
van 10 dias y no me reembolsan
aprobaron el reembolso pero no lo veo
cuando recibo mi plata
ya mandaron el reembolso?
ya les llego la devolucion, donde esta mi reembolso
mi reembolso esta pendiente
cuantos dias tarda el reembolso a paypal
todavia no me devuelven mi dinero
dice reembolso completado pero no esta en mi banco
me prometieron el reembolso la semana pasada
revisen el reembolso del pedido 8199345
ya viene mi reembolso?
por que tarda tanto mi reembolso
me revisas el reembolso
no me devolvieron la plata todavia
la disputa salio a mi favor, cuando me reembolsan
el reembolso es menos de lo que pague
solo me reembolsaron una parte
donde esta el resto de mi reembolso
el reembolso va a mi tarjeta o al saldo de aliexpress?
cuando se acredita el reembolso
me llego un mail del reembolso pero no hay dinero
devolvi el producto hace 3 semanas y nada de reembolso
cuanto tarda en reflejarse el reembolso
no aparece el reembolso
me reembolsaron el envio tambien?
cancele el pedido, cuando me devuelven el dinero
cancele hace una semana y no me reembolsan
el banco dice que no recibio ningun reembolso
me dan el numero de referencia del reembolso
me mandan comprobante del reembolso
cuando llega mi plata
mi reembolso sigue en proceso
hola, novedades de mi reembolso?
no llega el reembolso, que pasa
ya recibieron el producto, donde esta mi dinero
el reembolso fue a una tarjeta vieja
dijeron 3 a 5 dias y van 12
sigo esperando que me devuelvan la plata
cuando me acreditan la devolucion del dinero
y mi reembolso? ya paso un mes
che, cuando me devuelven la guita
"""

DATA["return_shipping"] = """
quien paga el envio de la devolucion
¿quién paga el envío de devolución?
quien paga el envio para devolverlo
a donde lo mando de vuelta
cual es la direccion de devolucion
tengo que pagar el envio para devolverlo
me mandan la etiqueta de devolucion
la devolucion tiene envio gratis?
como lo envio de vuelta
cuanto cuesta devolverlo
me devuelven lo que pague de envio para devolver
etiqueta de devolucion porfa
con que paqueteria lo devuelvo
quien paga el envio del cambio
el envio del cambio lo pago yo?
tengo que mandarlo a china?
la direccion de devolucion es en china, es muy caro
puedo devolverlo a una direccion local
lo puedo dejar en correos
hay etiqueta prepagada
como imprimo la etiqueta de devolucion
ya lo mande de vuelta, aqui esta el seguimiento
mande la devolucion, el numero es RR123456789ES
devolverlo cuesta mas que el producto
tengo que mandarlo en la caja original
lo puedo devolver sin la caja
pongo el numero de pedido en el paquete de devolucion?
que direccion pongo en la devolucion
ustedes pagan el envio ya que fue su error?
me mandaron lo equivocado, ustedes deben pagar el envio de vuelta
la devolucion es gratis si viene fallado?
cuanto me cobran por el envio de devolucion
la etiqueta de devolucion no funciona
el repartidor lo puede recoger en mi casa
donde esta el punto de entrega para devoluciones
tienen almacen de devoluciones en europa
puedo devolverlo con cualquier paqueteria
lo puedo mandar por correo normal
necesito seguimiento para la devolucion
direccion de devolucion en españa?
como mando de vuelta las botas
a nombre de quien mando el paquete de vuelta
me reembolsan el costo del envio de devolucion
pague 15 euros para devolverlo, me lo reembolsan
pasame la direccion para devolver porfa
etiqueta de devolucion gratis?
necesito las instrucciones para devolver
como mando el cambio de vuelta
lo devuelvo por oxxo o por estafeta?
la guia de devolucion la pagan ustedes?
puedo dejar la devolucion en una sucursal de correo argentino
"""

DATA["dispute"] = """
abri una disputa
¿cómo abro una disputa?
abrí una disputa
voy a abrir una disputa
ya abri disputa, respondan porfa
como abro un reclamo en la plataforma
acepten mi disputa
acepta la disputa por favor
por que rechazaron mi disputa
quiero escalar la disputa
la disputa sigue abierta
puedo cerrar la disputa
cierro la disputa si me reembolsan
cancelen la disputa, ya me llego
como cancelo mi disputa
abri un reclamo en paypal
voy a hacer un contracargo con mi banco
hice un contracargo
la plataforma esta revisando mi disputa
tienen que responder mi disputa
subi fotos a la disputa
que pruebas necesitan para la disputa
escalar a aliexpress
abri un caso en ebay
abri un reclamo en mercado libre
quiero que intervenga la plataforma
disputa abierta pedido 8112233
abri disputa porque no llego el producto
por que rechazaste mi disputa
acepten la disputa asi me devuelven la plata
voy a apelar la decision de la disputa
cuanto tarda la disputa
puedo reabrir la disputa
se cerro sola mi disputa
mañana vence el plazo de la disputa
quiero cambiar el monto de mi disputa
ya mismo abro una disputa
si no responden escalo el caso
llame a mi tarjeta para desconocer el cargo
el banco abrio un contracargo
aceptan el reembolso parcial en la disputa?
acepte su propuesta en la disputa
que pasa si cierro la disputa
abri la disputa por error, la puedo cancelar
hay una disputa abierta, revisen
el caso esta en revision de la plataforma
voy a poner un reclamo en ebay
abro disputa?
tienen 5 dias para responder mi disputa
respondan al reclamo que abri
voy a desconocer la compra con el banco
abri mediacion en mercado libre
"""

DATA["complaint"] = """
pésimo servicio
pesimo servicio
esto es inaceptable
el peor vendedor
estoy muy decepcionado con su atencion
son unos estafadores
esto es una estafa
los voy a denunciar
voy a dejar una mala calificacion
les pongo 1 estrella
nadie contesta mis mensajes
nunca responden
esto es ridiculo
quiero poner una queja
quiero hacer un reclamo por la atencion
su servicio al cliente no sirve para nada
llevo dias esperando respuesta
me mintieron
dejen de mandarme respuestas copiadas
me estan haciendo perder el tiempo
estoy muy enojado
la peor experiencia
les voy a decir a todos que no compren aqui
que clase de servicio es este
que verguenza
por que me ignoran
su tienda es un fraude
los voy a reportar a aliexpress
nunca mas les compro
es la tercera vez que pregunto
prometieron y no hicieron nada
muy mala actitud de su personal
su agente fue grosero conmigo
estoy super molesto
como tratan asi a los clientes
que poco profesionales
respondanme!!!
estoy harto de ustedes
es una burla
que servicio tan patetico
son unos mentirosos
me da asco esta tienda
lo voy a publicar en redes sociales
deberian darles verguenza
voy a ir a profeco
voy a denunciar en consumo
ladrones
la peor compra de mi vida
exijo una explicacion
su servicio es un desastre
estoy cansado de esperar su respuesta
por que nadie me ayuda
que mala onda, nadie responde
una estafa total esta tienda
les voy a hacer juicio
que atencion mas mala po
es una verguenza che, nadie atiende
"""

DATA["review"] = """
como dejo mi opinion
¿cómo dejo mi opinión?
puedo editar mi reseña
puedo cambiar mi valoracion
quiero cambiar mi calificacion
como borro mi reseña
dan algo por dejar una reseña
hay premio por reseña con foto
si dejo 5 estrellas me dan cupon?
deje mi reseña, donde esta mi regalo
como subo fotos a la reseña
no aparece mi reseña
por que borraron mi comentario
puedo calificar despues de confirmar el pedido
puse 3 estrellas sin querer, lo puedo arreglar
cuando llegue les dejo buena reseña
donde escribo mi opinion
quieren que deje una valoracion?
puedo calificar al vendedor
el boton de valorar esta gris
no puedo dejar reseña
cuanto tiempo tengo para calificar
escribi una reseña, la vieron?
me pidieron cambiar la reseña, como
puedo agregar una reseña adicional
puedo calificar cada producto por separado
quiero actualizar mi reseña ya que lo solucionaron
me dan puntos por opinar
como califico el producto
subi un video en la reseña, y el reembolso
reembolso por reseña?
ya deje las 5 estrellas como prometi
puedo dejar la opinion en español
puedo subir foto mia usandolo en la reseña
quiero dejar una opinion pero no se donde
como le pongo estrellas al vendedor
quiero dejar un comentario positivo
dice que mi reseña esta en moderacion
me prometieron reembolso por reseña de 5 estrellas
ocultaron mi comentario
por que no se ven mis fotos en la reseña
puedo calificar la entrega
les pongo 5 estrellas, como hago
hola, donde esta la opcion para calificar mi pedido
cambie de opinion sobre la calificacion, como la edito
donde califico en mercado libre
cuando puedo dejar la valoracion
"""

DATA["human_agent"] = """
quiero hablar con un asesor
quiero hablar con una persona
quiero hablar con un humano
persona real porfa
puedo hablar con alguien de verdad
eres un bot? quiero un humano
comunicame con un agente
paseme con servicio al cliente
necesito un agente humano
asesor
asesor porfa
hablar con alguien
quiero hablar con el encargado
paseme con su supervisor
me puede responder una persona real
basta de bot, necesito una persona
hay alguien de carne y hueso
pasame con un humano
hablar con personal
no quiero el robot
quiero chat en vivo con una persona
alguien real que me ayude
comunicame con soporte en vivo
paseme con un operador
transfieranme a un humano
agente humano ya
quiero llamar a alguien
tienen un telefono para hablar con alguien
necesito hablar con un agente real sobre mi pedido
su bot no me entiende, una persona porfa
representante
un representante de atencion al cliente porfa
quiero hablar con un vendedor
quiero hablar directo con el vendedor
me atiende el dueño de la tienda?
que lo lea un humano porfa
bot inutil, persona real
prefiero hablar con una persona
hay algun humano disponible?
operador
puedo hablar con alguien que hable español
quiero atencion de una persona
hablar con humano
pasame con alguien
necesito ayuda de una persona
alguien de su equipo me puede contactar
quiero hablar con el jefe
persona no maquina porfa
quiero que me atienda un ejecutivo
me comunican con un asesor por whatsapp?
"""

DATA["thanks_bye"] = """
gracias
muchas gracias
mil gracias
grax
grcs
ok gracias
ok gracias chao
gracias adios
chao
chau
adios
hasta luego
nos vemos
que tengas buen dia
ok
okey
vale
vale gracias
ok entendido
entendido
perfecto
perfecto gracias
genial gracias
gracias por la ayuda
gracias por responder tan rapido
gracias espero entonces
ok espero
ok no hay problema
se agradece
muy amable
gracias amigo
👍
🙏
ok 👍
muchas gracias amiga
gracias que tenga buen dia
gracias eso es todo
era todo lo que necesitaba
listo gracias
dale gracias
dale, gracias che
buenisimo gracias
muy amable de su parte, gracias
gracias, ya lo compro
ok entiendo, gracias
muchisimas gracias
bye
cuidate
gracias de nuevo
ya esta todo bien gracias
no tengo mas preguntas, gracias
de acuerdo gracias
sale gracias
gracias po
ya, gracias
bueno gracias saludos
"""

DATA["other"] = """
¿cómo creo una cuenta?
como creo una cuenta
eres un robot?
eres un bot?
que clima hace
olvide mi contraseña
como cambio el correo de mi cuenta
como borro mi cuenta
no puedo iniciar sesion
cuentame un chiste
quien eres
como te llamas
eres chino?
donde estan ubicados
que hora es alla
te gusta el futbol
cuantos años tienes
eres real?
hablas frances?
te quiero
cuanto es 2+2
asdfgh
prueba
probando
jajaja
jsjsjs
?
...
como cambio el idioma de la app
la app se cierra sola
como me hago vendedor
estan contratando?
abren los domingos?
cual es su horario de atencion
soy proveedor, hacemos negocios?
tienen tienda fisica
como me desuscribo de los correos
dejen de mandarme notificaciones
que es aliexpress choice
me suspendieron la cuenta
como cambio mi nombre de usuario
donde veo mis mensajes
quiero vender mis productos en su tienda
perdon me equivoque de chat
ups persona equivocada
quien gano el partido ayer
me ayudas con la tarea
cual es la capital de francia
esta lloviendo en shanghai?
que significa el nombre de la tienda
me recomiendas un restaurante
mi gato camino por el teclado
como pongo foto de perfil
la pagina esta muy lenta hoy
tienen instagram?
hablas ingles?
"""

# --- Segunda pasada en un registro más formal (usted, correo electrónico) y
# con otras familias de productos (muebles, relojes, bolsos, ropa de cama,
# mascotas, accesorios de auto, maquillaje, jardín).

DATA["greeting"] += """
Buenos días, espero que se encuentren bien.
Hola equipo, tengo una consulta rápida.
Buenas, ¿alguien me puede ayudar hoy?
Estimados, les escribo por primera vez.
hola chicos, hay alguien en el chat?
Estimado servicio al cliente:
hola, siguen atendiendo a esta hora?
hola de nuevo!
"""

DATA["product_info"] += """
¿Me podría confirmar la altura del asiento de la silla de oficina?
¿La correa del reloj es de cuero legítimo o sintético?
¿De qué es el relleno del edredón, pluma o microfibra?
¿El bolso tiene un bolsillo interior con cierre?
¿La funda de la cama del perro se puede sacar para lavar?
¿Para qué modelos de auto sirve el soporte de celular?
¿La base de maquillaje sirve para piel muy grasa y tiene protector solar?
¿La desbrozadora inalámbrica trae batería y cargador?
¿La tela del sofá es resistente a las mascotas?
¿Cuáles son las medidas exactas de la mesita de noche?
el cobertor es de polar o de algodon?
"""

DATA["size_advice"] += """
Suelo usar un 41 en zapatos de vestir, ¿cuál de sus tallas corresponde?
¿Me aconseja si el abrigo talla normal con un suéter grueso debajo?
Mi muñeca mide 16 cm, ¿la correa me quedará larga?
¿Qué talla de collar para un beagle con cuello de 35 cm?
¿Recomienda la versión normal o la larga para alguien de 1,90?
Uso 90C, ¿qué talla de traje de baño elijo?
¿Qué medida de sábana ajustable para un colchón de 140 x 190?
Mi cadera mide 104 cm, ¿qué talla de pantalón me recomienda?
"""

DATA["stock"] += """
¿Volverá a estar disponible la mesita de noche color nogal?
¿Actualmente tienen el bolso en color suela?
¿Me podría decir si hay stock del edredón king?
¿El rascador para gatos sigue disponible o lo descontinuaron?
¿Tienen el reloj con la malla de acero?
¿Quedan sillas de jardín en verde?
Necesito cuatro sillas de comedor, ¿tienen esa cantidad?
"""

DATA["price_bargain"] += """
¿Consideraría un precio menor si compro el sofá y el sillón juntos?
Le agradecería una pequeña rebaja en la silla de oficina.
¿Me puede ofrecer mejor precio por un pedido de 30 unidades?
¿Habría posibilidad de un precio especial para un cliente habitual?
¿Me deja la mesa de comedor en 250?
Si me acepta 60 por el reloj lo compro enseguida.
me haces precio en las cortinas si llevo 4 paños?
"""

DATA["promotion"] += """
¿Hay códigos de descuento para la línea de ropa de cama en este momento?
¿Los muebles van a entrar en la próxima temporada de rebajas?
Tengo un cupón pero no se aplica al bolso, ¿por qué?
¿Este mes hay regalo con el set de maquillaje?
¿Ofrecen descuento de bienvenida a los suscriptores?
¿La oferta de 2x1 vale para los juguetes de mascotas?
¿Cómo canjeo los puntos que tengo acumulados?
"""

DATA["shipping_fee"] += """
¿Me puede indicar el costo de envío de un sofá a Zaragoza?
¿El envío está incluido en el juego de sábanas?
¿Cuánto cuesta el envío de un artículo voluminoso como un ropero?
¿El envío a Bélgica sería gratis con un pedido de más de 100 euros?
¿Cuánto saldría mandar la banca de jardín a Puebla?
¿Cobran extra por entregar en un piso alto sin ascensor?
¿Cuánto cobran por entregar en Canarias?
"""

DATA["delivery_time"] += """
¿Me podría decir aproximadamente cuánto tardaría el ropero a Barcelona?
Si hago el pedido hoy, ¿cuándo podrían entregar el sofá en Monterrey?
¿Cuánto suele demorar la entrega de la ropa de cama a Lima?
¿El reloj llegaría a Buenos Aires a tiempo para un cumpleaños el sábado que viene?
¿Cuántos días hábiles a Oporto con envío estándar?
Todavía no compré: ¿cuánto tarda la entrega a Mallorca?
"""

DATA["courier"] += """
¿Qué empresa de transporte usan para muebles grandes?
¿Hacen entregas en Ceuta y Melilla?
¿Podrían enviarlo por GLS en vez de correo nacional?
¿Es posible que me lo entreguen en un punto de retiro?
¿Envían a Andorra?
¿Lo pueden mandar por Urbano en Lima?
¿Trabajan con 99 minutos en México?
"""

DATA["authenticity"] += """
¿Me confirma que el reloj es un Seiko genuino?
¿El bolso es de diseñador auténtico o solo inspirado en la marca?
¿Los cosméticos son originales y están dentro de su fecha de vencimiento?
¿Hay alguna prueba de autenticidad del cable Apple?
¿Es producto de marca original o una versión genérica?
¿Son plumillas Bosch originales?
"""

DATA["quality"] += """
¿Qué tal aguanta la tela del sofá los arañazos de gato?
¿La silla de oficina es lo bastante robusta para muchas horas al día?
¿Los muebles de jardín resisten lluvia y sol todo el año?
¿El rímel se corre durante el día?
¿El cristal del reloj es resistente a los rayones?
¿Las sábanas duran después de muchos lavados?
¿Las fundas de asiento del auto se agrietan con el frío?
"""

DATA["price_compare"] += """
¿Me explica por qué la mesa de roble cuesta más que la de pino?
¿Por qué su sofá es más caro que uno parecido en la tienda del barrio?
¿Cuál es la diferencia entre el colchón estándar y el premium?
Vi este bolso más barato en otra página, ¿por qué la diferencia?
¿Por qué el edredón king cuesta el doble que el de dos plazas?
¿La diferencia de precio entre los dos relojes es solo la correa?
"""

DATA["color_difference"] += """
¿La tela color 'piedra' del sofá se ve gris o beige en persona?
¿El rojo del bolso es más cereza o más ladrillo?
¿El tono de la base es fiel a las muestras de la web?
El acabado nogal se ve muy oscuro en la foto, ¿de verdad es tan oscuro?
¿El verde azulado de la funda del edredón tira más a azul o a verde?
¿El color de las cortinas es fiel a las imágenes?
"""

DATA["recommendation"] += """
¿Qué silla de oficina me aconseja para el dolor de espalda?
¿Me sugiere un regalo para un compañero que se va de la empresa?
Estoy amueblando un departamento chico, ¿qué sofá me conviene?
¿Qué me recomienda para un gato que araña todo?
¿Qué base de maquillaje le va a una piel madura y seca?
¿Me ayuda a elegir un reloj para los 60 de mi papá?
¿Qué herramientas de jardín recomienda para principiantes?
"""

DATA["invoice"] += """
¿Podrían emitir la factura del sofá a nombre de mi empresa?
Necesito un comprobante con IVA de las sillas de oficina.
¿Sería posible recibir un duplicado de la factura?
Por favor envíenme por correo la factura del pedido 20394.
¿En la factura figura el porcentaje de IVA aplicado?
Necesito que la factura incluya la dirección de mi negocio.
"""

DATA["payment"] += """
Me rechazaron el pago con tarjeta del sofá, ¿qué me aconsejan?
¿Tienen financiación o pago mensual para muebles?
Me hicieron el cargo pero el pedido figura como no pagado.
¿Se puede pagar por transferencia un pedido grande?
La página de pago da error después de poner los datos de la tarjeta.
¿Puedo pagar con el saldo de PayPal?
"""

DATA["modify_order"] += """
¿Podrían modificar la dirección de entrega de mi pedido a mi oficina?
Quisiera cambiar el color del sofá que pedí ayer.
Por favor agreguen otro juego de fundas de almohada a mi pedido.
¿Se puede cambiar la fecha de entrega del ropero?
Puse mal el número de departamento, corríjanlo a 4B por favor.
Les pido cambiar la cantidad de sillas de 6 a 4.
"""

DATA["cancel_order"] += """
Quisiera cancelar mi pedido de la silla de oficina, por favor.
¿Podrían cancelar el pedido 77302 antes de que lo despachen?
Ya no necesito el ropero, les ruego que lo cancelen.
Quiero anular el bolso que pedí esta mañana.
Cancelen mi pedido por favor, lo conseguí en una tienda de acá.
¿Me confirman que mi pedido quedó cancelado?
"""

DATA["ship_time"] += """
¿Me podrían avisar cuándo despachan mi sofá?
Pagué la ropa de cama el viernes, ¿ya la enviaron?
¿Para cuándo prevén despachar el pedido 20451?
Mi pedido lleva seis días en preparación, ¿cuándo sale?
¿El reloj se envía esta semana?
¿Me indican cuándo entregarán mi pedido pagado al transportista?
"""

DATA["order_status"] += """
¿Me podrían informar dónde se encuentra mi pedido?
El seguimiento de mi ropero no cambia desde el martes.
¿Mi paquete sigue en el centro de clasificación?
¿Podrían revisar el estado actual del pedido 66231?
La página de seguimiento dice que está en la sucursal local, ¿y ahora?
¿Dónde está mi bolso en este momento?
"""

DATA["not_received"] += """
Mi pedido debía llegar la semana pasada y todavía no llegó.
El seguimiento indica entregado, sin embargo no recibí nada.
Me temo que mi paquete se extravió.
El sofá nunca se entregó aunque ya pasó la fecha.
Pregunté a mis vecinos y nadie recibió mi paquete.
Ya pasaron seis semanas y sigo sin recibir mi pedido.
"""

DATA["quality_issue"] += """
La silla de oficina se tambalea y se salió una de las ruedas.
El reloj dejó de funcionar a los dos días.
La tela del sofá llegó con una rasgadura.
El edredón pierde plumas por las costuras.
La manguera de jardín se partió la primera vez que la usé.
La correa del bolso se desprendió de la costura.
La base de maquillaje vino separada y huele rara.
"""

DATA["wrong_item"] += """
Recibí un edredón de una plaza en lugar del de dos que pedí.
El bolso que me entregaron es de otro color del que compré.
El reloj de la caja no es el modelo que pedí.
Faltan algunos tornillos y las instrucciones del ropero.
Mi pedido trajo solo tres de las cuatro sillas.
La cama del perro es mucho más chica que las medidas publicadas.
"""

DATA["return_refund"] += """
Quisiera devolver la silla de oficina y recibir el reembolso.
¿Me podría explicar su política de devoluciones para muebles?
Quiero un reembolso porque el bolso no es lo que esperaba.
¿Puedo devolver la ropa de cama si ya abrí el empaque?
Por favor gestionen el reembolso del reloj defectuoso.
¿Cuántos días tengo para devolver un artículo?
"""

DATA["exchange"] += """
¿Podría cambiar el edredón de una plaza por uno de dos?
Quisiera cambiar el bolso por el negro.
¿Me pueden reponer el reloj defectuoso por uno nuevo?
¿Es posible cambiar la silla por otro color?
Quiero cambiar el collar del perro por una talla más grande.
¿Puedo cambiar las cortinas por unas más largas?
"""

DATA["refund_status"] += """
¿Me podrían confirmar cuándo se procesará mi reembolso?
Devolví los cojines del sofá hace dos semanas y no me reembolsaron.
Aprobaron mi reembolso pero no llegó a mi cuenta.
¿Me informan el estado de mi reembolso del pedido 30921?
¿Cuánto tarda normalmente un reembolso en verse en la tarjeta de crédito?
Todavía no recibo el reembolso del reloj cancelado.
"""

DATA["return_shipping"] += """
¿Tengo que pagar el envío para devolver la silla de oficina?
¿Me podrían enviar la dirección para devoluciones?
¿Retiran a domicilio artículos grandes devueltos como un sofá?
¿Hay etiqueta de devolución gratuita para productos defectuosos?
¿Cómo debo embalar el bolso para mandarlo de vuelta?
¿Me reembolsan lo que cueste devolver el reloj?
"""

DATA["dispute"] += """
Abrí una disputa en la plataforma por el pedido 30221.
Por favor respondan al reclamo que presenté en la plataforma.
Voy a solicitar un contracargo a la emisora de mi tarjeta.
Cerraré la disputa cuando reciba el reembolso.
La disputa fue escalada, por favor presenten sus pruebas.
Quiero retirar la disputa porque ya se resolvió el problema.
"""

DATA["complaint"] += """
Estoy sumamente insatisfecho con cómo manejaron mi pedido.
Deseo presentar una queja formal sobre su atención al cliente.
Su empresa no ha respondido en absoluto.
Este nivel de servicio simplemente no es aceptable.
Voy a informar de esta experiencia a la plataforma.
Nunca me habían tratado tan mal en una tienda.
"""

DATA["review"] += """
¿Me podría decir cómo dejar una valoración de mi pedido?
Quisiera actualizar la reseña que dejé del sofá.
¿Es posible eliminar una reseña que publiqué por error?
¿Ofrecen algo a los clientes que dejan una opinión?
Mi reseña con fotos no aparece en la página del producto.
¿Cómo califico al vendedor?
Prometí dejar mi opinión, ¿dónde lo hago?
"""

DATA["human_agent"] += """
¿Podría hablar con alguien de su equipo de atención al cliente?
Preferiría tratar esto con una persona y no con un chatbot.
Por favor, transfiérame a un agente humano.
¿Hay alguien disponible para hablar conmigo directamente?
¿Me podría contactar un supervisor por mi pedido?
¿Puedo hablar con el responsable?
Necesito hablar con un empleado de verdad.
"""

DATA["thanks_bye"] += """
Muchas gracias por su ayuda.
Eso es todo por ahora, muchas gracias.
Gracias por la ayuda, buen fin de semana.
Muy agradecido, hasta luego.
Saludos cordiales y gracias.
Gracias, valoro su pronta respuesta.
Un abrazo, chau.
gracias x todo
"""

DATA["other"] += """
¿Cómo actualizo el correo electrónico de mi cuenta?
¿Mis datos personales están seguros?
¿A qué se dedica su empresa?
¿Es usted una persona real o un asistente automático?
Creo que se me cerró la sesión, ¿cómo vuelvo a entrar?
¿Cuál es el sentido de la vida?
¿A qué hora empieza el partido?
¿Cómo cambio la moneda que muestra la página?
¿Me recomiendas una película para esta noche?
Perdón, le mandé este mensaje a la tienda equivocada.
¿Cómo activo el modo oscuro en la app?
¿Dónde leo su política de privacidad?
solo pruebo si funciona el chat
que idioma hablas
"""

# --- Tercera pasada: líneas de contraste para los pares que más se confunden.

DATA["return_refund"] += """
me pueden reembolsar la camisa, no me queda
hacen reembolso en productos de liquidacion?
necesito un reembolso, no es lo que queria
si lo devuelvo sin abrir me reembolsan?
reembolsen el pedido 5512 porfa, no lo quiero
quiero solicitar el reembolso de la lampara, es muy chica
me devuelven la plata si me arrepenti despues de recibirlo?
se puede pedir reembolso de algo que me regalaron?
quiero pedir la devolucion del dinero de este producto
"""

DATA["refund_status"] += """
el reembolso que aprobaron todavia no llega
mi reembolso de la semana pasada, como va?
me dijeron que ya me reembolsaron pero no lo veo
cuanto falta para que aparezca el reembolso aprobado
"""

DATA["quality"] += """
la costura de la capucha aguanta el uso diario?
la funda protege si se me cae el celular?
las correas de la mochila aguantan libros pesados?
que tal aguanta la chaqueta despues de una temporada
el marco es firme o se dobla facil?
las botas son duras para trabajar en obra?
con el tiempo se afloja el mango?
el acabado dura o se pela?
"""

DATA["product_info"] += """
cuantos bolsillos tiene la chaqueta
cuantos kilos aguanta la repisa segun la ficha
la suela es cosida o pegada
las correas son regulables?
cuanto es el periodo de garantia
es hipoalergenico?
se puede plegar?
"""

DATA["authenticity"] += """
son de marca genuina o genericas?
trae holograma de autenticidad?
el reloj es de la marca de verdad?
es original de fabrica o alternativo?
"""

DATA["price_compare"] += """
que diferencia hay entre este y el mas barato, por que cuesta mas
por que esta version sale mas cara que la otra si parecen iguales
en otra tienda esta mas barato, que tiene de especial el suyo
que justifica que cueste mas
"""

DATA["price_bargain"] += """
me rebajas un poco si pago ahora?
te ofrezco 30 y cerramos
tengo un presupuesto justo, me lo dejas en menos?
"""

DATA["wrong_item"] += """
no es el color que elegi al comprar
vino otro modelo en el paquete, pedi el otro
me mandaron la talla equivocada, la etiqueta dice 39
el set llego sin las tapas
la descripcion no coincide con lo que recibi
"""

DATA["quality_issue"] += """
vino con una costura rota
llego con la pantalla con rayas
se despinto a la semana
"""

DATA["exchange"] += """
el que me llego es muy grande, mandenme el chico y les devuelvo este
me llego ayer, lo puedo cambiar por el otro color?
lo devuelvo y me mandan la talla correcta?
cambienmelo por uno que funcione porfa
"""

DATA["modify_order"] += """
todavia no lo mandan, pueden cambiarle el color?
antes de despachar cambien la talla porfa
"""

DATA["ship_time"] += """
ya pague, cuando lo mandan
cuanto falta para que despachen mi pedido
todavia no mandan mi pedido, cuando lo van a mandar
estoy esperando que lo envien, que dia sale
todavia no lo despachan? ya pague hace dias
"""

DATA["order_status"] += """
lo enviaron la semana pasada, donde esta ahora
con el numero de seguimiento que me dieron, donde esta el paquete
ya va en camino? pueden ver por donde va
"""

# --- Cuarta pasada: mensajes largos, con saludo o historia antes de la
# necesidad real, y más variedades regionales (Colombia, México, Perú,
# Venezuela, Chile, Argentina) con faltas de ortografía de chat.

DATA["greeting"] += """
hola hola, espero que esten bien, hay alguien que me atienda?
buenas, que mas, alguien disponible?
quiubo parce, hay alguien?
hola buenas, disculpen la molestia, estan en linea?
"""

DATA["product_info"] += """
hola buenas, estoy viendo las botas para un viaje al sur en marzo y necesito saber si la membrana es impermeable de verdad o solo el cuero tiene tratamiento
hola amigo, mi esposa quiere la licuadora pero en mi casa hay 110v, funciona o se quema?
buen dia, antes de comprar la chaqueta quiero saber de que es el relleno porque soy alergica a las plumas
hola parce una pregunta, ese morral trae puerto usb o no?
"""

DATA["size_advice"] += """
hola, compre unas zapatillas en otra tienda en 42 y me quedaron cortas, mi pie mide 26.8 cm, que talla pido aca
hola es para mi hijo, tiene 12 años y mide 1.55, es flaquito, que talla de poleron le queda sin que le quede enorme
mi mama quiere el vestido para un matrimonio, mide 1.60, pesa unos 70 y busto 100, que talla pedimos para que no le apriete
ke talla me recomiendas pa un pie de 24 y medio
"""

DATA["stock"] += """
hola, el mes pasado vi estas botas en cafe y ahora solo sale negro, van a volver a traer el cafe o ya no
hola quiero pedir 3 del sueter gris en L para mis hermanos y yo pero dice que queda 1, tienen mas en otro lado?
me regala informacion si tienen la chaqueta en talla S
"""

DATA["price_bargain"] += """
hola amigo, me encanta el bolso de cuero pero 80 dolares es mucho para mi, si me lo dejas en 60 pago ya y te dejo buena calificacion
hola, tengo una tiendita en mi pueblo y quiero comprar 50 pares de medias cada mes, que precio me pueden dar
ay no esta muy caro, no me lo puedes dejar mas baratico?
"""

DATA["promotion"] += """
hola, me llego un correo que decia 20% de descuento este finde pero al pagar sale el mismo precio, como funciona el descuento
hola soy cliente nueva y una amiga me dijo que dan cupon para la primera compra, donde lo saco
"""

DATA["shipping_fee"] += """
hola, quiero la lampara pero el envio a chile cuesta casi lo mismo que la lampara, hay forma mas barata de mandarla o me lo dejan gratis
hola, si compro las botas y la chaqueta juntas pago dos veces el envio o una sola
cuanto me sale el envio hasta barranquilla parce?
"""

DATA["delivery_time"] += """
hola, el cumple de mi hija es el 14 y quiero regalarle la mochila, si pido hoy a madrid llega a tiempo
hola estoy pensando comprar el abrigo pero lo necesito antes de viajar en 3 semanas, cuantos dias suele tardar a lima
buenas, antes de comprar quisiera saber cuanto se demora en llegar a bogota
"""

DATA["courier"] += """
hola, la ultima vez que compre aca llego con una empresa que no reparte en mi pueblo, esta vez pueden mandarlo por correo nacional
hola vivo en canarias y muchas tiendas no envian aca, ustedes envian a tenerife
hacen envios a venezuela? y por cual empresa?
"""

DATA["authenticity"] += """
hola, lo voy a regalar a mi esposo y seria una verguenza que fuera falso, me dices sinceramente si es original
hola, otro vendedor ya me vendio un perfume falso, asi que antes de comprar necesito saber si este es autentico
"""

DATA["quality"] += """
hola, camino mucho por trabajo, como 15 km al dia, estos zapatos aguantan o se rompen al mes como los anteriores
hola necesito una maleta para 4 viajes largos este año, esta es lo bastante resistente o se rompen las ruedas
"""

DATA["price_compare"] += """
hola, encontre las mismas botas en amazon 20 dolares mas baratas, misma marca misma foto, por que las suyas son mas caras
hola, hay dos publicaciones de este parlante en su tienda, una a 25 y otra a 39, que diferencia hay
"""

DATA["color_difference"] += """
hola, quiero la funda del sofa en gris para que combine con las cortinas, pero en mi celular se ve azulado, es gris de verdad
hola, la ultima vez compre un vestido que en la foto era rojo y llego naranja, este bordo es bordo de verdad?
"""

DATA["recommendation"] += """
hola, mi esposo trabaja afuera con frio todo el dia y sus botas ya no dan mas, cuales de sus botas le recomiendan
hola necesito un regalo para mi sobrina de 15, le gusta el maquillaje y la musica, que me recomiendas de tu tienda
"""

DATA["invoice"] += """
hola, compre 5 sillas para la oficina y mi contador necesita factura con razon social y rfc, me la pueden hacer
hola, la aduana de mi pais me pide factura comercial del paquete, me la pueden mandar porfa
"""

DATA["payment"] += """
hola, intente pagar tres veces con mi visa y siempre dice error, el banco dice que todo bien, que hago
hola, pague ayer y el dinero ya salio de mi cuenta pero el pedido sigue esperando pago, me pueden revisar
"""

DATA["modify_order"] += """
hola, acabo de pedir la chaqueta en M pero me di cuenta que necesito L, todavia no la mandan asi que la pueden cambiar porfa
hola, perdon me equivoque, puse mi direccion vieja, me mude el mes pasado, mandenlo a la nueva antes de despacharlo
"""

DATA["cancel_order"] += """
hola, pedi las botas hace 2 dias pero mi marido ya me las regalo para mi cumple, asi que cancelen mi pedido porfa
hola, lo siento mucho pero tengo que cancelar, esta semana me quede sin trabajo y no puedo gastar, todavia no lo envian
"""

DATA["ship_time"] += """
hola, pedi las botas la semana pasada y pague al tiro, pero sigue diciendo esperando envio, cuando las van a mandar
hola amigo, te compre antes y siempre rapido, pero esta vez 5 dias y no lo envias, cuando me lo mandas
ahorita ya pague, me lo despachan hoy o mañana?
"""

DATA["order_status"] += """
hola, me enviaron el pedido hace 10 dias pero el seguimiento solo dice 'aceptado por el transportista' y nada mas, donde esta ahora
hola, mi paquete estaba en madrid el lunes y ahora dice barcelona, es normal, a donde va
"""

DATA["not_received"] += """
hola, el seguimiento dice que me entregaron ayer a las 3 pero estuve todo el dia en casa y nadie vino, no recibi nada
hola, pedi en septiembre y ya es diciembre, la proteccion casi se termina y sigo sin mi pedido
"""

DATA["quality_issue"] += """
hola, recibi las botas la semana pasada y la suela izquierda ya se esta despegando adelante, solo las use 3 veces
hola, hoy llego la pava electrica y al prenderla olio a quemado y se apago, vino fallada
"""

DATA["wrong_item"] += """
hola, abri el paquete hoy y en vez de las botas negras talla 40 hay unas blancas talla 38, este no es mi pedido
hola, el anuncio dice que el juego trae 6 vasos pero en mi caja hay 4, donde estan los otros dos
"""

DATA["return_refund"] += """
hola, me llego el vestido pero no se parece nada a la foto y la tela es muy barata, quiero devolverlo y que me devuelvan la plata
hola, lo compre de regalo pero a la persona no le gusto, esta nuevo con etiquetas, lo puedo devolver y que me reembolsen
"""

DATA["exchange"] += """
hola, las botas son preciosas pero me quedan chicas, uso 39 y pedi 39, me las pueden cambiar por 40
hola, me llego el buzo negro pero mi hijo queria el gris, lo podemos cambiar, esta sin usar
"""

DATA["refund_status"] += """
hola, les devolvi los zapatos hace 3 semanas y me confirmaron que los recibieron, pero todavia no tengo mi plata, cuando llega el reembolso
hola, me dijeron que el reembolso se hizo el 5 pero mi banco dice que no hay nada, pueden revisar que paso
"""

DATA["return_shipping"] += """
hola, me mandaron la talla equivocada y ahora tengo que devolverla, pero en correos me piden 25 euros, quien paga eso
hola, quiero devolver la chaqueta, me dicen la direccion y si tengo que poner algo dentro de la caja
"""

DATA["dispute"] += """
hola, espere 2 meses y no me ayudaron asi que abri una disputa en aliexpress, respondan ahi
hola, abri una disputa por error porque pense que el paquete se perdio pero hoy llego, como la cancelo
"""

DATA["complaint"] += """
es la tercera vez que les escribo y nadie contesta, pague mi plata y me tratan asi, pesimo servicio
hola, la verdad estoy muy decepcionada, su compañero me prometio una solucion ayer y hoy nadie sabe nada
"""

DATA["review"] += """
hola, deje 3 estrellas cuando el paquete se atraso pero ahora que llego y esta genial quiero cambiar a 5, como hago
hola, dijeron que me daban cupon si escribia una reseña con fotos, la hice ayer, donde esta mi cupon
"""

DATA["human_agent"] += """
hola, llevo 10 minutos con este bot y me manda siempre la misma respuesta, porfa pasenme con una persona de verdad
hola, mi problema es complicado, necesito explicarselo a un humano no a una maquina
"""

DATA["thanks_bye"] += """
ok muchas gracias por la ayuda, fueron muy pacientes, que tengan lindo dia chao
perfecto, era todo lo que necesitaba saber, mil gracias y buenas noches
"""

DATA["other"] += """
hola, no voy a comprar nada, solo queria preguntar si conocen una app buena para aprender chino
hola, mi cuenta muestra otro nombre y no se como cambiarlo, me ayudan
"""

# --- Quinta pasada: más formas para las intenciones más débiles en dev
# (stock, modificar pedido, plazo de entrega, calidad, devolución, otros).

DATA["stock"] += """
agotado?
lo descontinuaron?
van a traer mas de estos
cuantos quedan en talla 39
quedan unidades del buzo azul
dice no disponible, va a volver?
me avisan cuando vuelva a haber
el pack de 2 se puede pedir ya?
ya volvio la talla grande?
siguen fabricando las pantuflas azul marino?
tendran mas existencias la proxima semana?
"""

DATA["modify_order"] += """
cambien la direccion de entrega de mi pedido a la casa de mis papas
me pasan mi pedido a la talla siguiente antes de enviarlo?
necesito actualizar la direccion de envio, me cambie de casa
agreguen un par mas a mi pedido porfa
quiero corregir el nombre del que recibe
me equivoque de talla al pedir, la cambian antes del envio?
se puede sumar otro articulo al mismo pedido?
cambien el numero de telefono del pedido porfa
"""

DATA["delivery_time"] += """
en cuantos dias me llega a mi ciudad si compro ahora
mas o menos cuando me llegaria a lima
cual es la demora normal a españa
que tan rapido llega si elijo express
cuanto demora en llegar a caracas
en cuanto tiempo lo tendria en quito si lo compro hoy
cual es el plazo de entrega normal
"""

DATA["quality"] += """
es de material resistente o fragil
la tela es de buena calidad o es delgadita
los zapatos duran o se rompen rapido
aguanta el agua de la lavadora muchas veces?
que tan duradero es
no se rompe facil?
"""

DATA["return_refund"] += """
quiero mandar de vuelta las cortinas
que hago para devolver un producto
se puede devolver si ya me lo probe?
quiero devolverlo con reembolso total porfa
se puede devolver? esta sin abrir
"""

DATA["wrong_item"] += """
no coincide con lo que compre
me llego un modelo distinto al de la foto
faltan dos piezas del juego
"""

DATA["other"] += """
como cambio la configuracion de notificaciones
por que la app me pide la ubicacion
tienen tarjeta de fidelidad en tiendas
solo tenia curiosidad de quien maneja la tienda
puedo visitar su fabrica
olvidalo, ya lo solucione
"""

# --- Tercera pasada para las intenciones más flojas (modify_order, stock, delivery_time,
# quality): correos formales, mensajes largos, variantes regionales, sin tildes, números de
# pedido pegados.

DATA["modify_order"] += """
Estimado vendedor, le escribo porque en el pedido 44817 puse mal la calle. La correcta es Av. Libertad 230. ¿Podrían corregirlo antes del envío?
hola me equivoque de color, pedi el beige y lo queria en verde oliva, se puede cambiar todavia?
Buenas, quisiera modificar mi compra: en lugar de 3 unidades necesito solo 2.
oye wey cambia la talla a M porfa que ya pague pero aun no lo mandas
Buenos días, ¿es posible añadir un segundo artículo al mismo envío para no pagar dos veces?
che, me mudé la semana pasada, ¿me cambiás la dirección de entrega del pedido?
Quisiera que el paquete vaya a nombre de mi hermana, ¿pueden cambiar el destinatario?
en el pedido 7781236650 el telefono esta mal, el bueno es otro, como lo cambio
pedi dos cosas por separado, me las pueden mandar en un solo paquete?
necesito corregir el codigo postal de mi pedido, me falto un numero
Por favor, agreguen una nota en el pedido indicando que lo dejen con el conserje.
me confundi de modelo al comprar, lo pueden cambiar por el otro antes de despacharlo?
hola, puedo cambiar la direccion de entrega a una sucursal de correo?
quiero cambiar la talla del pedido que hice anoche, pedi 38 y es 39
"""

DATA["stock"] += """
Estimado vendedor, ¿tienen existencias del modelo gris en talla 42? En la página aparece agotado.
hola tienen este mismo en color vino? no lo veo en las opciones
cuando les vuelve a entrar la talla S? la necesito para un evento
¿Quedan unidades disponibles o es solo por encargo?
buenas, quiero 15 piezas para mi negocio, tienen esa cantidad ya?
oigan y la version de 256 gb la van a volver a tener?
hay stock en talla 44 o ya no traen mas
¿Me avisan cuando repongan el color arena? Estoy esperando hace semanas.
che, ¿te queda alguno en negro o se agotaron todos?
Buenas tardes, ¿este artículo sigue en catálogo o lo dejaron de fabricar?
tienen disponible la funda para el modelo mas nuevo
solo me deja elegir una unidad, no tienen mas?
hola hay en talla de niño?
"""

DATA["delivery_time"] += """
Buenos días. Si hago la compra hoy, ¿en cuántos días hábiles llegaría a Valencia?
hola cuanto demora en llegar a guadalajara jalisco mas o menos
Necesito el regalo antes del 20. ¿Alcanza a llegar a Lima si lo pido ahora?
cuanto se tarda el envio a chile, es que lo necesito pronto
¿Qué plazo de entrega manejan para Canarias?
che, ¿cuánto tarda en llegar a Córdoba si lo compro esta semana?
oye y a colombia cuantos dias son mas o menos hasta la puerta de la casa
Si elijo el envío exprés, ¿cuánto tiempo tardaría en recibirlo?
en cuanto tiempo me llega a monterrey? es urgente
Quisiera saber el tiempo estimado de entrega a Montevideo antes de pagar.
cuantas semanas tarda en llegar a argentina desde china
hola llega antes de navidad a santiago si compro hoy?
"""

DATA["quality"] += """
Estimado vendedor, antes de comprar quisiera saber si la tela es gruesa o se transparenta.
hola que tan resistente es la maleta? viajo mucho y la tratan mal en el aeropuerto
la calidad del cuero es buena o es de esas que se pelan al mes
¿Cuánto tiempo suele durar la batería antes de perder capacidad?
che, ¿esto es de buena calidad o es medio trucho?
Me interesa, pero ¿las costuras son reforzadas? Mis hijos son muy brutos con la ropa.
se decolora con el sol? lo quiero para la terraza
¿El material aguanta el lavado a máquina sin deformarse?
oye la calidad es como en las fotos o es mas corriente
que tan durable es la suela, camino mucho
Buenas tardes, ¿el acabado es de metal real o plástico pintado? Quiero algo que dure.
es buena calidad para el precio? no quiero que se rompa rapido
"""
