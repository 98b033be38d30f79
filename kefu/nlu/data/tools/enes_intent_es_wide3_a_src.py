"""Mensajes de compradores en español (ronda 3, variedad amplia A: 15 intenciones de preventa y factura, cubriendo sistemáticamente las subsituaciones de cada intención), escritos a mano para entrenamiento."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["greeting"] = """
holaaa buen diaaa
buenas tardes señores, alguien en el chat?
hola doña, buenas
buenas mija, esta por ahi?
hola joven, buenas tardes
hola, buenas noches, perdon la hora 🙏
buenos dias!! hay servicio hoy sabado?
que hubo vecino, buenas
oe buenas, hay alguien?
hola hola hola
👋 buenas, alguien?
👋🏽 hola
holis 🌸
hola marta, buenas tardes
hola tienda lulu, buenas noches
Saludos cordiales, estimado equipo de atención al cliente.
Buenas tardes. Le saluda Rosa Elena Quispe, desde Arequipa.
hola soy carlos, buenas
hola q tal todo por alla
buenass, se puede?
permiso, buenas tardes
toc toc 😄 hay alguien
buenas, no se si esto funciona pero hola
hola, alguien atiende este chat?
Hola buenas noches, ¿están atendiendo todavía por este medio?
buenos dias familia
ke onda, ay alguien
hola buen dia desde san pedro sula
buenas tardes desde el paso texas
wenas tardes
bnas noches, alguien?
hla, ay algn??
holaa xfa alguien q me conteste
hello, buenos dias, good morning jaja
hola que tal, buen inicio de semana
feliz año, buenas! hay alguien por ahi?
hola, ya estan abiertos?
hola, bendecida tarde
Muy buenas tardes tenga usted.
oigan buenas noches
hola mano, que tal
que mas pues, buenas
ola buen dia, me pueden atender ahorita?
"""

DATA["product_info"] = """
el marco de la cama es de madera maciza o aglomerado?
las ollas son de acero inoxidable 18/10?
el biberon es libre de bpa?
de que esta hecha la correa del smartwatch, silicona o cuero?
cuanto mide de alto la mesa de noche? tengo la cama baja
la maleta de cabina cumple con las medidas de ryanair 40x20x25?
el escritorio cuanto pesa armado, lo tengo que subir a un 4to piso
la funda le queda al pixel 8 pro o es solo para el pixel 8
el toner sirve para la brother hl-l2350dw?
el mando de ps4 funciona en pc con cable?
las cubiertas de la bici son 700x25 o 700x28?
la batidora funciona a 110 v? vivo en san antonio texas
la aspiradora robot es bivolt?
el sueter de lana merino se puede lavar a maquina o solo a mano
como se limpia la plancha de la parrilla electrica
el anillo de plata se puede mojar en la ducha?
como se pone el portabebes ergonomico, trae video de instrucciones?
el termometro digital mide en la frente o en el oido?
el timbre con camara necesita cableado o va con pilas?
la impresora trae cable usb en la caja?
el kit de pesas incluye la barra o solo los discos?
el teclado trae keycaps extra en la caja?
el ukelele trae funda y afinador o solo el instrumento
el reloj tiene nfc para pagar?
la camara de accion graba en 4k a 60 fps?
las vitaminas tienen gluten o lactosa? soy celiaca
el protector solar es resistente al agua? cuantos minutos
la crema de manos tiene perfume? a mi hija le da alergia
las croquetas tienen pollo? mi perra es alergica
el juego de mesa es para que edad? mi sobrino tiene 6
el columpio de bebe aguanta hasta cuantos kilos
cuanto tarda en cargar completa la bateria del scooter electrico
cuantas horas de musica da el parlante con una carga
la cuna se puede convertir en cama despues?
la miel trae fecha de vencimiento? cuanto dura sin abrir
el acondicionador sirve para cabello teñido?
el juego de ps5 viene con subtitulos en español?
el ebook lo puedo leer en kindle o solo en pdf
la tablet tiene ranura para sim o es solo wifi?
el pantalon de yoga tiene bolsillo para el celular?
Estimados, ¿la placa vitrocerámica requiere instalación por un técnico o se conecta a un enchufe normal?
que significa que la pintura sea "lavable clase 1"?
ok y el de color gris es del mismo material?
hola buenas tardes mira tengo un jardin de unos 80 metros y queria saber de que largo es el cable de la cortadora de cesped electrica o si hay que comprar extension aparte
"""

DATA["size_advice"] = """
como mido mi pie para saber que talla pedir?
como saco la medida del dedo para el anillo si no tengo cinta metrica
donde esta la guia de tallas? en la app no la encuentro
me pasas la tabla de medidas del body en cm porfa
entre la 36 y la 37 cual pido? mi pie mide 23.5
estoy entre S y M, el buzo tiene caida oversize o pido la M?
uso 7 1/2 en estados unidos, que talla es en su tabla europea
en argentina soy talle 3, eso aca que seria, M?
uk 6 a cuanto equivale en sus tallas
calzo 25 mexicano, que numero pido en zapatos de vestir
los botines de futbol vienen angostos? tengo pie ancho, subo medio numero?
la talla 90B de sosten es lo mismo que 34B?
mido 84 bajo busto y 98 de busto, que talla de brasier me va
mi nieto tiene 18 meses y es gordito, que talla de conjunto le mando
para mi sobrina de 11 que es delgadita, leggins talla 12 o 14?
es para regalo, mi novio mide 1.78 y usa M en zara, que talla le pido aca
la sudadera es unisex? soy mujer talla S, cual me pido
el jersey encoge al lavarlo? lo pido una talla mas por si acaso?
los jeans dan de si con el uso? me los pido ajustados o mi talla normal
mi entrepierna mide 76 cm, que largo de pantalon me toca
que largo de esquis para alguien de 1.70 y 68 kilos, nivel intermedio
que talla de bici para un niño de 6 años que mide 1.15, rodado 16 o 20?
mi perro es un labrador de 30 kilos, la cama L o la XL?
mi muñeca mide 15 cm, la correa del reloj me va a quedar grande?
mi muñeca es de 16 cm, que largo de pulsera pido, 17 o 18?
que talla de pañal de natacion para un bebe de 11 kilos
que talla de guantes de jardin para mano chica de mujer
la bata talla unica le queda a alguien que usa XL?
soy talla 18 en usa, en su guia plus seria 2X o 3X
mi cadera mide 112, el vestido en XL me cierra o pido 2XL?
mido 1.55, el vestido largo me va a arrastrar? pido petite o regular
la tabla de ustedes es con medidas del cuerpo o de la prenda? no se si restar
mi hijo tiene 14 y su cabeza mide 55 cm, el casco de moto S o M?
que medida de sabana ajustable pido para un colchon de 135x190 y 30 de alto
Estimada tienda: mi hija tiene 14 años, mide 1,62 m y pesa 50 kg. Para el uniforme de gala, ¿qué talla nos recomiendan?
los zapatitos talla 20 para cuantos meses son mas o menos
en los comentarios dicen que vienen grandes, pido un numero menos entonces?
y para mi hermana que es 1.60 y 70 kilos?
hola buenas mira yo use una 38 de otra marca y me quedo apretada en el empeine, en la de ustedes me recomiendas la 39 o con la 38 voy bien
talla del mono de esqui? 1.65 55 kg
q talla d crop top si soy de copa grande
el anillo de compromiso, si ella usa 6 en el anular pero a veces se le hinchan los dedos, le pido 6.5?
"""

DATA["stock"] = """
la tablet de 128 gb en gris espacial hay?
del protector de pantalla para el iphone 13 mini aun tienen?
hay stock del cartucho 122 tricolor?
la air fryer de 8 litros volvio? lleva semanas sin stock
cuando reponen las copas de cristal? necesito 24 para un evento
la cafetera de capsulas la van a reponer antes de navidad?
el mando de switch rosado lo descontinuaron o vuelve?
ya no fabrican el modelo anterior de la aspiradora? no lo veo en la pagina
tienen 200 bolsitas de dulceros de unicornio? es pa una piñata
hay 12 unidades del mismo banco de bar? quiero que combinen
cuantas piezas tienen disponibles de la pulsera de acero?
me avisan cuando entre la talla 10 del uniforme de deportes?
active lo de "avísame cuando haya stock" y nunca me llego nada, ya hay?
la preventa de la consola ya abrio o todavia no hay unidades
la web dice "quedan 2 unidades", es real o es pa presionar?
en la tienda fisica de providencia tienen el coche de bebe o solo online?
el sillon lo tienen en terciopelo verde o solo en lino
el labial tono 330 esta agotado en todos lados, ustedes lo tienen?
sigue habiendo serum de vitamina c de 30 ml?
el arbol de navidad de 2.10 m todavia les queda o ya se vendieron todos
los disfraces de halloween talla 4 siguen disponibles?
al darle comprar me sale "sin existencias" en la talla 9, hay o no hay?
tienen repuesto de la cuchilla para la licuadora oster?
la mesa plegable sale en el catalogo pero no deja agregarla al carrito, se acabo?
cuando llega nuevo lote de las semillas de tomate cherry?
las pesas de 10 kg las tienen en pares?
solo queda en negro? yo la queria blanca
tienen otros modelos de fundas para el a15 aparte de estas?
hay el mismo vestido en talla petite?
la edicion coleccionista del libro aun la tienen o ya se agoto la tirada
Buenas tardes. ¿Disponen actualmente de existencias del purificador de aire modelo AP-300? Necesitaríamos 8 unidades para la oficina.
hola mira queria ver si les va a volver a llegar el perfume de vainilla ese chiquito de 30 ml porque se lo regale a mi hermana y le encanto
queda stock de eso o ya fue? 🙏
sigue disponible?
y en la 42?
lo tienen en stock o es sobre pedido?
cuanto tiempo tarda en volver a estar disponible el collar de perlas
AGOTADO OTRA VEZ?? cuando reponen la crema
tienes el cable de 3 metros o solo de 1?
la bici electrica es solo por encargo o tienen unidades listas?
hay mas diseños de tazas o solo esos 3?
"""

DATA["price_bargain"] = """
el iphone reacondicionado me lo dejas en 380 dolares? es lo que tengo
te ofrezco 2.500.000 por la laptop gamer, pago en efectivo
la lavadora de exhibicion con la caja abierta me la venden mas barata?
si me llevo la mesa y las 6 sillas juntas que precio me dejas
cuanto me cobras si te compro 3 juegos de sabanas king
oiga y por pago de contado no me hace un descuentito en la moto?
si pago por sinpe me baja algo?
10% menos y te pago ahora mismo por yape
en la tienda de al lado me lo dejan en 45, me lo igualas y te lo compro a ti
vi el mismo en otra tienda a 120, si me lo dejas igual te lo compro ahora
soy cliente de hace años, ya van como 10 pedidos, no me haces una rebaja en la aspiradora?
estoy recien desempleado y necesito la laptop para buscar trabajo, no me la podes bajar un poco?
es para el cumple de mi hijo y ando corta de plata, me rebajas el triciclo?
esta en 108, redondeamelo a 100 y listo
ese precio es intocable o hay margen pa negociar?
cual es tu ultimo ultimo precio del sofa
🙏 rebajita porfis
si te compro los 2 cascos, uno para mi novia, cuanto me los dejas
descuento por llevar 50 globos y 20 serpentinas? es pa la fiesta de mi hija
para los 30 kits de cotillon del cumple me hace un precio?
me lo das en 1.200 bs? es lo que me queda
mil quinientos y te lo compro hoy, que dices
ta muy caro el microondas, dejalo en 90 lucas y listo
ofrezco 35 por la cortina, acepta?
me quitas los 15 euros de diferencia y lo pillo ya
me dejas el perfume en 80 y me llevo tambien la crema
BAJA EL PRECIO Y TE COMPRO 3
Buenas tardes. Somos una pequeña academia de música y deseamos adquirir 5 teclados. ¿Podrían ofrecernos un precio más ajustado por el volumen?
hola mira el secador me gusta mucho pero 70 es mucho para mi, si me lo pones en 55 lo compro hoy y te recomiendo con mis amigas
y si son 5 en vez de 3? cuanto me haces
cuanto me dejas la bici electrica si la pago completa y no en cuotas?
cuanto descuento si me llevo el colchon, la base y las almohadas
negociable?
me lo deja mas barato, marchante?
una rebajita pa la clienta, no sea malito 🥺
q precio me das por el par de parlantes
cuanto es lo minimo que aceptas por la silla gamer
me haces un precio especial en la tele si me llevo tambien la barra de sonido?
el collar cuesta 250, te doy 200 cash ahora
hermano eso esta fuera de mi presupuesto, no hay manera de bajarle 20 mil al coche de bebe?
"""

DATA["promotion"] = """
hay cupones de la tienda hoy o solo los de la plataforma?
tienen algun codigo vigente para la freidora?
como pongo el codigo de descuento? no veo donde escribirlo al pagar
el cupon de 5 dolares pide compra minima de cuanto?
me sale "el código no es válido" con VERANO15, ya vencio?
el codigo que dieron en el live no me funciona
el cupon de 20% aplica a electronica o solo a ropa?
el descuento de la app se puede usar en la web?
puedo usar dos codigos a la vez, uno de envio gratis y otro de descuento?
hasta cuando dura el cupon de bienvenida?
la promo de la licuadora con vaso extra de regalo todavia esta?
al comprar el celular regalan los audifonos como decia el banner?
el regalo por compras de 100 mil se elige o es sorpresa?
cuando es el proximo cyber wow? quiero el televisor
van a hacer rebajas de verano? cuando empiezan
a que hora empieza la oferta flash de mañana?
que productos van a entrar en descuento en el buen fin?
cuantos puntos necesito para el cupon de 10 euros?
mis puntos vencen? tengo 3400
como funciona el programa de puntos, cuanto vale cada punto?
mi amiga me paso su codigo de referido, donde lo pongo?
cuanto le dan a mi hermana si compra con mi link de referido?
me inscribi al boletin por el 10% y no me llego el codigo
hay descuento por descargar la app?
el 3x2 en cremas aplica mezclando marcas?
el 2x1 en juguetes es el mas barato gratis o como funciona?
pagando con tarjeta falabella hay descuento adicional este finde?
el cashback de 10% con mercado pago sigue activo?
el sorteo de la bici cuando lo anuncian? participe
como participo en el giveaway del kit de maquillaje
tienen descuento para adultos mayores?
me llego un correo de promo de cumpleaños pero no dice como usarlo
el precio con descuento ya incluye el cupon o se descuenta al final?
el "precio en oferta" es solo para miembros vip?
Buenas tardes. He recibido un cupón de 15 € por mi aniversario como cliente; ¿es aplicable a artículos de jardín y tiene compra mínima?
hola mira en el live de anoche dijeron que los primeros 50 pedidos llevaban regalo, yo compre a las 9:05, me toca?
cupon pa la primera compra? 🙏
promos vigentes?
hay rebajas en muebles de jardin este mes?
el 40% off es en toda la tienda o solo en lo marcado?
el cupon de la ruleta es de un solo uso o lo puedo usar varias veces?
"""

DATA["shipping_fee"] = """
cuanto me cobran por mandar el refri a merida yucatan
el envio del escritorio en L sale caro? vivo en rancagua
cuanto es el envio de dos fundas de celular a guayaquil
el envio de una caja de libros a salamanca cuanto costaria
a partir de cuantos euros no pago gastos de envio?
si agrego unas medias llego al envio gratis? tengo 45 y el minimo es 50
el envio gratis aplica a la mesa de comedor o los muebles pagan aparte?
dice envio gratis pero al final me cobra 4.990, por que?
si compro el microondas y la tostadora en pedidos separados pago dos envios?
puedo juntar mis 3 compras para pagar un solo flete?
cuanto cuesta el envio urgente al dia siguiente a bilbao
que diferencia de precio hay entre el envio estandar y el express
por vivir en tierra del fuego me cobran extra el envio?
cuanto mas sale el envio a una isla? vivo en chiloe
el envio de la cama elastica es carisimo, por que?
cuanto sale mandar una bicicleta armada a rosario? o sale mas barato desarmada
cuanto es el envio internacional a costa rica de unos audifonos
cuanto me sale el envio a españa desde su tienda de mexico? es un regalo
si paso a retirar a la tienda no pago envio, verdad?
retirar en punto de entrega tiene costo o es gratis?
el envio esta incluido en los 29,99 o se suma aparte?
por que el envio cuesta lo mismo que el producto? es un llavero
me haces el envio gratis si compro hoy?
si llevo dos lamparas me regalas el envio?
el costo de envio se cobra por peso o por cantidad de cosas?
cuanto el envio de 10 kilos de croquetas a tunja
los suscriptores tienen envio gratis siempre?
el envio gratis es a toda colombia o solo a ciudades principales?
me marca 250 pesos de envio a un pueblo de oaxaca, hay opcion mas barata?
precio del envio a la gomera?
Buenas tardes. ¿Podrían indicarme el importe de los gastos de envío de un sofá de tres plazas a Oviedo, con subida a un tercer piso sin ascensor?
hola mira quiero pedir unas plantas y macetas de barro pero pesan mucho, cuanto me saldria el envio hasta san luis potosi
cuanto sale mandarlo? 📦
y pa trujillo cuanto el delivery?
cuanto cobran de domicilio en bucaramanga
el envio de la guitarra a cordoba con seguro cuanto es
cuanto seria el despacho de una cuna a la region de los lagos
gastos de envio a portugal para un par de zapatillas?
me cobran envio por cada producto o uno solo por todo el carrito?
ENVIO GRATIS EN LA PRIMERA COMPRA O TAMBIEN LO COBRAN?
"""

DATA["delivery_time"] = """
si lo pido hoy cuando me llega a toluca?
cuantos dias habiles a ibague mas o menos?
para valparaiso cuanto se demora el despacho
cuanto tarda la entrega a domicilio en la zona 10 de guatemala
la boda de mi hermana es el 20, si encargo el vestido ahora llega a tiempo a cuenca?
necesito la tablet para el viaje del 5 de agosto, llega antes a salta?
se me rompio el celular y necesito otro ya, si compro hoy cuando lo tengo en lima?
con envio express llega mañana a madrid si lo pido antes de las 2?
hacen entregas el mismo dia en santiago centro?
entregan los sabados? si pido el jueves me llega el finde?
los 3 a 5 dias son habiles o cuentan el fin de semana?
desde el almacen de miami tarda menos a caracas?
cuanto suele tardar la aduana en chile con sus envios?
en diciembre se demoran mas las entregas? quiero comprar los regalos a tiempo
la cocina a medida cuanto tarda en total hasta que la tengo en casa?
el codigo del juego digital llega al instante despues de pagar?
cuanto tarda en llegar a un pueblo de la sierra, no a la capital? vivo cerca de huaraz
a las canarias cuantos dias tarda mas o menos?
es para el dia de la madre, alcanza a llegar a puebla antes del 10 si pido hoy?
cuanto tarda el envio internacional a toronto?
el sofa tarda semanas? lo necesito para cuando me entreguen el depa el 1
las flores llegan el mismo dia a miraflores? es por un aniversario
en cuantos dias llega el perfume a tegucigalpa?
llega antes del viernes? es un regalo de graduacion
la camiseta la quiero para el partido del domingo, llega antes a rosario?
me voy de viaje el 12, si no llega antes mejor no compro. cuanto tarda a bogota?
el envio economico cuantos dias mas tarda que el normal?
tarda lo mismo a cordoba que a capital federal?
Estimados: ¿cuál es el plazo de entrega aproximado de una impresora multifunción con destino a Pamplona? Necesitamos recibirla antes del 30 de septiembre.
hola mira es que mi hija se gradua el 18 y le quiero regalar el reloj pero vivo en un pueblo cerca de morelia y a veces tarda mucho la paqueteria, tu crees que llegue a tiempo si lo pido hoy
cuanto es el tiempo de entrega a tucuman?
cuantos dias a cdmx?
y a monterrey cuanto?
eso llega rapido o es de los que tardan un mes?
la lampara viene desde china? mas o menos en cuanto llega
antes de navidad llega a nueva york si pido esta semana?
me urge para mañana en la mañana, hay forma de que llegue?
cuantos dias tarda en llegar el colchon enrollado a medellin?
cuanto tarda la entrega en la peninsula, 24 o 48 horas?
si pago hoy por transferencia, en cuantos dias lo recibo en asuncion?
"""

DATA["courier"] = """
que empresa de envios usan para mandar a la plata?
lo mandan por andreani o por correo argentino? prefiero andreani
me lo pueden enviar por ups? fedex no llega a mi zona
trabajan con servientrega o solo con envia?
con que paqueteria llega a oaxaca, estafeta o redpack?
en españa quien lo entrega, seur, correos o nacex?
se puede enviar a una oficina de correos y yo lo recojo alla?
me lo pueden mandar a un locker de inpost?
me lo dejan en un punto de retiro de chilexpress?
hacen envios a chile desde la tienda de argentina?
envian a paraguay? estoy en encarnacion
hacen envios internacionales a alemania? vivo en munich
mandan a baleares? soy de menorca
envian a la isla de san andres?
llegan a zonas rurales de nicaragua o solo a managua?
me lo pueden mandar a mi casillero de tu casilla express?
puedo usar la direccion de un reenviador en florida?
el juego de comedor lo lleva una empresa de mudanzas o cual?
la moto electrica la mandan por transporte de carga o por paqueteria?
se puede mandar perfume a argentina o la aduana no deja?
las baterias de litio del scooter las pueden enviar por avion a colombia?
pueden enviar semillas a estados unidos? se que hay restricciones
tienen delivery por rappi en bogota?
me lo mandas por uber flash? estoy en el mismo barrio
en ciudad de panama lo entregan ustedes o una empresa de mensajeria?
puedo elegir la paqueteria al momento de pagar?
para uruguay que correo usan?
me dijeron que envian con j&t express, es cierto?
el envio lo hace mercado envios o ustedes directamente?
hacen entregas en puerto williams?
hacen envios a usa o solo dentro de mexico?
Buenos días. ¿Realizan envíos a Ceuta? En caso afirmativo, ¿qué compañía de transporte utilizan?
hola buenas mira yo vivo en una aldea en huehuetenango y aqui solo llega cargo expreso, ustedes mandan por ahi o por otra
paqueteria? dhl?
hacen envios a ecuador? a loja
y a costa rica?
mandan a españa?
que courier usan pa venezuela
ENVIAN A COLOMBIA SI O NO
hacen envio a domicilio o solo a sucursal?
el repartidor es de correos de mexico o de una paqueteria privada?
"""

DATA["authenticity"] = """
el samsung galaxy es original o es un clon de los que venden por ahi
las baterias makita son originales o compatibles
la tarjeta microsd sandisk es original? hay muchas falsas que no traen la capacidad real
el pendrive kingston de 256 es autentico?
el perfume dior sauvage es original de fabrica o imitacion
la base estee lauder es original? trae lote y fecha
la paleta de sombras es de la marca o es dupe?
el bolso coach tiene numero de serie interno?
el reloj seiko viene con tarjeta de garantia oficial?
son distribuidores autorizados de samsung en colombia?
tienen autorizacion de la marca para vender lego?
la camiseta de la seleccion es original adidas o de la salada?
el funko pop es original? con la caja y el holograma?
las cartas pokemon son originales o proxies?
el whisky es original? tiene el sello de la botella intacto?
el aceite de motor mobil es original? he leido de falsificaciones
las bujias ngk son originales o imitacion
el toner es original brother o remanufacturado?
la creatina es original? se puede verificar el lote en la pagina de la marca?
si es original por que esta tan barato?
como puedo verificar con el imei que el iphone es original?
la cartera trae su tarjeta de autenticidad y el dust bag de la marca?
el producto lo importan directo de la marca o de terceros?
son airpods genuinos o 1:1?
los adidas samba son originales? se puede comprobar con la etiqueta?
el diamante viene con certificado gia?
la pulsera es pandora original o inspirada?
la mochila jansport es original?
Estimado equipo: ¿podrían confirmarme que el portátil Lenovo es un equipo original, con garantía del fabricante y número de serie verificable en su web oficial?
hola mira la vez pasada compre unos audifonos en otra pagina y eran falsos se notaba en la caja, los de ustedes son originales de sony de verdad
me confirmas que es original y no replica??
ori?
original o copia? sin rodeos
la gorra new era es oficial de la mlb?
el cargador de la laptop dell es original dell o generico
los lentes de sol prada son originales? traen la tarjeta y el estuche
me garantizas que no es falso?
la secadora dyson es original? vi que hay muchas copias por el precio
el vino es el original de bodega o es adulterado?
los stickers de anime son con licencia oficial o son piratas?
"""

DATA["quality"] = """
el celular aguanta el uso pesado de juegos o se pone lento rapido?
el parlante suena bien fuerte o se distorsiona con el volumen alto?
la camara de la tablet toma buenas fotos o es solo para videollamadas?
el microfono del auricular se escucha claro en llamadas?
la olla de presion es segura o es de lamina delgada?
los cuchillos mantienen el filo o hay que afilarlos cada rato?
el taper de vidrio aguanta cambios de temperatura sin rajarse?
la silla de comedor aguanta a una persona de 110 kilos sin problema?
el colchon inflable pierde aire en la noche?
la alfombra suelta mucha pelusa?
las toallas son suavecitas o asperas como lija?
la polera se motea despues de lavarla?
el sueter hace bolitas con el uso?
las costuras del pantalon son reforzadas? mi hijo rompe todo
la ropa interior se estira y queda floja con el tiempo?
el baño de oro de los aretes dura o a los meses se pone verde?
la correa de cuero del reloj se cuartea?
el delineador aguanta todo el dia sin correrse?
el shampoo deja el cabello bien o lo reseca?
la plancha de pelo quema el cabello o es suave?
el arnes es resistente? mi perro jala muchisimo
la jaula del hamster es firme o se dobla?
las mancuernas se despintan o se oxidan?
la cuerda para saltar se rompe facil?
el saco de dormir abriga de verdad o es delgadito?
el teclado mecanico es de buena calidad o se traban las teclas?
la mochila aguanta peso? llevo la laptop y libros todos los dias
vale la pena o es plata tirada?
en fotos se ve bonito, pero en persona se ve barato?
el juguete huele fuerte a plastico?
en las reseñas dicen que la licuadora se quema al mes, es cierto?
la version anterior era malisima, esta la mejoraron?
Buenos días. ¿Qué tal resultan los acabados de la estantería? Me preocupa que la melamina se astille con el tiempo.
hola mira compre un juego de sartenes hace poco en otro lado y se rayo todo a la semana, estas de ustedes son buenas o pasa lo mismo
la calidad es buena o mala? sin mentirme
es duradero?
sirve o es chafa? jaja
la bici aguanta ir al trabajo todos los dias? son 10 km de ida
el cable se pela facil? los de otras marcas se me pelan en la punta
los lapices de colores pintan bien o son de mala calidad?
la tinta de la impresora se seca rapido en el cartucho o aguanta si no imprimo seguido?
"""

DATA["price_compare"] = """
por que ayer estaba a 49 y hoy a 59?
el precio subio desde la semana pasada, que paso?
que diferencia hay entre el galaxy a35 y el a55 aparte de los 100 dolares
el macbook air m2 vs el m3, justifica la diferencia de precio?
que diferencia hay entre el robot aspirador de 199 y el de 349? los dos barren y trapean
por que la cafetera de 1 litro cuesta casi el doble que la de 0.6
cual es la diferencia entre el colchon de resortes y el de espuma, por que uno es mas caro
por que el juego de sabanas king es tanto mas caro que el queen?
por que la talla de niño cuesta igual que la de adulto?
por que el anillo en dorado cuesta mas que en plateado?
por que en su web cuesta mas que en su propia tienda de mercado libre?
en la tienda fisica me lo dieron a 30 y aqui en la pagina esta a 38, por que
en su tienda de usa esta mas barato que aca en mexico, por que?
por que el kindle aqui cuesta mas que en amazon españa?
en liverpool la misma licuadora esta 400 pesos menos, por que?
en el exito esta mas barato el mismo tv, que tiene el suyo de diferente?
por que su crema cuesta 3 veces mas que la de la farmacia si tiene los mismos ingredientes?
el generico y el de marca hacen lo mismo? por que pagar el doble
por que el pack de 6 sale mas caro por unidad que el de 3?
que diferencia hay entre el pack basico y el premium del kit de pintura
que trae el combo de 89 que no traiga el de 59?
reacondicionado y nuevo, cual es la diferencia aparte del precio?
por que la edicion de tapa dura cuesta 15 mas, es el mismo libro?
que tiene el tinte profesional que no tenga el de supermercado para costar mas
la version con bluetooth cuesta 20 mas, solo cambia eso?
las sabanas de 1000 hilos y las de 400, se nota en algo la diferencia de precio?
en tiktok shop sale igualito por la mitad, por que el suyo cuesta tanto?
por que la misma funda en el centro comercial sale a la mitad?
por que el precio en la app es distinto al de su tienda de facebook?
la cama de 2 plazas y la de 1.5 casi el mismo precio, cual es la diferencia real?
Buenas tardes. Observo que la batidora amasadora de 1000 W cuesta 90 € más que la de 800 W. ¿Qué ventajas concretas ofrece para justificar ese importe?
hola mira estaba comparando los coches de bebe y uno cuesta 450 y otro 900 y la verdad los veo parecidos, que es lo que cambia entre uno y otro
y eso por que sale mas caro aca? 🤔
q diferencia hay entre los dos?
CARISIMO comparado con amazon, porque
y el plateado por que es mas barato?
por que en la web de españa sale mas caro que en la de usa si es el mismo modelo?
que diferencia hay entre el aceite de oliva de 12 y el de 25 euros, se nota?
por que el set de 3 ollas cuesta casi lo mismo que la olla grande sola?
"""

DATA["color_difference"] = """
el celular lavanda se ve lila o mas bien gris como en las fotos?
la funda "verde salvia" es mas verde o mas gris en persona?
el color titanio natural de la foto es asi de claro?
los audifonos crema son blanco hueso o amarillentos en vivo?
el microondas "rojo retro" es el mismo rojo de la foto?
la batidora color pistacho se ve igual que en el anuncio o mas chillona?
el juego de ollas es azul marino como en las fotos o azul rey?
la mesa es roble claro como en la foto o mas anaranjada en persona?
el sofa mostaza de la foto esta editado? quiero saber el tono real
las sabanas gris perla en la foto se ven casi blancas, cual es el tono
el papel tapiz se ve igual de oscuro que en la foto de la sala?
la pintura "blanco nube" tira a amarillo o a azul como en la muestra?
el vestido verde botella sale mas oscuro en persona que en la foto?
el traje de baño coral es mas rosado o mas naranja que en la foto?
el jean negro se ve medio deslavado en las fotos, asi llega?
la base tono 240 en la foto se ve mas clara que en el swatch, cual es el real?
el rubor durazno en el video se ve mas rosa que en la foto, cual es el color de verdad
el esmalte glitter plateado se ve igual en persona que en la foto?
la peluca color ceniza de la foto es asi de gris?
el oro de la cadena se ve amarillo fuerte en la foto, es asi o es mas suave?
la piedra del anillo es azul como en la foto o mas oscura?
la correa marron del reloj es como en la foto o mas clarita?
la mochila "azul noche" en la realidad es casi negra?
el peluche es rosa pastel igual que en la foto?
la ropita amarillo patito se ve asi de clarita en persona?
la bici roja mate de la foto se ve igual en vivo?
los rines negros brillan como en la foto?
la funda de asiento gris carbon en el video parece negra, cual es el color real?
la tira led rgb se ve de esos colores de verdad o la foto esta retocada?
las fotos tienen filtro? el color del mueble es importante para mi
me mandas una foto con luz de dia para ver el color real del tapete?
en mi monitor el color se ve verde agua, en persona es asi?
Buenos días. ¿El tono «gris piedra» de la encimera coincide con el de las imágenes? Queremos combinarla con los muebles de cocina.
hola mira necesito el uniforme de futbol pero el rojo tiene que ser igual al del club y en la foto se ve medio naranja, me puedes decir si llega rojo de verdad
igual a la foto el color?
el tono real es como la foto o no?
se ve mas oscuro en persona? el verde digo
y el beige? tambien fiel a la foto?
la taza celeste es igualita a la foto o mas clarita
color en vivo vs foto, hay diferencia?
"""

DATA["recommendation"] = """
tengo 500 mil pesos, que celular me recomiendas para mi mama que casi no sabe usarlos
que audifonos me recomiendas para el gym que no se caigan
que laptop me conviene para programar, presupuesto 900 dolares
que tablet le compro a un niño de 7 años para las tareas?
que camara me sirve para grabar videos de cocina para youtube?
que licuadora me recomiendas para hacer smoothies con hielo todos los dias
busco una cafetera sencilla para una sola persona, cual me recomiendas
que ollas me recomiendas para cocina de induccion?
que sofa me recomiendas para un depa chico de 40 metros
que lampara me sugieres para un escritorio sin ventana
que almohada me recomiendas si duermo de lado
que juguete recomiendas para un bebe de 9 meses que ya gatea
que le puedo regalar a mi abuela de 85 años?
regalo para el amigo secreto de 20 dolares, ideas?
que vestido me recomiendas para un bautizo, algo sencillo
que jeans me recomiendas si soy bajita y de pierna gruesa
que ropa interior me recomiendas para usar con un vestido blanco
que joya le regalo a mi esposa por 10 años de casados? presupuesto 300 euros
que reloj me recomiendas para uso diario que aguante el agua
que crema me recomiendas para las manchas de la cara
que protector solar me recomiendan para niños
que perfume de hombre es bueno para la oficina, algo suave
que tratamiento me recomiendas para el cabello muy seco por la decoloracion
que vitaminas me recomiendas para el cansancio?
que arena de gato me recomiendas que no huela
que accesorios me recomiendas para la bici si voy al trabajo de noche
que me recomiendas para limpiar los rines del carro?
que taladro me recomiendas para colgar cuadros en pared de concreto, casi no lo voy a usar
que plantas me recomiendas para un balcon con mucho sol?
que mancuernas me recomiendas para empezar en casa? nunca he entrenado
que libro me recomiendas para un adolescente que no le gusta leer
que agenda me recomiendas para la uni?
que silla gamer me recomiendas si mido 1.90?
que teclado me recomiendas para una niña de 8 que empieza clases de piano
que decoracion me recomiendas para un baby shower de niña tema ositos
se me murio la aspiradora, me recomiendan algo parecido pero mejor?
tienen algo parecido a la crema de la foto pero mas economico?
cual es el humidificador que mas se vende?
cual me llevo, la tostadora negra o la gris, para una cocina blanca?
Buenos días. Viajo a Cusco en julio y busco una chaqueta que abrigue sin ocupar mucho en la maleta. ¿Qué me recomiendan?
hola mira es que mi hermano cumple 30 y le gusta acampar y la cerveza y no se que regalarle, que tienen que le pueda gustar
algo para regalar?
que me aconsejas?
y para piel seca cual?
"""

DATA["invoice"] = """
me pueden hacer factura completa en vez del ticket simplificado? soy autonomo
la factura simplificada me sirve, pero necesito que salga mi nif
soy monotributista, me hacen factura a mi cuit?
me facturas a mi rfc? te paso mi constancia, el uso de cfdi es g01
me mandan el xml y el pdf de la factura del pedido 300145?
la factura salio con mi apellido mal escrito, es gonzalez con z
se equivocaron en el rut de la factura, falta un digito
la direccion fiscal de la factura es la vieja, me la pueden cambiar?
me reenvian la factura? la borre sin querer del correo
no encuentro donde bajar la factura en mi cuenta
en mercado libre donde veo la factura de esta compra?
cuanto tiempo tengo para pedir la factura despues de comprar?
me envian una cotizacion formal con iva para que mi jefe apruebe la compra de las sillas?
antes de pagar necesito la factura proforma a nombre de la municipalidad
pueden hacer una sola factura de mis tres pedidos?
el recibo de pago me lo pueden mandar por whatsapp?
necesito boleta con mi dni para la garantia del refri
en peru me dan factura o solo boleta? tengo ruc 10
me dan factura con nit para descontar el iva? estoy en guatemala
mi seguro me pide la factura del celular que me robaron, me mandan un duplicado?
pueden emitir la factura exenta de iva? somos una fundacion sin fines de lucro
me ponen el numero de orden de compra de mi empresa en la factura? es la OC-4471
me hacen factura a nombre de la asociacion de padres del colegio?
la factura la mandan con el paquete o por mail?
compre como invitado, como pido la factura?
la plataforma me genero un recibo pero necesito factura fiscal, ustedes la emiten?
necesito la nota de credito del producto que devolvi, pedido 55-2210
la boleta que me mandaron no trae el detalle de los productos, me envian una detallada?
quiero la factura a nombre de mi esposo, se puede aunque la cuenta sea mia?
Buenos días. Les facilito los datos para la facturación: NIF 12345678Z, domicilio C/ Mayor 14, 28013 Madrid. Pedido n.º 10234.
hola mira te escribo porque compre la impresora hace dos semanas y mi contadora dice que necesita la factura electronica validada por la dian, me la pueden mandar
factura porfa, pedido 884120377
emiten facturas?
y el recibo?
me llega factura con el pedido?
RUC 20512345678 para la factura del pedido
la factura de la suscripcion mensual me la pueden mandar cada mes al correo de la empresa?
necesito factura de la gift card que compre para un empleado
el ticket regalo trae precio? y aparte me mandan la factura a mi correo?
me pasas el comprobante de compra con fecha y sello? lo piden en la obra social para el reintegro
"""
