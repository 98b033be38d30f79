"""Mensajes de compradores en español (ronda 5, amplitud de vocabulario regional, parte a) (training set)."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["greeting"] = """
que onda, hay alguien por ahi?
buen día, ¿me atiende alguien, che?
quiubo parce, alguien en linea?
wena, hay alguien atendiendo?
habla causa, atienden a esta hora?
epa buenas, quien me atiende?
buenas bo, hay alguien del otro lado?
pura vida, buenas tardes, estan en linea?
wepa, saludos desde bayamon, alguien ahi?
klk, hay alguien pa atender?
hi, hola, hay alguien que hable español?
holiii, alguien x aki? 🙋‍♀️
¿Qué tal? ¿Hay alguien al otro lado del chat?
hola majo, estais por ahi?
quihubole, buenas noches
ke onda stan?
Buenas tardes, ¿se encuentra alguien disponible?
alo? hay alguien
buenos dias, mucho gusto, me pueden atender?
Saludos cordiales. Quisiera comunicarme con alguien de la tienda.
hola vos, estás?
buen diaaa gente ☀️ hay quien atienda?
ola ai alguien
bunas noches
wenas wenas
hola mi rey, estan atendiendo?
saludos desde tegucigalpa, hay alguien en el chat?
buenas, ¿con quién tengo el gusto?
hola, estan activos?
oye hola, contestan por aca?
buenas mi pana, hay alguien?
qué hubo, ¿alguien me lee?
ey que tal 😄
aló, buenas, alguien en el chat?
hola, ¿hay alguien de turno?
buenas noches, disculpe la hora, ¿alguien disponible?
holaa amiga, estas?
buenass, hay alguien q me ayude?
hola buen dia desde los angeles, alguien por aqui?
buenas tardes caballero, ¿me lee?
"""

DATA["product_info"] = """
la polera es de algodon o poliester?
la remera es 100% algodón?
la playera se puede meter a la secadora?
la franela es de algodon peinado?
las zapatillas tienen plantilla extraible?
los tenis son impermeables o se mojan?
las deportivas llevan suela de goma?
las ojotas son de goma o de plastico?
la chompa es de lana de alpaca o acrilico?
el buzo trae capucha?
la sudadera tiene forro polar por dentro?
el saco es de lana o de poliester?
la campera es impermeable o solo rompeviento?
la chamarra trae forro?
el jean es elastizado o rigido?
El pantalón vaquero lleva elastano?
los mahones son stretch?
el bluyin es de tiro alto?
las medias son de algodon o de nylon?
los calcetines son termicos?
a la mochila le cabe una laptop de 15.6?
¿De cuántas pulgadas es la pantalla del portátil?
la compu viene con windows instalado?
el celu es liberado o viene bloqueado a una compañia?
¿El móvil tiene ranura para dos SIM?
el cel es dual sim?
la licuadora funciona a 110v?
la plancha de pelo es bivolt? aca es 220
la heladera tiene freezer?
la nevera es no frost?
cuantos litros tiene el refri?
el sartén va en vitro de inducción o solo a gas?
el buzo se lava a mano o va al lavarropas?
la funda del cojin se puede meter en la lavadora?
el bolso es de cuero natural o ecocuero?
cuanto mide de alto la mesa?
medidas del colchon de plaza y media porfa
los audífonos traen cancelación activa de ruido o solo pasiva?
¿Los cascos tienen bluetooth 5.0?
los auriculares son compatibles con iphone?
el anillo es de acero quirurgico?
el protector solar es resistente al agua?
cuanto pesa la bici? 🚲
la silla de paseo del bebe es plegable tipo paraguas?
la carriola trae portavasos?
"""

DATA["size_advice"] = """
que talle me recomendas si mido 1.70 y peso 65?
calzo 38 europeo, que numero pido?
yo calzo 7 de US, que talla seria aca?
en mexico soy del 25, cual me llevo?
la horma es angosta? tengo el pie ancho
vienen chicos o grandes los tenis?
pido mi talla normal o una mas?
tienen la tabla de medidas del vestido?
me pasas la guia de talles?
uso M en zara, que talla me corresponde aca?
mi hijo tiene 8 años, que talla de polera le queda?
soy talla 12 de pantalon colombiana, cual seria?
que talla de faja pido si tengo 80 de cintura?
tengo 90 de busto, S o M?
mi brasier es 34B, que talla pido?
¿Qué talla de sujetador equivale a una 85B?
mi pie mide 26 cm, que numero me toca?
kiero la chompa pero no se q talla, mido 1.60
los jeans tallan pequeño?
mido 1.55, el pantalon me quedara muy largo?
me queda bien la L si peso 80 kilos?
entre la 40 y la 41 cual? estoy justo en medio
para un bebe de 6 meses que talla de mameluco?
el enterito para bebe de 9 meses, 6-12 o 12-18?
la XL le queda a alguien de 100 kg?
mi talla de anillo es 7, cual pido?
la campera es entallada? me conviene un talle mas?
q talla m recomiendas, soi 36 de pecho
el calzado va justo o tiene holgura?
uso 9.5 UK, q talla pido
En tallaje español soy una 42, ¿a cuánto equivale?
el vestido ajusta mucho? soy de caderas anchas
mi nene calza 30, le pido el 31 para que le dure?
mido 1.85, el buzo me quedara corto de mangas?
en colombia calzo 37, eso es un 6 gringo?
peso 58 kg y mido 1.62, con que talla quedo bien?
en argentina soy 44 de pantalon, que talle tomo?
la gorra es talla unica o hay que medir la cabeza?
que talla de guantes si mi mano mide 20 cm?
🤔 S o M? soy flaquita pero alta
"""

DATA["stock"] = """
hay stock del buzo gris en L?
queda en negro talla 40?
tienen existencias de la chamarra azul?
todavia hay o ya se agoto?
cuando reponen la mochila rosa?
¿Vuelve a entrar el modelo en blanco?
les llega mercaderia nueva esta semana?
en bodega tienen el 38?
hay del color mostaza?
lo tienen en otro color aparte del negro?
manejan talla XXL?
hay disponibilidad de la playera en verde?
aun tienen la polera en talla S?
salio agotado, cuando lo vuelven a traer?
hay mas unidades? quiero 5
pa cuando hay restock??
¿Tienes el 42 en marrón?
lo hay en cafe?
hay en celeste?
lo manejan en azul marino?
me avisan cuando haya en M porfa
queda alguno en talla unica?
quedan tenis blancos del 26?
ay stok del 39 🙏
tienen la franela en talla M?
aun hay pijamas de nena en 4 años?
la edicion limitada sigue disponible?
cuantas piezas les quedan?
¿Cuántas unidades tenéis del mismo?
esta en existencia o es sobre pedido?
el 41 aparece sin stock, es un error?
hay el mismo pero en cuero marron?
tienen la version de 128 gb o solo la de 64?
la talla S se repone o ya no la van a traer?
sigue estando disponible el que publicaron ayer?
che tenes las ojotas en 37?
hay la chompa en plomo?
tienes el vestido en color vino?
quedan del pack de 3?
lo siguen vendiendo o lo descontinuaron?
"""

DATA["price_bargain"] = """
me lo dejai en 18 lucas y lo paso a buscar?
cuanto es lo menos?
ultimo precio pa llevarlo ya?
hazme un precio si me llevo dos
me hace una rebajita, vecino?
si pago en efectivo me haces descuento?
si te transfiero por sinpe me lo dejas mas barato?
pago por yape, me bajas un poquito?
te pago con nequi de contado, me rebajas algo?
que precio de mayoreo me das por una docena?
me lo dejas en 15 mil pesos?
te ofrezco 40 dolares, va?
en 300 soles cerramos?
Le doy 25 euros y me lo llevo.
¿Me lo dejáis un poco más barato?
no hay un descuentito para mi que siempre les compro?
bajale un poco porfa
esta muy caro, no me lo dejas en menos?
1500 pesitos y me lo llevo hoy
y si me llevo 3 cuanto me rebajas?
a cuanto me lo dejas si compro pa revender?
q precio m das x 10 unidades
precio mas bajo xfa
un 10% menos me lo haces, compa?
se puede negociar un poco el precio?
el precio es conversable?
¿El precio es fijo o se puede hablar?
hazme un descuento bro, soy de aqui mismo
cuanto lo menos en bolos?
me lo dejas en 100 quetzales?
rebajame algo mano
si compro el celular con la funda me haces rebaja?
se puede bajar el precio pagando de contado?
dame un precio de amigo 😅
te doy 30 mil mangos y listo
en 800 varos te lo compro
20 barras y me lo llevo, hagale
cuanto es lo minimo que aceptas?
pagando en dolares me haces mejor precio?
soy revendedor, me das precio de distribuidor?
bajale tantito, no?
si te pago en cash me rebajas algo?
"""

DATA["promotion"] = """
tienen algun cupon pa primera compra?
el codigo de descuento donde lo pongo?
el cupon tiene condiciones? no se aplica en el carrito
van a tener ofertas en el hot sale?
participan en el cyberday?
para el buen fin van a tener promociones?
el 2x1 aplica en todas las tallas?
la promo 3x2 es con productos iguales o se pueden mezclar?
viene con algun obsequio?
regalan algo con la compra? 🎁
mandan muestras gratis con el pedido?
como participo en el sorteo de instagram?
¿Cómo canjeo mis puntos?
cuando empiezan las rebajas de verano?
la liquidacion de fin de temporada hasta cuando dura?
el 30% ya esta aplicado o se descuenta al pagar?
me pasaron el codigo ANA10 de una influencer, sirve?
el black friday tambien vale en la web?
tienen promo para el dia de la madre?
hay descuento por cumpleaños?
hay reintegro pagando con mercado pago?
con tarjeta bbva hay alguna promo?
tienen club de beneficios o membresia?
¿El cupón BIENVENIDA15 es acumulable con la oferta?
se pueden juntar dos cupones?
q onda con la promo del banner, como funciona?
hasta que hora esta vigente el flash sale de hoy?
hay alguna promocion vigente?
hay descuento para estudiantes con carnet?
si refiero a una amiga me dan algo?
van a tener ofertas para el cyber monday?
me llego un mail con un codigo pero ya vencio, hay otro?
en la app hay cupones distintos que en la web?
¿Dónde veo las promos del mes?
tienen chollos esta semana?
hay ofertones? 🔥
la promo de lleve 2 pague 1 sigue?
el sorteo ya salio? quien gano?
cupones pa hoy? 🙏
la gift card que me regalaron como se usa?
el descuento del dia del padre se aplica solo?
hay alguna oferta en las mallas enterizas?
"""

DATA["shipping_fee"] = """
cuanto sale el envio a cordoba?
el flete a monterrey cuanto es?
cuanto vale el domicilio a chapinero?
el despacho a viña del mar tiene costo?
el delivery a miraflores cuanto cuesta?
cuanto cobran de delivery a maracaibo?
¿Cuáles son los gastos de envío a Canarias?
el envio es sin cargo?
a partir de cuanto es envio gratis?
si compro dos pago un solo envio?
el porte lo pago yo o va incluido?
me sale mas barato el envio si retiro en sucursal?
el flete va por cobrar o pagado?
el envio a montevideo cuanto es en pesos?
costo de envio a san pedro sula?
cuanto es el shipping pa puerto rico?
me cobran envio si vivo en la capital?
hay envio gratis a todo el pais?
el envio a guayaquil cuanto me sale?
con envio incluido cuanto quedaria todo?
el precio ya tiene el envio o es aparte?
me hacen el envio gratis si llevo tres?
el flete esta carisimo, no me lo pueden rebajar?
¿Cuánto es el envío a mi CP 28013?
para el codigo postal 06700 cuanto cobran de envio?
cobran extra por enviar a zona rural?
cuanto cobran por mandar a las baleares?
el envio express cuanto cuesta?
cuanto me cobran de envio a chiriqui?
envio gratis x compras mayores a cuanto?
el envio sale en 0?
¿Se paga algo de envío al recibir?
flete gratis??
mandan free el envio? 🚚
cuanto cuesta mandar a el paso tx?
hay recargo por envio a la patagonia?
el precio del envio es por kilo?
el envio a santo domingo cuanto es?
cuanto es el costo de envio a ushuaia?
el envio a la sierra cuesta igual que a lima?
"""

DATA["delivery_time"] = """
cuanto demora en llegar a rosario?
en cuantos dias habiles llega a medellin?
cuanto se demora a concepcion?
si compro hoy, para el viernes me llega?
llega antes de navidad a lima?
¿Qué plazo de entrega tenéis a Sevilla?
cuanto tiempo tarda el envio a guadalajara?
cuantos dias tarda en llegar a caracas?
si pido ahora llega para el cumple de mi hija el sabado?
a maldonado en cuanto estaria?
el envio express en cuanto llega?
tarda mucho? lo necesito pa la semana q viene
cuanto tarda a puerto rico por correo?
en cuantas horas llega si es en la misma ciudad?
hay entrega el mismo dia en cdmx?
¿Me llegaría en un día laborable a Alcalá de Henares?
cual es el tiempo de entrega estimado a quito?
me llega en menos de una semana a tegus?
cuanto se tarda a san salvador?
para cuando lo tendria si compro ahorita?
cuanto demora el despacho a regiones?
a provincia tarda mas que a la capital?
a texas cuantos dias?
llegaria antes del 15? viajo ese dia
cuanto tiempo aprox tarda en llegar?
los pedidos internacionales cuanto demoran?
si lo pido hoy cuando me llegaria?
tarda como un mes si viene desde china?
cuantas semanas de espera son?
en un par de dias me llega?
llega rapido a la paz?
demoran mucho los envios al interior?
tiempo estimado de llegada a valparaiso?
en cuantito me cae el paquete? 📦
si compro el lunes, el miercoles ya esta en mi casa?
a margarita cuantos dias tarda?
a ciudad de guatemala cuanto tiempo se tarda?
hay entrega en 48 horas a bogota?
lo necesito urgente, en lo mas rapido cuanto llega?
¿Cuánto tardáis en entregar en Galicia?
"""

DATA["courier"] = """
con que paqueteria envian?
mandan por estafeta?
se puede por correo argentino a sucursal?
envian por andreani u oca?
trabajan con servientrega o interrapidisimo?
me lo mandan por coordinadora?
despachan por chilexpress o starken?
envian por olva o por shalom?
mandan por mrw o zoom a valencia carabobo?
se puede enviar por tealca?
¿Lo enviáis por SEUR o por Correos?
que empresa de mensajeria usan?
mandan a ponce con el correo postal gringo?
hacen envios a estados unidos?
envian a españa desde mexico?
mandan a uruguay por dac?
hacen envios a el salvador?
¿Envían a Costa Rica por Correos de Costa Rica?
puedo retirar en un punto pack?
lo puedo recoger en una agencia de olva?
envian a punto de recogida o solo a domicilio?
lo pueden dejar en una sucursal de chilexpress?
mandan con dhl express?
usan fedex para los internacionales?
tengo casillero en miami, envian ahi?
envian a un PO box?
despachan pa santo domingo este o solo pa la capital?
mandan a venezuela o no llegan alla?
trabajan con cargo expreso pa guatemala?
puedo mandar mi propio motorizado a recoger?
puedo mandar un rappi a buscarlo?
envian por 99minutos en cdmx?
por cual transportadora despachan?
por que courier mandan?
hacen envios internacionales a canada?
lo pueden mandar por bus como encomienda a osorno?
envian por via cargo al sur?
¿Se puede enviar a Canarias o solo a la península?
me lo pueden mandar por gls?
mandan por ups a new york?
envian con redpack? 📮
usan 4-72 o solo privadas?
"""

DATA["authenticity"] = """
son originales o replica?
esto no es trucho, no?
no sera chimbo, cierto?
es pirata o es de marca?
son bambas o son originales?
es clon o es el autentico?
es copia AAA o original?
son legitimos los airpods?
es importado original de usa?
trae certificado de autenticidad?
viene con holograma y numero de serie?
son distribuidores autorizados de nike?
el perfume es original o de imitacion?
es el perfume original o uno inspirado en?
la camiseta del barça es oficial o de las chimbas?
los jordan son de fabrica o replica 1:1?
puedo verificar el imei con apple para ver que es original?
la cartera michael kors es legit?
es falsificado?
me garantizas que es 100% original?
que prueba me das de que no es imitacion?
es producto genuino?
es la marca verdadera o una parecida?
se que hay muchas copias, estos son verdaderos?
el maquillaje es original? no quiero uno pirata que me de alergia
son de los mismos que venden en la tienda oficial?
es mercancia original o generica?
¿Son auténticas las zapatillas Adidas?
no sera fake? 🤨
es fake o real?
los lentes ray ban son originales?
el reloj casio es original o es chino?
el labial de mac es original?
el balon adidas es oficial?
la crema cerave es original? he visto falsas
el cable que traen es de samsung legitimo o alternativo?
¿Las gafas son Oakley de verdad?
los tenis son originales originales? no quiero cuates
esa gorra new era es autentica o imitacion?
ese pantalon levis es original, no?
"""

DATA["quality"] = """
es chafa o si es de buena calidad?
no es berreta?
aguanta el uso diario?
a la tela le salen pelotitas?
le salen bolitas despues de lavar?
se destiñe con las lavadas?
las costuras son firmes?
que tal el acabado?
es resistente o se rompe facil?
dura bastante o a los meses ya se daña?
vale la pena o es plata botada?
es de batalla? la quiero pa la obra
los tenis aguantan pa jugar futbol a diario?
la suela se despega rapido?
el cierre es bueno o se traba?
¿La cremallera es resistente?
el estampado se cuartea con el tiempo?
la pintura se pela?
que calidad tiene la tela, no se ve barata?
es fino o es corriente?
el cuero es de buena calidad?
la mochila es robusta? aguanta peso?
las patas de la silla son firmes o se tambalean?
me va a durar o es desechable?
los audifonos son buenos? el sonido es de calidad?
la calidad es como se ve en las fotos o peor?
q tal la calidad?
es bueno bueno o mas o menos?
las ruedas de la valija aguantan?
la funda protege de verdad si se me cae el celu?
esta bien hecho? no quiero que se descosa
los materiales son de primera?
es de calidad premium o estandar?
es pa durar años o pa una temporada?
el collar se pone negro con el tiempo?
los tacones son firmes o se tuercen?
es una porqueria o si sirve? jaja
de verdad es buen producto? 🤔
la bici es de buena calidad o se desarma?
el sillon es de buena factura o se hunde rapido?
"""

DATA["price_compare"] = """
por que esta mas caro que en mercado libre?
en aliexpress lo vi a la mitad, por que tan caro?
en amazon esta 20 dolares menos, por que?
en falabella sale mas barato, por que la diferencia?
en liverpool lo tienen en menos, por que aqui cuesta mas?
¿Por qué en El Corte Inglés está más barato?
en coppel esta a 1200, por que ustedes a 1500?
en ripley lo vi mas economico, xq?
en el exito esta mas barato, por que aca no?
que diferencia hay entre el modelo pro y el normal?
por que la misma cartera en negro sale mas cara que en beige?
por que la version de 256 sale tanto mas?
que diferencia hay entre el de 80 y el de 120 aparte del precio?
en shein hay uno igualito mas barato, cual es la diferencia?
en temu lo venden a 5 dolares, porq aca 20?
por que en la app cuesta distinto que en la web?
en la tienda fisica esta mas barato que online, por que?
porque mas caro q la competencia?
que tiene este de especial para costar el doble?
¿Por qué hay tanta diferencia de precio entre el de algodón y el de poliéster?
entre el modelo 2023 y el 2024 q cambia?
el kit y la unidad suelta, que diferencia hay?
otra tienda de instagram lo tiene mas barato, xq?
en el tianguis lo consigo a la mitad, por que aca tanto?
en la feria lo venden mas barato, por que?
en gamarra lo encuentro a 30 soles, por que aca 60?
en la salada esta mucho mas barato, que cambia?
en el san andresito lo venden mas barato, por que?
en walmart esta mas barato, por que?
en paris lo vi con mejor precio, por que?
el precio es mas alto que en la pagina oficial de la marca, por que?
por que subio el precio si la semana pasada estaba mas barato?
que diferencia hay entre el de 500 y el de 900?
por que el pack de 3 no sale mas barato que comprar sueltos?
cual es la diferencia entre la version europea y la americana?
por q tan caro si en otro lado esta mas barato? 😒
en el mercadito de mi barrio esta a la mitad, por que?
en coolbox lo vi mas barato, por que ustedes mas?
por que el mismo perfume en 100 ml cuesta casi el triple que el de 50?
"""

DATA["color_difference"] = """
el color es igual al de la foto?
es tal cual la imagen o cambia el tono?
en la foto el beige se ve rosado, en persona como es?
el verde es mas oscuro en vivo?
tienen fotos reales sin filtro para ver el color?
el celeste es como se ve o mas fuerte?
el azul de la foto es real?
el palo de rosa se ve igual o mas apagado?
el concho de vino es asi de oscuro como en la foto?
el color plomo es mas claro en persona?
el cafe de la foto es el mismo que llega?
en la foto el marron se ve chocolate, llega igual?
hay diferencia de color entre la foto y el producto?
cambia mucho el color con la luz?
en la foto se ve blanco puro, llega asi o es mas hueso?
en mi pantalla se ve morado, es morado o azul?
el rojo es como en el anuncio?
se ve igual que en la publicacion?
el dorado se ve muy amarillo en la foto, en real es asi?
el tono nude es el de la foto o mas oscuro?
el color de la base coincide con la muestra de la foto?
la foto no tiene mucho filtro? quiero saber el color verdadero
me mandas una foto con luz natural para ver el color real?
q tan fiel es el color de las fotos?
el lila es asi de clarito o mas intenso?
el fucsia sale mas chillon en persona?
el negro de la foto es negro o gris oscuro?
el color crema se ve amarillento en persona?
el camel es tal cual se ve?
la foto es del producto real o de catalogo? el color es el mismo?
el verde menta llega igual o mas verde?
vi comentarios que dicen que el color cambia, es cierto?
el color varia mucho respecto a la foto?
colores iguales a los de la foto? 🎨
el azul rey es como en la foto o mas bajito?
el gris jaspeado se nota igual en persona?
el rosado es clarito como en la imagen o mas fuerte?
salen del mismo color que en el video?
el vino tinto se ve igual o es mas rojo?
el coral de la foto es mas naranja o mas rosado en vivo?
"""

DATA["recommendation"] = """
q me recomiendas pa regalarle a mi novio?
busco unas zapatillas para correr, ¿cuál me aconsejas?
ando buscando unos tenis para el gym, que tienen?
necesito una campera para la nieve, cual me sugeris?
cual me conviene para la playa?
que me sugieres para un bebe recien nacido?
tienen algo lindo para regalar el dia de la madre?
quiero un vestido para un matrimonio de dia, que me recomiendan?
busco una chompa abrigadora para ir a cusco
cual es el que mas se llevan los clientes?
estoy entre estos dos modelos, cual me llevo?
necesito un regalo para mi suegra, presupuesto 30 mil pesos
que me recomiendas para piel grasa?
busco audifonos para el bus, que me aconsejas?
tienen algo para el frio que no sea tan caro?
que mochila me sirve pa la universidad?
para una quinceañera que vestido me recomiendas?
quiero algo pa mi sobrino de 10 años, le encanta el futbol
asesoria para escoger una licuadora porfa
que me aconsejas para caminatas largas?
busco un traje de baño que disimule la panza
¿Qué bañador me recomendáis para nadar en piscina?
que malla enteriza me recomendas para la pileta?
que me recomiendas pa un viaje a la montaña?
necesito algo para la lluvia en bogota
ayudame a escoger una cartera para el trabajo
no se que elegir, que me recomiendan?
cual es el mejor patin para principiantes?
busco zapatos comodos pa estar parada todo el dia, soy enfermera
me ayudas a elegir un regalo de aniversario? 💝
que celular me recomiendas hasta 200 dolares?
recomiendame algo lindo pa mi mama
cual de sus cremas es buena pa las manchas?
quiero armar un outfit para una entrevista, que me sugeris?
algun consejo de que ponerme pa la graduacion?
busco algo unisex para regalar, ideas?
q almohada me recomiendas para dormir mejor?
tengo 50 lucas, que me puedo llevar para mi polola?
que juguete me aconsejas para un niño de 3 años?
busco una parrilla para el patio, cual me conviene?
"""

DATA["invoice"] = """
me pueden dar factura?
necesito boleta
emiten factura con rut?
me hacen factura A? soy responsable inscripto
facturan CFDI? te paso mi RFC
necesito factura con RUC para mi empresa
dan factura electronica con NIT?
me hacen factura de credito fiscal?
necesito comprobante fiscal con NCF
¿Me podéis hacer factura con mi NIF?
la factura viene con el IVA desglosado?
me envian el recibo por correo?
me pasas el comprobante de compra?
necesito el ticket de la compra para rendir gastos
la boleta viene en el paquete o la mandan al mail?
se puede facturar a nombre de mi empresa?
se puede hacer la factura a nombre de otra persona?
me podes hacer factura B?
necesito un recibo para presentar en el trabajo
la factura la puedo pedir despues de comprar?
me equivoque en el RFC de la factura, se puede corregir?
no me llego la factura al correo, me la reenvian?
pueden poner mi razon social en la factura?
factura con uso de CFDI G03 porfa
me dan boleta o factura?
hacen factura con CUIT?
¿Me dais ticket regalo? Es para un cumpleaños.
el recibo puede ir sin precio? es para regalo
quiero una factura proforma antes de pagar
la factura es electronica o fisica?
pueden facturar con mi rut de empresa?
me mandan la factura en pdf y xml?
me emiten un recibo para mi contabilidad?
donde descargo mi factura?
factura plis 🙏
necesito la boleta pa la garantia
me facturan con cedula juridica?
ocupo factura, me la hacen?
la factura sale con mi CIF de autonomo?
mi contador me pide factura, la emiten?
"""
