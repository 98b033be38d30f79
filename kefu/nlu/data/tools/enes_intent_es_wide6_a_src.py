"""Spanish buyer messages, round 6: intent boundaries and short chat lines, part A (pre-sale intents) (training set)."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["greeting"] = """
eeey buenas, quien me lee?
holaaa buenas tardes 🌸
buenas, me copian?
buen dia, ya abrieron el chat?
que mas parcero, buenas tardes
buenas noches desde cochabamba, alguien en linea?
hola che, hay alguien del local?
aloooo 📣
holiwis 🐣
jelou, buenas
saludos, quien esta de turno hoy?
hola mija, esta por ahi?
hey que hubo, hay señal de vida?
oigan, hay alguien o ya se fueron todos?
buenas buenas, primera vez que escribo por aca
hola, me atiendes un ratito?
ola k ase, hay alguien jaja
buen dia gente linda, ya atienden?
hola, me llega el mensaje? escribo desde la app
buenas, esto funciona? alguien ve lo que escribo?
volvi! sigue abierto esto?
oye, alguien esta en el teclado?
buenaas soy yo otra vez 🙋
hola mi amor, buenas tardes, estas?
epale, buenas
wena compadre, hay alguien?
hola quien anda por ahi
dios te bendiga, buenas tardes
buenas, ¿estáis atendiendo ya o es muy pronto?
bueeenas, hay vida?
hello amigos, estan on?
hola buenas, como estan todos por alla?
hola de nuevo, ya estoy aca, me demore un poco
buenas, sigues en linea o te fuiste a almorzar?
que hay, buenas, alguno despierto?
hola, buen finde, atienden hoy sabado?
buen día, ¿me comunico con la tienda de los muebles?
holaaa, perdon la insistencia, estan? 😅
ya volvi, hola
buenas, hola, alguien al habla?
"""

DATA["product_info"] = """
que certificacion IP tiene el reloj?
la bateria es de cuantos mAh?
segun la ficha cuantas horas de autonomia tienen los audifonos?
la mesa es de madera maciza o de mdf?
de cuantos gramos es la tela de la sudadera?
el casco de moto esta homologado ECE 22.06?
la silla de auto trae isofix?
el cargador es de carga rapida de 25w?
la bici trae cambios shimano? de cuantas velocidades?
la funda sirve pal s23 ultra o solo pal s23?
el filtro de aire le queda a un corolla 2015?
las pastillas de freno sirven pa la yamaha fz 2019?
el alimento es pa gato cachorro o adulto?
la arena es aglomerante?
tiene gluten la galleta?
fecha de vencimiento del cafe?
el suero facial es vegano?
el juguete lleva pilas? de cuales?
desde que edad es el lego?
el instructivo de la cuna viene en español?
se puede planchar la camisa de lino?
el tapizado se limpia con agua o en seco?
cuanto mide el largo de manga en la M?
medidas de la caja de la tele porfa, pa ver si entra en el auto
el monitor trae hdmi o solo displayport?
el router es wifi 6?
la tablet incluye el lapiz?
es eau de parfum o de toilette?
cuantos ml trae el frasco?
sirve en induccion la olla?
que voltaje usa?
el grosor del vidrio templado cuanto es, 9H?
el acero de la olla es 304 o 201?
el paraguas tiene proteccion uv?
viene con enchufe europeo o americano?
la vianda se puede meter al microondas?
la faja cierra con ganchos o con velcro?
el aceite es 10w40 sintetico o mineral?
el parlante se conecta por cable tmb o solo bluetooth?
como se empareja el reloj con el celu? lo quiero comprar pero no se si es facil
"""

DATA["size_advice"] = """
talle 2 o 3?
M o L, cual?
pa 1.75 y 70 kg cual va?
que numero pido si uso 27 mexicano?
tallan grande los crocs?
pido medio numero menos?
si mido 1.58, el vestido me llega a la rodilla o mas abajo?
quiero ponerme la campera con buzo abajo, subo un talle?
soy de pecho grande, me cierra la camisa en M?
mi esposo es gordito, 110 de panza, que talla de short le pido?
cintura 70 y cadera 98, que talla de jean?
pa mi abuela que es bajita y llenita, que talla seria?
que talla de chaleco le pido a mi salchicha? mide 40 de largo
la cadena de 45 o la de 50 pa cuello de hombre?
la caja del reloj es muy grande pa muñeca de mujer?
talla de casco pa un niño de 6?
mi bebe nacio de 4 kilos, le queda la RN o paso directo a 0-3?
el short de baño viene de corte chico?
uso 36 en brasil, cual es aca?
tengo brazos gruesos, en la M me va a apretar la sisa?
estoy entre 28 y 29 de cintura, cual me aconsejas?
lo quiero holgadito, subo una talla o con la mia basta?
la tabla es en cm o pulgadas? y es medida del cuerpo o de la prenda?
ya vi que tienen todas las tallas, pero cual me va a mi? 1.68 y 63 kg
me da miedo tener que cambiarla despues, en tiendas soy L, en esta marca?
la S de ustedes a que medida de cintura equivale?
son tallas asiaticas? entonces pido dos mas?
soy 3X, cual de sus tallas me queda?
es unitalla? le quedara a una talla 14?
en la publicacion no sale la tabla de medidas, la tienen?
como me mido el pie pa saber que numero pedir?
como le tomo la medida al dedo para el anillo?
talla 8 o 10 de niña? tiene 7 pero es grandota
el jean queda aguado o pegadito?
el leggins comprime mucho? dudo entre M y L
en chile soy 40 de polera, cual pido?
tengo el pie ancho y con juanete, que numero me conviene?
aprietan de puntera?
talle pa 1.80 y espalda ancha?
los patines se piden un numero menos o el mismo que las zapatillas?
"""

DATA["stock"] = """
hay en 40?
queda en rosa palo?
talla S hay?
tienes en blanco hueso?
lo hay en king size?
tienen la 11 de niño en cuero negro?
vendieron todo o aun queda algo?
se agotaron los de 2 litros?
cuando entra stock del galaxy a55 negro?
reponen antes del dia del padre?
esta en la bodega de bogota o es importado bajo pedido?
es preventa o ya esta disponible?
aparte del azul que colores les quedan?
queda el talle 4 en el modelo con brillos?
tienen repuesto de las cuchillas de la licuadora?
el juego de 4 sillas hay completo o solo sueltas?
solo hay los colores que salen en la foto?
quedan 2? necesito 3 iguales
tienen 20 pares pa un equipo de futbol, en varios numeros?
todavia tienen el modelo 2022?
vuelve el sabor frutilla de la proteina?
la comida de perro la tienen en 15 kg o solo en 3?
les llega reposicion el lunes? el 43 digo
si no hay en M, hay L del mismo color?
lo tienen fisicamente o lo traen cuando uno compra?
cuantos colores hay disponibles?
que tallas le quedan al vestido floreado?
no me aparece el 35, ya no hay mas?
en la web dice agotado, en el local si hay?
ya hay de nuevo las tazas navideñas?
tendran mas en unos dias?
y en morado?
dispo en 128 gigas?
tienen llantas 195/65 r15?
hay filtro de aceite pa hilux 2018?
el set de 12 piezas lo siguen teniendo?
hay en tamaño mini tmb?
no me urge el envio, solo quiero saber si quedan del termo verde
cuando lo vuelven a tener? no pregunto por mi pedido, quiero comprar otro
la publicacion sigue activa pero hay unidades de verdad?
"""

DATA["price_bargain"] = """
rebaja?
y un descuentito pa mi?
me lo deja en 90?
bajale a 500 y trato hecho
mi presupuesto es 250, me lo dejas?
me haces precio por ser mayorista?
cuanto me rebajas si pago todo junto?
3 por 100 lucas?
60 y te lo pago ahorita
una rebajita pa la nena?
no sea malito, bajele algo
si llevo media docena a cuanto me lo deja?
soy cliente frecuente, no me bajas un poco el precio de lista?
me lo dejas en 5 palos?
2 lucas menos y listo
cuanto me rebajas sin la caja?
sin la garantia me lo dejas mas barato?
precio especial pa la iglesia? compramos 40 sillas
a cuanto me das la docena de labiales?
me lo rebajas a 45 dolares, porfis?
ya no tengo mas que 700, aceptas?
esta en 120, lo dejamos en 100 cerrado?
2 por 35, va?
ese precio no, dame uno mejor
me hace el favor de bajarle un poquito, señorita?
dame precio de revendedora, vendo por catalogo
igualame el precio de la otra tienda y te lo compro ya
me haces descuento de empleado? trabajo en la misma cadena jaja
cuanto me descuentas pagando por zelle?
pago en divisas, me rebajas?
rebajame un 15% que es pa mi negocio
hagame un precio justo, caballero
el ultimo ultimo?
y si me llevo el negro y el azul, en cuanto me quedan los dos?
la oferta ya termino, pero me lo dejas al precio que tenia ayer?
no encontre ningun cupon, asi que te pido a ti: me bajas 10?
no me digas por que es caro, solo bajamelo un poco
10 mil menos y lo retiro hoy
hay rebaja si es pa regalo de una fundacion?
la bici en 300 mil y te la compro ahora
"""

DATA["promotion"] = """
algun codigo?
hay promo hoy?
el 15% es sobre el total o por producto?
el cupon se aplica antes o despues del envio?
me regalan algo si compro dos perfumes?
cuando es la proxima venta nocturna?
los puntos vencen?
con esta compra acumulo puntos?
la muestra gratis la agrego al carrito o la ponen ustedes?
el cupon dice no aplicable a productos en oferta, cuales si aplican?
por que no me deja aplicar el codigo VERANO20?
el codigo era de un solo uso? lo quiero usar otra vez
el 40% off es en toda la tienda?
cuantos dias dura la promo de aniversario?
la oferta es hasta agotar stock o tiene fecha?
el regalo va con todos los pedidos o solo los de mas de 50?
me suscribi al newsletter y no me llego el cupon de bienvenida
la ruleta de premios de la app como funciona?
hay promo pal dia del amigo?
los descuentos de fiestas patrias cuando salen?
me dan tarjeta de regalo por comprar?
hay cupones pa clientes antiguos?
q hay de ofertas esta semana?
la promo de la historia de insta sigue?
el precio rebajado de la foto es el real o hay que poner un codigo?
el sale de invierno incluye abrigos?
la oferta vale en compras por whatsapp o solo en la web?
el 3x2 en juguetes sigue activo?
hay descuento pa jubilados?
como uso el cupon en la app?
el codigo lo pego yo o ya viene puesto?
si gasto 100 me dan cupon pa la siguiente?
cashback?
participan en el prime day?
tienen ofertas en teclados pa la semana gamer?
no te pido rebaja personal, solo si hay alguna campaña este mes
el envio gratis de la promo de hoy es automatico o con codigo?
el regalo de la promo es el mismo en todas las tallas o depende?
la promo bancaria es con debito tmb o solo credito?
en la promo de la licuadora el vaso extra viene de regalo o se paga?
"""

DATA["shipping_fee"] = """
y el envio cuanto sale??
cuanto el delivery?
tiene costo el envio?
costo de envio pa lima norte?
con fedex cuanto me saldria el envio?
el envio por servientrega lo pago yo o ustedes?
si pido envio urgente cuanto mas me cobran?
el envio gratis aplica tmb a mi provincia?
no hay una opcion de envio mas barata?
hay envio mas economico?
cuanto cobran por llevarlo a chiloe?
el envio a la costa cuanto es?
cobran por entregar a domicilio dentro de la ciudad?
el envio se cobra por producto o por pedido?
el envío de una lavadora cuánto me costaría a Zaragoza?
gastos de envio a tenerife?
cuanto es el envio pa florida?
si compro 3 pares el envio sale gratis?
cuanto me falta pa el envio gratis? llevo 38 en el carrito
en el carrito me cobra envio aunque dice gratis, por que?
cuanto pago de envio pa cucuta?
el delivery es gratis en surco?
el despacho a puente alto cuanto es?
me hacen el envio gratis si les compro seguido?
el flete hasta la finca cuanto sale?
envio sin costo?
cobran el envio aparte?
me bajas el envio?
cuanto cuesta mandar 20 kilos a arequipa?
de argentina a chile cuanto seria el envio?
es caro el envio a galapagos?
si lo mando a la oficina de la agencia sale mas barato que a domicilio?
cuanto cobran por trasladar el ropero?
cuanto sale mandarlo en moto el mismo dia?
el envio cuesta igual con 1 que con 5?
con envio a morelia cuanto seria todo?
los gastos de envio de la peninsula a baleares cuanto suben?
no te pregunto la paqueteria, solo el precio del envio a oaxaca
da igual cuando llegue, cuanto cuesta el envio mas barato?
el envio por correo argentino cuanto sale a sucursal?
"""

DATA["delivery_time"] = """
en cuanto llega?
cuantos dias a quito?
si compro ahorita llega mañana?
llegan en el dia?
lo tengo pa el finde?
todavia no pago, cuanto tardan en entregar en cali?
cual es la demora normal a mar del plata?
cuanto se toma en llegar a arica?
a provincia de buenos aires cuanto demora el correo?
los que vienen del extranjero cuanto tardan?
si es importado cuantas semanas?
me llega pa el 24 si compro hoy 18?
cuanto tarda el envio a una vereda?
si compro ahora, hoy mismo me llega?
cuando llega a tijuana si lo pido esta noche?
tiempo de entrega a cusco por agencia?
tengo boda el 3 de marzo, si lo compro hoy llega?
en temporada navideña cuanto demoran las entregas?
a el salvador cuanto se tardan?
llegaria el domingo?
con el envio normal, una semana?
en cuanto me llega a new jersey?
a vieques cuanto tarda?
se demora mucho a la selva, a iquitos?
si compro en la madrugada cuenta como hoy pa la entrega?
quiero regalarlo el jueves, alcanza a llegar a santa cruz?
del dia que compro al dia que llega cuantos dias pasan?
tarda menos si vivo cerca del almacen?
¿En cuánto tiempo estaría en Bilbao?
el plazo es en dias habiles o corridos?
en 24h?
llega esta semana?
cuanto demora el envio flex?
es envio full? llega mañana a caba?
antes de comprar quiero saber si llega a tiempo pal viaje del martes
aun no hago el pedido: si lo despachan hoy, cuantos dias hasta mi casa en pasto?
no tengo orden todavia, solo quiero saber cuanto se tarda a trujillo
con dhl cuantos dias serian a madrid? no pregunto el precio
antes de pagar: a monterrey en cuanto tiempo llega normalmente?
el que dice envio en 48h, son 48h hasta mi puerta o hasta que sale?
"""

DATA["courier"] = """
que paqueteria?
con quien mandan?
envian a chile?
mandan a bolivia?
llegan a honduras?
hacen envios a eeuu desde colombia?
mandan con correos express o con seur?
usan nacex?
me lo pueden mandar por Envia? la de colombia
mandan por cruz del sur?
envian por flecha bus?
despachan por correos de chile?
trabajan con urbano o con olva?
me lo mandan por domesa?
envian por liberty express?
envian con correos de mexico o con j&t?
usan amazon logistics o usps?
tienen mercado envios?
envian por correo uruguayo?
mandan a españa o solo a latinoamerica?
hacen envios a la habana o no llegan?
en republica dominicana mandan por vimenpaq?
cual es el operador logistico que usan?
envian a guatemala por guatex?
que transportista lleva los muebles grandes?
envian a un punto de retiro o solo a domicilio?
llegan hasta la isla de margarita?
¿Hacéis envíos a Portugal?
mandan a mexico desde usa?
dhl o fedex?
solo correo o tmb privadas?
pa guayaquil usan servientrega o tramaco?
envian por cargo expreso o por forza?
mandan a nicaragua con alguna agencia?
pueden mandarlo a mi casillero de aeropost?
tienen envio por pedidosya?
no me importa lo que cueste ni cuanto tarde, solo quiero que sea por dhl
la empresa Envios Rapidos la usan? me la recomendaron
antes de comprar: mandan a paraguay o no llegan?
el envio gratis con que empresa lo mandan?
"""

DATA["authenticity"] = """
legit o fake bro?
son de marca de verdad?
tan barato y original? no creo
a ese precio es imposible que sea original, o si?
es replica espejo?
es chimbita o es original?
no es de gamarra, cierto? original?
el perfume es tester original?
tienen el qr de verificacion de la marca?
el codigo de la caja se puede verificar en la web de la marca?
son tienda oficial?
me mandas foto de la etiqueta pa ver si es original?
la camiseta de la seleccion es original de adidas o alternativa?
el switch es original de nintendo?
la memoria es sandisk real? hay muchas falsas con menos capacidad
el serum de the ordinary es original?
es de la marca que dice o es generico con el logo?
el termo stanley es original o de los chinos?
es original o de esos del tianguis?
tienen algo que demuestre que es original?
la bomba de agua es original toyota o alterna?
las bujias ngk son originales? dicen que hay truchas
dice made in china, eso quiere decir que es falso?
es 100 real no fake?
la pelota es la oficial del mundial o replica?
el oro es real??
las cartas pokemon son oficiales o fake?
el producto es importado legal y autorizado en el pais?
tengo dudas de si es original, como me convencen?
la whey es original? vi tarros falsificados
no pregunto si es buena, pregunto si es autentica
es la misma de la tienda oficial aunque este mas barata?
el precio es la mitad del de la marca, entonces es copia?
no quiero que me dure poco por ser pirata, es original?
el numero de serie del mouse logitech se puede checar?
ese bolso coach tiene el codigo interno de autenticidad?
son originales los stickers de la caja o estan reimpresos?
los tenis vienen con la etiqueta original de adentro?
las gafas traen el estuche y papeles originales de la marca?
me aseguras que no es clonado?
"""

DATA["quality"] = """
es buena?
sirve o no?
es de buena fabricacion?
que tal es?
aguanta?
vale la pena?
los comentarios dicen que se rompe rapido, es verdad? todavia no lo compro
el tacho de basura es firme o se dobla?
la carcasa es de plastico duro o de ese que se quiebra?
el motor es potente de verdad o se quema facil?
los juguetes de madera se astillan?
la goma de la suela se gasta rapido?
el esmalte dura sin descascararse?
la ropa de bebe aguanta lavadas o se pone fea?
se deforma con el uso?
el colchon es bueno pa la espalda?
sirve pa uso rudo?
el taladro aguanta concreto todos los dias o es de juguete?
la cafetera es de batalla o fragil?
las patitas del sillon son solidas?
es buena la bateria del cel o se descarga volando?
las pesas se oxidan?
el pelo de la peluca se enreda mucho?
es calidad exportacion?
que tan buenas son las llantas? cuantos km duran?
los audifonos se escuchan chidos?
vale lo que cuesta?
no es de esos que a la semana ya no sirven?
tiene buena terminacion la mesa?
la pantalla se raya facil?
los aretes se ponen verdes con el tiempo?
bien hechito?
mi hija es muy brusca, la muñeca le va a aguantar?
la cama elastica aguanta a 3 niños saltando?
en las reseñas dicen que se pela el cuerito, es asi?
no me importa si es original, quiero saber si dura
antes de comprarla: la mochila se descose facil?
no pregunto el material, sino si es de buena calidad
es original pero y la calidad que tal?
me dijeron que esa marca es mala, la de ustedes es buena?
"""

DATA["price_compare"] = """
xq tan caro si en otras tiendas sale menos?
diferencia entre el 1 y el 2?
el de 128 vale la diferencia con el de 64?
el de la foto 1 y el de la foto 3 que diferencia tienen?
por que el azul sale 10 mas?
por que en su tienda de mercadolibre esta distinto que en la web?
con la otra marca parecida que diferencia tiene?
por que cuesta el triple que uno generico?
en tiktok shop esta mas barato, por que?
en linio esta a menos, por que aca no?
en la tienda de la esquina esta menos, que tiene este?
por que vale mas que la version anterior si se ve igual?
cual es la diferencia de precio entre el original y el compatible?
entre la mesa de pino y la de roble por que tanta diferencia?
por que el mismo producto con otro nombre esta mas barato?
que cambia del basico al plus?
por que el mismo zapato en otra talla cuesta menos?
que justifica la diferencia con el de 30?
por que en su tienda de amazon esta mas barato que aqui?
no me quiero quejar, solo entender por que esta 30% arriba de otros
en carrefour esta a 19 y aca a 25, por que?
en la farmacia lo venden mas barato, por que aca no?
en sodimac esta mas barato, que pasa?
en ebay lo vi mas barato, hay alguna diferencia?
la version global y la china cual es la diferencia?
el de 110v y el de 220v por que distinto precio?
por que el reacondicionado esta casi al precio del nuevo?
diferencia entre la crema de dia y la de noche?
el set de 5 y el de 7 piezas, aparte de las piezas que cambia?
vi el mismo en otra publi tuya mas barato, cual es la diferencia?
no te pido rebaja, explicame por que el de otro vendedor esta a la mitad
el precio de ustedes es justo? en otros lados lo veo mas bajo
ambos dicen 1000 watts, por que uno cuesta el doble?
el de cuero y el sintetico que diferencia tienen aparte del precio?
por que el de 2 metros no cuesta el doble del de 1?
que diferencia hay entre el iphone de exhibicion y el sellado?
por que el pack de regalo sale mas que comprar todo suelto?
que tiene la version premium que no tenga la normal?
por que esta mas caro en la app que en la tienda fisica?
en pdd sale a 3 dolares, por que este a 12?
"""

DATA["color_difference"] = """
viene igual al color de la foto?
tal cual la foto?
es asi el color?
el tono cambia mucho en persona?
se ve distinto en vivo?
el arena es beige o gris en la realidad?
el terracota es mas naranja en la realidad?
la foto esta editada? lo digo por el color
el verde botella es asi de oscuro?
el negro mate se ve como en la imagen?
la pintura del carrito de juguete es igual de brillante que en la foto?
el rosa se ve mas palido en persona?
el tinte queda del tono de la foto de la caja?
el celeste bebe es como en el catalogo?
el azulino es asi de vivo?
tienen foto en exterior pa ver el tono?
la foto la sacaron con flash? el color se ve raro
el jade es mas verde o mas azul en vivo?
el marron de las botas es mas rojizo de lo que se ve?
el estampado trae los mismos colores que la foto?
el labial en la boca queda del mismo tono que en la foto?
el champagne se ve dorado o rosa en persona?
se nota diferencia de color entre la web y el real?
el gris topo como se ve en vivo?
el color humo de la foto es fiel?
los colores salen mas apagados que en las fotos?
se ve mas naranja que en la publicacion?
el blanco es blanco blanco o crudo?
el tono piel se ve rosado en la foto, y en la realidad?
el morado de las sabanas es igual al de la foto?
es el verde de la foto 2 o el de la foto 4? se ven distintos
en las fotos de clientes se ve otro color, cual es el real?
no vaya a llegar de otro tono que el de la imagen
el color del video y el de la foto no coinciden, cual es?
el amarillo es pastel como en la imagen?
es fiel el color?
el vino del bolso es mas cafe en persona?
no te pregunto si hay en otros colores, solo si el azul es como en la foto
ya se que hay stock del rojo, pero es ese rojo de la foto o mas oscuro?
la chaqueta verde militar se ve mas clara en persona?
"""

DATA["recommendation"] = """
ayuda a elegir porfa
cual me llevo?
cual es mejor pa mi?
busco algo pa regalar a un hombre de 40
que comida me recomiendas pa un gato castrado?
que shampoo me sirve pa pelo teñido?
que crema me aconsejan pa piel sensible con rosacea?
busco una freidora grande pa familia de 6
que proteina me recomiendas pa subir masa?
que aceite le pongo a mi moto 150?
quiero una silla gamer buena y barata, cual?
que celular me recomiendas pa mi abuela?
cual de sus colchones es mejor si duermo de lado?
me aconsejas un juego de mesa pa jugar en familia?
tienen algo pa un bebe que empieza a gatear?
que me sugieres pa decorar una sala chiquita?
pa mi novia en san valentin, que me sugieres?
necesito zapatillas de trail, que modelo me conviene?
me recomiendas un perfume de hombre que dure?
cual tablet es buena pa niños?
algun set de skincare pa empezar?
que herramientas me convienen pa hacer muebles en casa?
quiero ponerme en forma, que bici estatica me llevo?
que vestido me favorece si soy bajita?
me ayudas? no se cual comprar
el que mas recomiendas de todos?
tienen algo parecido pero mas chico?
busco algo similar a la foto que te mando
que pañales recomiendas pa recien nacido?
que calefactor me conviene pa un depto de 40 m2?
busco un juguete educativo pa 2 años
que cafe en grano me sugieres pa prensa francesa?
que ropa de gym me recomiendas pa empezar?
un regalo pa mi jefe, algo elegante?
entre la airfryer y el horno electrico cual me conviene?
asesorame pa armar un kit de camping
que termo me recomiendan pa el mate?
necesito algo pa el acne de mi hijo adolescente, que me das?
no se la diferencia de precios, solo dime cual comprarias tu
de los tres que tienen en stock, cual me recomiendas?
"""

DATA["invoice"] = """
dan factura?
con factura?
me das boleta?
el precio incluye iva y factura?
quiero que la factura salga a nombre de mi papa
mi RUT es 12.345.678-9, me hacen factura?
la factura sale con el precio con descuento o con el de lista?
pague con la tarjeta de mi hermana, la factura puede salir a mi nombre?
somos una ONG, me hacen factura exenta?
soy monotributista, que factura me dan?
necesito el CFDI timbrado
me mandan el complemento de pago de la factura?
ticket de compra porfa
necesito el recibo del pedido 55321 pa la obra social
recibo con sello y firma?
soy empresa, necesito comprobante con valor fiscal
la factura tiene validez en españa?
vivo en canarias, me hacen la factura sin iva?
la factura incluye el envio desglosado?
me cobraron bien pero la factura dice otro monto
puedo pedir factura de un pedido del mes pasado?
me llego la factura pero sin mi rfc
la boleta me la mandan por whatsapp?
pedi la factura hace una semana y no llega
meten la factura en la caja? es regalo y no quiero que vea el precio
me hacen factura consumidor final?
los datos pa facturar te los paso por aca?
donde pongo mis datos fiscales al comprar?
quiero facturar, como hago?
necesito boleta a nombre de la empresa
la factura va con IGV?
soy persona natural, me facturan con mi cedula?
me reenvian la factura del 3 de mayo? la perdi
el pago ya salio bien, falta nomas la factura
no es sobre el pago, es sobre la factura: sale con mi razon social?
pague en efectivo contra entrega, igual me dan comprobante?
la factura del envio la hacen aparte?
el cupon que use aparece en la factura?
necesito factura a nombre de la municipalidad, se puede?
me pasan el PDF del recibo? lo necesito pa la garantia del taller
"""
