"""Mensajes de compradores en español (variedad amplia A: 15 intenciones de preventa y factura), escritos a mano para entrenamiento."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["greeting"] = """
buenas tardes, hay alguien atendiendo el chat?
hola q tal, estan por ahi?
holaa buenas noches 🙂
que onda, alguien en linea?
buenas che, hay alguien del otro lado?
wena wena, atienden a esta hora?
klk, hay alguien ahi
hola mi pana, buenas
Estimados señores: buenos días. Me pongo en contacto con ustedes a través de este chat.
Muy buenos días, espero que todo el equipo se encuentre bien.
hola hola
buenaaas
holaaa alguien q me atienda xfa
hola buenas, les escribo desde bogota
buenos dias desde lima 👋
hola que mas, como va todo
quiubo parce, buenas
epa chamo buenas tardes
hola buen dia, con quien tengo el gusto?
hola vecina, buenas
alo alo, me copian?
buenas tardes, estan conectados?
hola, atienden hoy domingo?
hola, alguien disponible para una pregunta rapida?
oigan, hay alguien?
hola que hubo
saludos desde houston, hay alguien?
hola bendiciones
hola ke tal
ola buenas tardes
buen dia, perdon la molestia
buenas noches, disculpen que escriba tan tarde
hello? hay alguien ahi
hola buenas me atiendes un momentito
holi holi 😊
muy buenas
buenass alguien ahi o estoy hablando solo jaja
hola que lo que
Buenas tardes, ¿me podría atender alguien, por favor?
hola, hay alguien que hable español?
hey que tal, todo bien?
hola disculpa estas disponible
hola buenas tardes queria saber si hay alguien ahi atendiendo
Buen día, un saludo cordial para todo el equipo de la tienda.
hola buenas tardes como le va
"""

DATA["product_info"] = """
el cargador es de carga rapida o normal?
esta funda trae proteccion para la camara?
los audifonos sirven para nadar o solo aguantan sudor
el ordenador trae windows instalado o viene sin sistema?
la laptop tiene puerto hdmi y lector de tarjetas?
el smartwatch mide la presion arterial?
cuanto tiempo vuela el dron con una bateria
la sarten sirve para cocina de induccion
cuantos litros tiene la freidora de aire
la licuadora tritura yelo?
el sofa se puede desenfundar para lavar la tela
cuantos kilos soporta la silla de escritorio
la lampara usa foco e27 o ya trae led integrado
el edredon es de plumas o sintetico
que medida exacta tienen las sabanas, largo por ancho
la carriola se dobla con una sola mano?
el cochecito es apto desde recien nacido o a partir de los 6 meses
el juguete tiene piezas pequeñas? es para un niño de 2 años
la pijama de niño es 100% algodon?
el vestido cierra con cremallera atras o es elastico
los jeans tienen elastano o son rigidos
el bra trae relleno o es sin varilla
los aretes de que metal son? tengo alergia al niquel
el collar se puede ajustar de largo?
hasta cuantos metros es sumergible el reloj
la cartera trae correa larga para colgar?
en el bolso cabe una laptop de 15 pulgadas?
el labial es mate o brillante
la base tiene proteccion solar?
el perfume es eau de parfum o eau de toilette
la plancha de pelo tiene temperatura regulable
el secador de pelo funciona con 110v? estoy en puerto rico
las vitaminas son veganas o tienen gelatina
cuantas capsulas trae el frasco
el alimento para gatos es libre de granos?
la funda de la cama para perro sale para lavarla?
le sirve este filtro de aire a un corolla 2015?
el taladro trae bateria o se compra aparte
cuantos mts tiene la manguera dl jardin
la tienda de campaña es para cuantas personas
el libro esta en español o en ingles
el cartucho de tinta es compatible con la hp deskjet 2775
la campera tiene capucha desmontable?
las gafas son polarizadas?
el movil viene libre o bloqueado a alguna compañia?
"""

DATA["size_advice"] = """
mido 1,58 y peso 52, que talla de vestido me pido
uso talla 8 en jeans en mexico, cual seria en su tabla
mi hijo tiene 3 años pero es alto, que talla de pijama le compro
que talla de pañal para un bebe de 9 kilos
la chamarra viene justa? suelo usar M pero me gusta holgada
para que la campera me quede suelta pido un talle mas?
calzo 38 en zapatillas deportivas, en estas cual seria
mi dedo mide 5.5 cm de contorno, que numero de anillo me sirve
una talla 7 de anillo americana a cuanto equivale en europea
la copa del brasier viene grande o chica? uso 36C
tengo un bulldog frances de 13 kg y 60 cm de pecho, que talla de arnes
mido 1,72, que talla de cuadro de bici me va
que talla de casco si mi cabeza mide 56 cm
el bañador de mujer tira a pequeño o a grande?
cintura 70 y cadera 98, que talla de falda
los leggins de la L le quedan a alguien de 75 kilos?
soy una 42 española, que pido segun su tabla
en usa uso medium, aca seria L o M?
la polera viene ajustada al cuerpo? soy ancho de hombros
el abrigo lo quiero para ponerlo sobre un sueter grueso, subo una talla?
el pie de mi bebe mide 11 cm, que numero de zapatito le pido
mi hija calza 28 en botas de lluvia, le pido 29 para que le dure?
tienen tabla d medidas en cm d la camisa? dnd la veo
cuanto mide de largo la manga en la XL? tengo brazos largos
XS o S? soi bajita y flaquita
el traje de baño talla unica le queda a una talla 16?
la faja talla M me queda si tengo 75 de cintura?
que talla de guantes de box para mano grande
estos tenis vienen grandes o normales de talla
mi esposo usa 10.5 en tenis, que talla europea le pido
pecho 104 cm, que talla de camisa me toca
me dijeron que la ropa asiatica viene chica, cuantas tallas arriba pido
el body de 6-9 meses le queda a uno de 7 meses grandote?
talla?? 1.80 y 95 kg
que talla de pantalon si soy 32 de cintura y 30 de largo
que talla del uniforme para un niño de 10 años delgadito
ayudame con la talla del vestido de novia: busto 88, cintura 68, cadera 94
Buenas tardes, ¿podrían indicarme qué talla me corresponde? Mido 1,65 m, peso 63 kg y normalmente uso una M en marcas españolas.
tengo pie ancho y juanete, que numero me recomiendan pedir
hola mira yo uso talla s normalmente pero de cintura soy mas ancha entonces no se si pedir la m o quedarme con la s que me dices
la parka me queda muy grande si soy S y pido M? la quiero pa usar con poleron abajo po
mi causa calza 43, que talla de zapatillas le compro
chamo que talla de franela me queda si soy medio gordito, 1.70 y 85 kilos
que size de tenis me toca si uso 9 de hombre
las medias de compresion que talla si mi pantorrilla mide 38 cm
"""

DATA["stock"] = """
el iphone 15 de 256 en azul lo tienen?
la funda del s24 ultra la tienen en stock o solo les queda la del s23
quedan audifonos en blanco o solo negros
la laptop con 16gb de ram la tienen disponible o solo la de 8
cuando les vuelve a llegar la freidora de 5 litros
la silla gamer roja esta agotada?
hay stock del colchon de 1,50 x 1,90?
tienen el juego de sabanas en gris perla
la carriola gris con negro todavia hay
el vestido floreado en talla M aun lo tienen
los jeans mom talla 28 se acabaron?
tienen los aretes tambien en dorado o solo en plateado
del perfume hay frasco de 100 ml o solo el de 50
el tono 120 de la base lo van a reponer?
se agoto el serum? cuando vuelve
de la comida de perro de 15 kg hay existencia?
la bici rodado 26 en verde la tienen
pastillas de freno para pulsar 200 hay?
hay el libro en tapa dura tb o solo blanda
me avisan cuando tengan otra vez el cartucho 664 negro
qedan controles de xbox blancos?
tienen la guitarra en version para zurdos?
hay globos numero 5 en dorado
necesito 30 cajas de esto, tienen esa cantidad?
tienen bolsos en color vino
la cartera negra volvio? la semana pasada salia agotada
hay campera talle XL o ya no?
chamarra talla chica en cafe tienen?
las zapatillas blancas en 37 las tenes?
los tenis en 6 mexicano los tienen?
pa cuando llegan mas poleras de esas po
hay?
disponible en 40?
stock del rosa?
hola parce, tienen el termo de 1 litro en negro
chamo queda la franela del messi en talla M?
Buenos días. Me interesa la lámpara de pie nórdica en blanco, pero figura como agotada. ¿Tienen previsto reponerla pronto?
hola queria saber si todavia tienen el coche para muñecas rosado que salia en la foto porque mi hija lo quiere para su cumpleaños
se agoto el brasier 34B negro? solo me sale el gris
el movil en verde lo teneis o esta agotado
aun les quedan las gafas de sol carey
tienen mas unidades del kit de camping o es el ultimo
el smartwatch de 45 mm hay?
tenis nike air force talla 9 us en existencia?
la mesa de centro la tienen en roble o solo en blanco
"""

DATA["price_bargain"] = """
si me llevo el celular y la funda me lo dejas en 4500 pesos?
cuanto me rebajas la laptop si pago en efectivo
bajale a la freidora y te la compro ahorita
Le ofrezco 80 euros por el sofá, ¿acepta?
me lo dejas en 20 lucas?
dale che, dejamela en 30 mil la campera
regaleme un descuentico veci
hazme precio pe, llevo 3 casacas
chamo echame una rebajita en los audifonos
mano, cuanto es lo menos por la bici?
me das un break en el precio? llevo dos
cuanto lo menos
ultimo precio de la carriola?
si compro 12 juegos de sabanas que precio me das
soy maestra y compro para el salon, me hace descuento en 25 cuadernos?
el perfume esta caro, me lo deja en 60 dolares?
me bajas 10 soles y te compro hoy
descuentito? 😅
rebaja pls
me haceis un descuento si pillo dos bolsos?
oye tio, me dejas el reloj en 90 pavos?
cuanto me descuentas si te compro tambien el cargador
Estimado vendedor, estoy interesado en adquirir 4 unidades de la silla ergonómica. ¿Existe la posibilidad de un mejor precio por la cantidad?
hola mira me interesa la camara pero se me sale un poco del presupuesto si me la puedes dejar un poquito mas barata la compro ya mismo
tengo solo 1200 pesos, me alcanza si me rebajas el casco?
DESCUENTO O NO COMPRO
ayer estaba en 35, me lo puedes dejar a ese precio?
me lo rebajas si no me mandas la caja?
por ser clienta de siempre me haces 15% en la aspiradora?
3 pares de aretes por 200 mxn se puede?
te compro el juego de ollas y la sarten juntos si me haces rebaja
cuanto me cobras por los dos controles si te pago ya
xfa bajale algo a la guitarra, es pa mi hijo
me das el mejor precio por 6 frascos de vitaminas?
acepta oferta? 250 usd por el dron
me lo dejas en 15 lucas y cerramos trato
se puede regatear o es precio fijo?
que descuento me das si compro la carpa con los sacos de dormir
me rebajas algo x pagar por transferencia?
puedes hacer algo con el precio del coche de bebe?
esta carito, no hay chance de que me lo bajes?
el kit de herramientas se me va de precio, bajalo un poco y lo pido
hace precio por las dos lamparas dale
la de 350 me la dejas en 300?
k rebaja me haces x el colchon
"""

DATA["promotion"] = """
tienen algun cupon para el buen fin en celulares?
el codigo BIENVENIDA10 no me lo acepta
como se activa el cupon de 3 dolares de la tienda
hay 2x1 en labiales?
regalan muestras con el perfume?
si compro el set de cuidado facial viene algun regalo?
cuando empieza el hot sale de la tienda
hay ofertas de vuelta a clases en mochilas y cuadernos?
el 20% de descuento aplica tambien a las zapatillas que ya estan rebajadas?
hay codigo de descuento para estudiantes?
me salio un cupon de 10 euros al registrarme, donde lo uso
en el cyber day van a tener descuentos?
cuanto dura la oferta relampago de la freidora
la oferta del dia de las madres sigue activa?
como canjeo mis puntos de la tienda
el cupon es por pedido o por producto?
tengo un codigo de una influencer, donde lo pongo
hay promo pagando con tarjeta santander?
en el prime day van a bajar los audifonos?
dan regalo por compras mayores a 50 dolares?
la promo de lleva 3 paga 2 funciona si elijo colores distintos?
el descuento por cantidad se aplica solo o necesito un codigo
hay descuentos de black friday en juguetes?
Buenas tardes, recibí un correo con un código promocional, pero no indica la fecha de caducidad. ¿Hasta cuándo es válido?
hola vi en tiktok que si sigues la cuenta te dan un descuento como hago para que me lo apliquen
cupon? 🙏
codigo promo porfa
el sorteo de la consola sigue vigente?
el regalo sorpresa a partir de cuanto de compra sale
el descuento del 11.11 ya empezo o todavia falta
se puede usar el cupon en productos rebajados?
hay promo navideña en luces y adornos?
me regalan el estuche si compro los lentes?
che tienen descuentos por el dia del niño en juguetes?
ay promo de halloween en disfrases?
el cupon de primera compra me sirve si ya compre antes en la app?
porque no me aparece el descuento de seguidor
sigue la oferta del combo de la cama con el velador?
tienen programa de referidos? le pase el link a mi hermana
las rebajas de enero cuando empiezan?
hay semana de descuentos en accesorios para el carro?
tienen kupon de descuento para la primer orden
el 3x2 de vitaminas aplica en todos los sabores?
la ruleta de premios de la web como funciona
el precio tachado ya es la promo o hay que poner un codigo
"""

DATA["shipping_fee"] = """
cuanto me sale el envio de un sofa a valencia
el envio del colchon a guadalajara tiene costo extra?
cuanto cobran x mandar una lampara a rosario
la bici tiene envio gratis?
el carrito me marca 25 dolares de envio a puerto rico, es correcto?
el shipping es free o hay que pagarlo aparte
si sumo 2 fundas llego al minimo para envio gratis?
cuesta mas el envio a domicilio que retirar en sucursal?
cuanto sale el envio hasta ushuaia
me salen 12 euros de gastos de envio en la cesta, no era gratis?
gastos de envio a baleares?
cuanto vale el domicilio a barranquilla
el flete a arequipa cuanto es
cuanto me cobran de envio a maracaibo
el envio a santo domingo cuanto sale
cuanto cuesta mandar tinta a quito
por que el envio de una pulsera sale tan caro si no pesa nada
si pido las vitaminas y el shampoo pago un solo envio?
cuanto mas cuesta el envio express que el normal
Buenos días, ¿podrían informarme del coste de envío a Tenerife para un pedido de unos 3 kilos?
hola buenas tardes yo estoy en miami y quiero saber cuanto me cobran por enviarme la silla de oficina hasta aca
envio?? cuanto
gratis el envio?
costo envio cdmx
el envio sale mas caro que la funda jaja, hay opcion mas barata?
cuanto por enviar 20 kilos de comida de perro a valparaiso
el envio a venezuela se cobra por kilo? a cuanto el kilo
cuanto cobran de envio a una vereda en antioquia
hay recargo de envio por zona extendida?
el costo de envio a chile ya incluye los impuestos de aduana?
cuanto me sale mandarlo con dhl a lima
me podes bajar el envio si llevo las dos camperas?
el envio de la guitarra es gratis o cobran por el tamaño de la caja
ENVIO GRATIS O NO?? no entiendo la pagina
cuanto sale el envio del drone a uruguay
el costo de envio es el mismo si pido 1 o 5 cuadernos?
a partir de cuanto es gratis el envio a mexico
cuanto cuesta que me lo manden a la oficina en el centro de caracas
el envio al interior del peru cuesta lo mismo que a lima?
q sale el envio a cordoba capital x andreani
lo del envio cuanto es pa san juan
cuanto costaria enviarme los aros a montevideo
envio sin costo a partir de que monto en colombia
los gastos de envio a andorra cuanto son
el envio del coche de bebe lo pago yo o esta incluido en el precio
"""

DATA["delivery_time"] = """
si compro hoy el celular me llega el sabado a monterrey?
cuantos dias tarda la laptop en llegar a quito
cuanto tarda el sofa a sevilla? lo necesito antes de mudarme
cuanto tardaria el colchon a cordoba
en cuanto llega a caracas mas o menos
cuantos dias habiles tarda al interior de colombia? vivo en pasto
el envio express a santiago cuanto demora
llega antes del dia de reyes si lo pido ahora? es un juguete
el vestido lo necesito para el 14 de febrero, llega a tiempo a lima?
desde que pago cuanto tarda a puerto rico
si pido del almacen de usa cuanto tarda a houston
cuantas semanas tarda de china a ciudad de panama
necesito la carriola antes del parto, faltan 3 semanas, alcanza a llegar?
cuanto se demora en llegar a medellin
cuanto tardan en entregar a domicilio en bogota
plazo de entrega a barcelona?
llega en 24 horas a madrid?
cuanto tarda a mendoza mas o menos che
tiempo de llegada a montevideo?
en cuantos dias esta en mi casa en guayaquil
Buenas tardes, ¿me podrían indicar el plazo de entrega estimado a Zaragoza? Necesito el material antes del inicio de curso.
hola quisiera saber cuanto se demora en llegar a arequipa porque es un regalo para mi mama y su cumple es el 3 de mayo
cuanto tarda?
dias de entrega?
yega rapido a tijuana?
demora mucho a temuco po?
cuanto demora el envio a maracaibo chamo
cuanto tarda un paquete a santo domingo
con envio gratis tarda mas que con el express?
llega para el 24 de diciembre a los angeles california?
para la fiesta del sabado necesito los globos, llegan a tiempo a cdmx?
cuanto tiempo de transito a cancun
es cierto que tarda 60 dias? no puedo esperar tanto
si lo compro el lunes para cuando lo tengo en rosario
me urge el cargador, en cuantos dias llega a cali
cuanto demora en llegar la bici a concepcion
cdo llegaria a chicago si pido hoy?
me lo entregan hoy mismo? estoy en la misma ciudad, guadalajara
cuanto tarda la entrega en canarias, unas 2 semanas?
antes de pagar necesito saber si llega en menos de 10 dias a cusco
q tiempo tarda en llegarme a san juan
tarda mucho a uruguay? cuanto aprox
llega antes de fin de mes si compro ya la consola?
cuantos dias tarda en llegar a la habana
TARDA MUCHO? lo necesito para el viernes
"""

DATA["courier"] = """
con que mensajeria lo envian a monterrey
me lo pueden mandar por correos con recogida en oficina?
lo envian por mrw o por gls?
mandan por oca o por correo argentino?
hacen envios a la patagonia?
que empresa entrega en lima, olva o shalom?
usan coordinadora o interrapidisimo?
envian por zoom a venezuela?
hacen envios a republica dominicana
envian a honduras?
el envio a estados unidos lo hace usps o fedex?
pueden enviarlo a mi casillero en miami?
llega a las islas galapagos?
me lo pueden mandar por blue express?
lo despachan por starken a la sucursal de osorno?
envian a puerto rico por usps?
lo pueden mandar por correo certificado?
el sofa lo lleva una empresa de transporte o la paqueteria normal?
prefiero que no sea correos, hay otra opcion?
podrian usar seur en vez de correos express?
envian a melilla?
envian fuera de españa, a francia por ejemplo?
hacen envio internacional a canada?
Buenos días, quisiera saber si realizan envíos a Andorra y con qué empresa de transporte trabajan.
hola oye una pregunta ustedes si mandan hasta tegucigalpa o solo a mexico porque yo estoy en honduras
paqueteria?
envian a peru?
mandan a cuba?
con dhl se puede?
lo puedo pasar a recoger a su bodega?
hacen envios por cruz del sur a provincia?
envian por 99 minutos o paquetexpress?
usan fedex o estafeta para mandar la carriola?
lo pueden dejar en un oxxo para recogerlo?
lo podeis mandar a un punto pack de mondial relay?
envian a el salvador tb?
la tinta la mandan por avion? dicen que los liquidos no pasan
los perfumes los pueden enviar a chile o hay restriccion?
las baterias del dron las envian a argentina o no se puede
hacen entregas en la zona libre de colon
el envio a bolivia es por correo nacional o por courier privado
trabajan con chronopost para portugal?
con quien mandan a barquisimeto, tealca o mrw
se puede enviar a miami y de ahi yo lo mando a venezuela?
envian por correos de chile o solo por courier
"""

DATA["authenticity"] = """
el iphone es original o es replica
los airpods pro son originales de apple o copia
el perfume es original o es de esos de imitacion
es de la marca de verdad o es un clon
los tenis jordan son originales? no quiero piratas
las zapatillas son originales o son copia AAA
la bolsa michael kors es autentica? trae certificado?
el reloj casio es original con garantia oficial?
las vitaminas centrum son originales o genericas
el cargador es original samsung o generico
los cartuchos son originales de hp o alternativos
la camiseta del real madrid es oficial o de las chinas
la funda tiene licencia oficial de disney?
el lego es original o es de esas marcas chinas
el control de ps5 es original sony?
traen numero de serie para verificarlo en la pagina de la marca?
como se q no es falsificado
ya me vendieron falsos antes, este es original de verdad?
son distribuidores autorizados de xiaomi?
los ray ban son originales? vienen con estuche de la marca?
el maquillaje es original? en otras tiendas venden imitacion
el labial mac es de marca o replica
che es trucho o es original?
es chiviado o es original?
la mochila north face es original o imitacion
este dron dji es oficial? por el precio tan bajo dudo
el libro es edicion original o fotocopia pirata
la guitarra fender es original o es una copia
los audifonos bose son genuinos?
es producto original sellado de fabrica?
Estimados, antes de realizar la compra necesito confirmar que el perfume es 100 % original y no una réplica. ¿Pueden garantizarlo?
hola quiero saber si los tenis son originales porque mi hijo me dijo que en internet venden muchos falsos y no quiero que me pase
original??
es autentico?
es 1.1 o original?
el apple watch es original o es clon chino
la proteina whey es original? viene con sello de seguridad?
los repuestos del carro son originales toyota o alternativos
el cable es original de apple o certificado mfi?
los peluches de pokemon son originales con etiqueta oficial?
ustedes venden originales o imitaciones?
son piratas?
la nintendo switch es original o viene modificada
hay forma de comprobar que los lentes oakley son autenticos?
la crema cerave es la original? en mercadolibre hay muchas falsas
"""

DATA["quality"] = """
que tal la calidad del celular? no se calienta mucho?
la funda aguanta caidas o se rompe facil
los audifonos duran o se descomponen a los 2 meses
la laptop es buena o es de gama baja
la bateria del reloj se vicia rapido?
la sarten antiadherente se pela con el tiempo?
es resistente la mesa? la quiero para el cuarto de mis hijos
el sofa es de buena calidad? se hunde rapido?
la lampara es de plastico barato o se ve bien
las sabanas sueltan pelusa o se ponen feas al lavarlas?
la carriola es resistente? tengo que subir y bajar escaleras
el juguete es fragil? mi hijo es muy brusco
la ropa de niño se destiñe o encoge al lavar?
la tela del vestido es de buena calidad o parece plastico
los jeans se aguadan con el uso?
el bra pierde la forma despues de lavarlo?
los aretes se ponen negros con el tiempo?
el collar se oxida?
el reloj es de buena calidad o parece de juguete
la cartera se pela con el uso?
el rimel es bueno? no se corre?
el perfume dura en la piel o se va en una hora
es buena la plancha de pelo? calienta parejo?
las vitaminas son de buena calidad?
el rascador del gato es firme o se tambalea
la cadena de la bici aguanta uso diario?
las herramientas son de buen acero o se doblan
la manguera se cuartea con el sol?
la caminadora es robusta o es endeble
la carpa es de buena calidad o se rompe con el primer viento
la encuadernacion del libro es buena o se despegan las hojas
el cartucho rinde bien o se acaba rapido
el teclado gamer es de calidad? las letras se borran?
la guitarra suena bien o es de juguete
los globos se revientan facil? xq los ultimos q compre en otro lado si
que tal la calidad? vale la pena?
calidad buena?
es chafa?
es penca la calidad o es buena po?
la campera es de buena calidad o se descose al toque?
hola queria preguntarte que tal es la calidad de la silla de oficina porque la ultima que compre se rompio al mes y no quiero que me pase lo mismo
Buenas tardes. Antes de formalizar la compra me gustaría saber qué durabilidad tiene la batería del aspirador con un uso diario.
mano la calidad de esos tenis es buena? duran?
el movil es fiable? he leido que se cuelga mucho
el anillo se despinta?
"""

DATA["price_compare"] = """
por que este celular cuesta mas que el mismo en mercado libre
en amazon la freidora esta 20 dolares menos, por que?
cual es la diferencia entre la laptop de 8gb y la de 16gb ademas del precio
que diferencia hay entre los audifonos pro y los normales, vale la pena pagar mas?
por que el perfume de 100 ml sale casi el doble que el de 50
en la tienda fisica esta mas barato que en la web, por que?
por que el mismo vestido en shein cuesta la mitad
que tiene de diferente la carriola de 300 con la de 180
por que la sarten roja es mas cara que la negra si es igual
por que su colchon cuesta mas que uno parecido de ikea
por que tan caro si en temu esta a 5
por que el reloj de 44 mm cuesta 30 euros mas que el de 40
aqui esta a 85.000 pesos y en falabella a 70.000, por que la diferencia
por que en la app sale un precio y en la web otro
que diferencia hay entre el modelo 2023 y el 2024 aparte del precio
en aliexpress lo venden mas barato, que tiene el suyo de especial
xq cobran mas q la tienda d al lado
por que es mas caro?
xq tan caro?
porq mas caro q el otro vendedor
el kit de herramientas de 50 piezas vs el de 100, cual es la diferencia real
por que el alimento de perro esta mas caro aca que en el super
por que la guitarra electroacustica es tanto mas cara que la acustica
la mochila de 30 litros y la de 40 cuestan casi igual, que cambia entre las dos?
Buenos días, he observado que el mismo modelo de cafetera se vende en otra web por 40 € menos. ¿A qué se debe la diferencia de precio?
hola mira yo vi la misma silla de bebe para el carro en otra pagina mas barata y queria saber por que aca sale mas cara si es la misma marca
che por que en mercadolibre esta mas barata la campera
por que la version importada sale mas cara que la nacional
en walmart la tinta sale a 15 y aqui a 25, por que
q diferencia hay entre el serum de 15 y el de 30 dolares
por que los aretes de plata son mas caros que los de acero, se nota la diferencia?
cual es la diferencia entre la bici de aluminio y la de acero, se justifica la plata?
ESTAN CARISIMOS comparado con otras tiendas, por que?
por que el pack de 3 sale casi lo mismo que comprarlos separados
por que la consola sale 50 dolares mas que en best buy
por que sus vitaminas cuestan el doble que las de la farmacia
el mismo lego en el corte ingles esta mas barato, a que se debe?
que diferencia hay entre la lampara de 29,99 y la de 49,99? se ven iguales
porque el de color blanco cuesta 200 pesos mas
en otra tienda de lima esta a 150 soles y aca a 190, por que
y por que el mismo dron sale mas caro aca que en ebay
que diferencia tienen el de 12 lucas y el de 20 po
por que la talla XXL cuesta mas que las otras
por que ustedes lo venden mas caro que la tienda oficial de la marca
que diferencia hay entre el ordenador i5 y el i7, vale los 200 euros de mas?
"""

DATA["color_difference"] = """
el color de la funda es igual al de la foto o sale mas claro
el celular rosa es rosa palo o fucsia como se ve en la foto?
el sofa gris se ve medio azulado en las fotos, es asi en persona?
el color del edredon es fiel a la imagen?
el beige de la foto es real o tiene filtro?
la base tono 02 es igual de clarita que en la foto?
el labial en persona se ve igual o mas oscuro que en la imagen
el vestido es rojo vivo o tirando a vino? en la foto parece vino
los jeans son azul claro como la foto o mas oscuros
los aretes son dorado amarillo o mas bien rose gold? en la foto no se distingue
el verde oliva de la campera es como se ve en la pantalla?
la chamarra es negra negra o grisacea como en las fotos
tiene mucha diferencia de color con la foto?
hay diferencia de tono entre la foto y el producto real?
el color cambia mucho con la luz o es como en la foto?
las fotos son reales o editadas? necesito que el color sea el mismo
la carriola color arena se ve igual que en la foto?
las cortinas se ven mas claras en la foto, llegan de ese tono?
el tono de la pintura para el auto es igual a la muestra de la foto?
la mochila es morada o azul? en la foto no se entiende bien
el cafe de los botines es como el de la foto o mas rojizo
hola queria saber si el color de la cartera es igual al que se ve en la foto porque en mi celular se ve como mostaza y yo la quiero amarilla
Buenas tardes. Antes de comprar el juego de toallas en color «salvia», quisiera confirmar si el tono real coincide con el de las fotografías del anuncio.
color igual a la foto?
el colr es el mismo de la foto?
el tono sale igualito q en las fotos o no
es tal cual la foto? el color digo
el blanco es blanco puro o blanco hueso? en la foto parece puro
la polera celeste es celeste como en la foto po?
el rosado del body de bebe es como en la foto?
el esmalte de uñas se ve igual que en la imagen?
me da miedo que el color no sea el de la foto, es fiel?
el mango del cuchillo es negro mate como en la foto?
el marco de los anteojos es carey como en la foto o mas oscuro
la gorra roja es el mismo tono en la realidad que en la foto?
el morado del smartwatch es igual al del anuncio?
la foto de la lampara tiene mucho brillo, la pantalla de tela es de ese color?
che el color de las zapatillas es como en la foto o cambia?
el azul rey de la foto es el que llega?
chamo el color de la franela es igualito al de la foto o varia
en la pantalla se ve turquesa, en persona tambien?
el collar de plata se ve amarillento en la foto, es asi en realidad?
la alfombra terracota es igual a la foto o mas naranja
la funda del ordenador es gris oscuro como en las fotos?
los colores del set de acuarelas son como en la foto?
"""

DATA["recommendation"] = """
busco un celular bueno para fotos que no pase de 300 dolares, cual me recomiendas
que audifonos me recomiendas para correr
necesito una laptop para la universidad, que me aconsejas
que ordenador me recomendais para diseño grafico
que smartwatch es mejor para nadar
tengo 150 euros, que camara me recomiendas para empezar
que freidora de aire me conviene para una familia de 5
busco un regalo para mi suegra que le encanta cocinar, que me sugieres
que colchon me recomiendan si tengo dolor de espalda
que lampara me recomiendas para leer en la cama
cual carriola es mejor para una ciudad con banquetas todas chuecas
que juguete me recomiendas para un niño de 3 años
ideas de regalo para un bebe recien nacido?
que vestido me recomiendas para una boda de dia
que corte de jeans me recomiendas si tengo cadera ancha, skinny o recto?
busco unos aretes sencillos para uso diario, cuales me recomiendas
que perfume de mujer me recomiendas, dulce pero no empalagoso
que crema me recomiendas para piel grasa con acne
que secador me recomiendas para pelo rizado
que comida me recomiendas para un perro viejito
que bici le compro a mi hijo de 8 años
que kit de herramientas me sirve para arreglos basicos en casa
tengo un jardin pequeño, que plantas o macetas me recomiendan
que tienda de campaña me conviene para ir con 4 personas a la playa
algun libro para aprender ingles que me recomienden?
que mando me recomiendas para jugar en pc
k guitarra es buena pa un principiante
que me recomiendas para decorar un cumpleaños infantil de dinosaurios
cual me recomiendas?
que me sugieres
ayudame a escoger uno porfa, no me decido
cual es el mas vendido?
entre el negro y el blanco cual combina mejor con todo?
busco una campera abrigada para ir a bariloche, que me recomendas?
que chamarra me sirve para ir a la nieve
necesito unas zapatillas para caminar mucho, cuales me aconsejas
busco unos tenis comodos para trabajar parada todo el dia
hola estoy buscando algo para regalarle a mi novio por nuestro aniversario le gustan los videojuegos y el futbol que me podrias recomendar
Buenos días. Estoy buscando una silla de oficina ergonómica para teletrabajar, con un presupuesto de unos 200 €. ¿Qué modelo me recomendarían?
parce que me recomienda pa un regalo de 100 mil
chamo que celular me recomiendas que sea bueno y barato
que bolso me recomendais para llevar en el avion como equipaje de mano
que lentes de sol me recomiendas para cara redonda
mi hija quiere empezar con el maquillaje, que set me recomiendas?
que me recomiendas para que mi gato no arañe el sofa
"""

DATA["invoice"] = """
necesito factura a nombre de mi empresa por la laptop
me pueden dar factura con rfc?
ocupo factura, les mando mi constancia de situacion fiscal
emiten factura A? soy responsable inscripto
me hacen factura en vez de boleta? necesito el rut de la empresa
necesito factura electronica con mi nit
me pueden emitir factura con ruc?
la boleta viene dentro del paquete?
me envian el comprobante de compra? lo necesito para la garantia
necesito un recibo para que me reembolsen en el trabajo
la factura puede ir con el iva desglosado?
me haceis factura con mi nif? soy autonomo
me podeis mandar la factura del pedido 4077123 por email
necesito el ticket de compra para presentarlo en la aseguradora
pueden poner el nombre de mi empresa en la factura en vez del mio?
la factura me llego con los datos mal, me la corrigen?
cuando me llega la factura? ya pague hace 3 dias
donde descargo la factura en la app
me pueden facturar sin iva? es para exportacion
necesito factura comercial para pasar la aduana en chile
me mandas el recibo del pago?
factura?
dan factura tb?
hacen factura?
Buenos días. Les escribo para solicitar la factura del pedido #58213 a nombre de Distribuciones Ortega S.L., CIF B12345678. Quedo a la espera.
hola buenas necesito que me manden la factura de la compra de la silla porque la voy a pasar como gasto de la empresa y mi contador me la esta pidiendo
el cfdi lo pueden hacer con uso g03?
me timbran la factura porfa?
necesito la factura de la bici para el seguro
la nota de venta sirve como factura?
necesito factura fiscal con rif
me hacen un invoice en ingles? lo necesito pa los taxes
me mandan el receipt? mi jefe me lo pide para devolverme la plata
la factura llega en fisico o por correo?
puedo pedir la factura despues de recibir el pedido?
se me olvido pedir factura al comprar, todavia se puede?
xfa la factura a nombre de juan perez, rut 12.345.678-9
me pasas la boleta electronica? la necesito
no me llego la factura al mail, me la reenvian?
necesito comprobante fiscal con ncf para mi empresa
la factura la emiten ustedes o la plataforma?
cuanto tardan en mandar la factua
pueden hacer la factura con los datos de mi papa? el pago lo hice yo
quiero la factura con el desglose de cada producto del pedido
AE-77120 factura porfa
"""
