"""Mensajes de compradores en español (ronda 4, contrastiva A: 15 intenciones de preventa y factura, usando vocabulario de la intención vecina pero con la intención propia clara), escritos a mano para entrenamiento."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["greeting"] = """
hola, vuelvo a escribir, soy la del pedido de ayer
buenas de nuevo, ya regrese, sigue alguien ahi?
hola otra vez jeje, esta la misma persona de antes?
buenas, antes que nada saludarte, ya te cuento
hola hola, perdon que te escriba a esta hora
buenas tardes, disculpe la molestia, esta atendiendo?
hola, espero que esten bien, alguien por aca?
buen diaa, feliz lunes, hay alguien en linea?
hola, buenas buenas, como andan por alla?
buenas noches, hay alguien despierto todavia?
hola buenas, ¿estás ahí todavía o ya cerraron?
hola vengo de instagram, buenas
saludos desde guayaquil, hay alguien?
hola desde houston 👋 estan?
ey buenas, me pasaron este numero, hola
buenas, es aca donde se hacen consultas?
holaa buenas, alguien me lee?
hola, buenas tardes, hay alguien disponible para atenderme?
hola q tal, te escribo para una consultita, estas?
hola, una preguntita, ¿hay alguien que responda?
Estimados señores, reciban un cordial saludo.
Buenas tardes. Le escribe el Sr. Ramírez, de Valencia.
ola bns
bnas tardes
hla buenas
hola wenas 😊
buenaaaas
👋 holaa, alguien?
hola??
hola amigo, como va todo?
hola primo, buenas buenas
buenas, qué onda, ¿hay alguien que atienda?
holis, andas por ahi?
buen dia vecina, esta abierto el chat?
hola, soy nuevo en la tienda, buenas
hola perdon, se me corto el chat, sigue usted?
"""

DATA["product_info"] = """
no te pregunto si es buena, solo de que material es el marco de la bici, aluminio o acero
la olla es de hierro fundido de verdad o es aluminio con pintura negra?
no me importa la talla, cuanto mide de largo la falda en cm
la cama mide 1.35 o 1.40 de ancho? es para saber si me entra el colchon que ya tengo
el color negro de la sarten es antiadherente de ceramica o de teflon?
el dorado del collar es baño de oro o acero inoxidable?
la version que tienen en stock trae el cargador en la caja?
el modelo que esta disponible es el de 2023 o el 2024?
el precio incluye la base de la lampara o solo la pantalla?
por ese precio viene el estuche de carga inalambrica o normal?
las llantas de 26 le quedan a una bici rodado 27.5?
la funda es compatible con carga magsafe o bloquea la carga
el cartucho 664 sirve en la hp deskjet 2675?
el mouse funciona con mac o solo con windows
el cargador del carro es de 12v o de 24v? tengo un camion
el reloj es resistente al agua para nadar o solo aguanta salpicaduras?
la crema es apta para embarazadas? no me digas si es buena, solo si se puede usar
el shampoo para perro tiene perfume o es neutro
el termo se puede meter al lavavajillas o se lava a mano?
el colchon viene enrollado al vacio o plano?
el sillon se arma o llega ya armado?
cuantos watts tiene la freidora de aire? mi instalacion es vieja
la plancha de pelo sube hasta cuantos grados
el vestido tiene forro o es transparente?
el brasier tiene varilla o es sin aro
la tienda de campaña es para 3 personas con mochilas o 3 apretados?
cuanto pesa el coche de bebe plegado, lo tengo que subir al auto sola
el libro es tapa dura o blanda? y esta en español de españa o latino?
el control de xbox trae pilas o bateria recargable?
la guitarra es de tapa maciza o laminada?
la funda del sofa se quita para lavar o es fija?
el protector de pantalla es de vidrio templado o plastico?
las vitaminas son capsulas o gomitas? mi hijo no traga pastillas
oye la camara de seguridad graba sin wifi en la micro sd?
el kit de herramientas trae las puntas torx o solo phillips y plana?
disculpe, ¿el humidificador se puede usar con aceites esenciales o solo con agua?
"""

DATA["size_advice"] = """
no quiero tener que devolverlo, asi que dime de una: M o L si peso 72 kilos
para no andar con cambios despues, el vestido talla S le queda a alguien de 1.65 y 58 kg?
antes de que se agote, la chaqueta viene ajustada o pido una mas?
ya vi que hay 40 y 41, cual de las dos pido si calzo 40.5?
la guia dice que el pecho mide 104 cm, eso me queda holgado si tengo 98 de pecho?
el pantalon mide 102 de largo, a mi que mido 1.70 me va a quedar largo?
si la polera dice oversize, pido mi talla de siempre o una menos?
el jean es stretch? lo pregunto para saber si pido 30 o 31 de cintura
uso 34 en levis, cual me toca en esta marca
calzo 9 en nike, en estas zapatillas que numero pido
soy 32C en victoria secret, que talla de sosten pido aca
mi bebe tiene 4 meses y pesa 7 kilos, que talla de pijama le compro
el anillo en talla 7 le queda a un dedo de 17 mm de diametro?
tengo la muñeca fina, 15 cm, la correa del reloj me va a quedar grande?
el casco de moto talla M es para cabeza de 57 o de 58 cm?
mi perro pesa 12 kg y mide 45 de cuello, que talla de arnes?
que talla de bici me corresponde si mido 1.62, cuadro 15 o 17
los guantes de box de 12 oz o de 14 oz si peso 80 kilos?
la faja reductora que talla pido si tengo 88 de cintura? no la quiero muy apretada
despues del parto subi dos tallas, el vestido de maternidad talla L me sirve todavia?
la camisa de mi esposo es 16 de cuello, eso en su tabla es M o L?
hola, me pasas la tabla de tallas de los uniformes de niños en cm por fa
se estiran con el uso las botas de cuero? para saber si pido justo o medio numero mas
encoge la sudadera de algodon al lavar? entonces pido una mas grande o no
es talla europea o americana? yo en europa uso 42
mi hija tiene 9 pero es altita, 1.42, que talla de leggins le pido
tengo 38 cm de pantorrilla, en las medias de compresion me toca la M o la L?
el body de la foto la modelo que talla lleva? yo mido lo mismo que ella
a mi que soy de espalda ancha me recomiendas la M o la L en la camisa slim?
la talla unica le queda a alguien talla 16 mexicana?
oye la gorra es ajustable o tengo que elegir talla? tengo cabeza grande jaja
en argentina soy 40 de zapatilla, eso en usa que numero es?
quiero regalarle un traje de baño a mi mama, usa XL en tiendas de aqui, que le compro
los tacones vienen de horma chica? para pedir un numero mas
Buenos días, ¿qué talla de abrigo me recomiendan? Mido 1,80 m y peso 85 kg, y lo quiero para llevar jersey grueso debajo.
"""

DATA["stock"] = """
no necesito que me asesores la talla, solo dime si queda la 38 en negro
la M todavia esta disponible o ya se acabo?
ya se que talla soy, la 42, hay o no hay?
me quedaria bien la XL pero no la veo, la van a volver a traer?
hay el mismo vestido en verde o solo en rojo?
el color de la foto lo tienen o solo los que salen en la lista?
cuando vuelve a haber stock del iphone 15 de 256 azul
me interesa pero dice agotado, lo reponen antes de navidad?
tienen 15 unidades del mismo termo para regalar en la oficina?
quedan pocas? lo veo con "ultimas unidades"
si lo compro ahora esta en existencia o es sobre pedido?
la talla 44 en azul marino la tienen o esta agotada?
me avisan cuando llegue la talla 10 de niño porfa
la app dice "sin stock en tu zona", hay en otra bodega?
en la tienda fisica de providencia tienen el mismo modelo?
el ps5 slim digital les queda alguno?
hay repuesto del cabezal del cepillo electrico o ya no lo fabrican?
la version de 110v todavia la tienen o solo 220?
y en talla S tambien hay? en rosado digo
el juego de sabanas queen hay en gris o ya no
todavía tienes el mueble tv de 1.80 o ya lo vendiste?
vi la funda ayer y hoy ya no sale, se agoto?
quiero el set de maquillaje de la navidad pasada, todavia les queda?
hay mas colores de la mochila aparte de negro y beige?
tienen la correa de 22 mm en cafe? la de 20 ya vi que hay
cuantas unidades tienen del tinte 7.1? necesito 6
hay existencias del pienso de gato sin cereales de 7 kg?
SIGUE HABIENDO O NO? llevo dias preguntando por la silla de auto
tienen el libro en tapa dura o solo queda el de bolsillo?
disculpe, ¿disponen todavía de la cafetera en color crema?
ola ay stok del cargador tipo c de 65w
dispo la XS?
se repone o fue edicion limitada?
hi, hay stock de los aretes de perla en plata? o solo dorado
si me espero a la semana que viene me quedo sin las zapatillas? cuantas quedan
"""

DATA["price_bargain"] = """
me cobras el envio pero me haces un descuento en el producto? asi igual lo pido
no tengo ningun cupon, pero igual me haces un descuentito?
ya se que no hay promo ahora, pero si te pago en efectivo me lo dejas mas barato?
en otra tienda lo vi en 45, me lo dejas en 45 y te compro a ti
no te pregunto por que es caro, solo si me lo rebajas a 300
amazon lo tiene a 89 dolares, me lo igualas?
bajame 10 lucas y cerramos trato con la bici
cuanto me cobras si me llevo las 6 sillas en vez de 4
que precio me haces por 50 tazas personalizadas? es para un evento
soy cliente de hace años, me haces precio especial en los audifonos?
te lo pago ya mismo si me lo dejas en 120 mil
el precio es negociable? el taladro lo quiero hoy
me das algo de descuento si te dejo buena reseña? bueno, si no igual lo compro jaja
redondeame a 50 euros y me lo quedo
ultima oferta: 70 soles por el conjunto de bebe
mi presupuesto es de 400, llegas a eso con la laptop?
si pago por transferencia me haces el 5% menos?
hazme un precio por el combo: la camara, el tripode y la memoria
me rebajas el vestido si me llevo tambien los aretes?
uy esta carito, no me lo dejas mas barato mi amor?
cuanto es lo minimo que aceptas por la freidora de aire
no hay un precio mejor para estudiantes? soy de la uni
compro al por mayor para mi tiendita, 30 perfumes, cuanto me sale c/u con rebaja
ME LO DEJAS EN 200 O NO? si no, me voy a otra tienda
oye y si me llevo el de exhibicion me lo rebajas?
tiene una rayita en la caja dice la descripcion, por eso no me lo deja mas barato?
se puede regatear o el precio es fijo?
bro 25 dolares por los dos cables y te pago ahora
Estimado vendedor, ¿podría ofrecerme un precio más competitivo si adquiero diez unidades del cartucho?
dejamelo a 1500 el colchon y el envio lo pago yo
si compro la guitarra y el amplificador juntos, cuanto me bajas
me das un 10% si te compro todos los meses la comida del perro?
ando corto este mes, me rebajas un poquito la mochila y la pido hoy?
mira pana, con 80 te compro la chaqueta, no tengo mas
"""

DATA["promotion"] = """
no te pido rebaja, solo quiero saber si tienen algun cupon activo
hay codigo de descuento para primera compra en la web?
el 20% del black friday se aplica tambien sobre lo que ya esta rebajado?
el 2x1 de perfumes sirve con dos perfumes distintos?
vi que la otra tienda tiene cupones, ustedes no tienen ninguno?
el cupon de 10 dolares me dice "compra minima no alcanzada", cuanto es la minima?
hasta cuando dura la promo de dia de la madre?
la promo de regalo con compra, cual es el regalo que dan con la licuadora?
si compro el celular me regalan la funda como dice el banner?
el cupon de la app se puede usar en la compra desde la computadora?
me llego un codigo por mail pero dice expirado, tienen otro vigente?
como funciona lo de los puntos, cuantos necesito para un descuento?
el cashback del 15% cuando me lo dan, al comprar o despues?
entra el colchon en las ofertas del cyber day?
tienen descuento con tarjeta del banco? vi algo de bbva
el regalo de la promo se elige o lo mandan al azar?
la promocion de "lleva 3 paga 2" aplica en tallas distintas?
el sorteo de instagram de la consola ya salio el ganador?
la oferta relampago de las 12 de que productos es?
si refiero a una amiga, cuanto le descuentan a ella y a mi?
tengo un cupon de 5 euros y otro del 10%, los puedo juntar?
el codigo del influencer LAURA15 sirve para la linea de skincare?
hay descuentos para la vuelta al cole en mochilas y utiles?
la promocion de san valentin incluye las joyas de plata o solo los relojes?
el precio tachado es una oferta real o siempre esta asi?
cuando empiezan las rebajas de verano en la web?
el regalo sorpresa que mencionan en la promo viene en el mismo paquete?
si pido hoy me entra la promo de fin de semana o empieza manana?
soy miembro vip, tengo algun descuento extra este mes?
la promo de 11.11 ya esta activa o hay que esperar a las 00:00?
HAY CUPONES O NO? no aparece nada en la seccion de ofertas
ola ay alguna promo pal dia del niño en juguetes
Buenas tardes, ¿existe alguna promoción vigente para la compra de material escolar por volumen para colegios?
el cupon de bienvenida es solo para la app o tambien para la tienda fisica?
y la promo del 30% incluye los tenis de running?
"""

DATA["shipping_fee"] = """
no me importa si tarda, solo dime cuanto cuesta el envio a rosario
con dhl cuanto sale el envio a quito? con la empresa que sea, quiero saber el precio
cuanto me cobran de envio express vs el normal
el envio es gratis o se paga aparte?
desde cuanto de compra es el envio gratis?
me faltan 5 euros para el envio gratis, o el envio sale igual gratis con 45?
el precio que dice ya incluye el envio a mi casa?
el cupon de envio gratis... no, pregunto si el envio a canarias sale gratis o se paga
cuanto es el envio a puerto rico? es usa pero no se si cobran extra
si compro 3 lamparas pago un envio o tres?
el sofa lo mandan gratis o el flete es aparte? es grande
cuanto cobran de flete a una zona rural de antioquia
el envio a domicilio cuesta mas que retirar en sucursal?
recoger en tienda es gratis?
cuanto es el costo de envio a bogota para un paquete de 2 kilos
me pueden bajar el envio? 15 dolares por una funda es mucho
cuanto me cobran de envio a valparaiso si compro las 2 mesitas?
el envio internacional a españa cuanto es y lo pago yo o ustedes
la tarifa de envio depende del peso o es fija?
si vivo en la misma ciudad me cobran el envio igual?
el envio prioritario cuanto sale aparte?
por que me sale 20 de envio si dice envio gratis en la foto?
cuanto me sale mandar la bici armada a monterrey?
vivo en tijuana, el envio lo cobran en pesos o en dolares?
el envio del aceite de motor a la patagonia tiene recargo?
hay costo de envio minimo o con cualquier compra es gratis?
para miembros prime es gratis el envio o igual se paga?
cuanto sale el envio a lima si pido 10 cajas de cafe
envio gratis a todo el pais o solo capital?
CUANTO CUESTA EL ENVIO? nadie me dice
bns cuanto sale el envio pa cordoba capital
cuanto es el shipping a miami?
Estimados, ¿podrían indicarme el importe de los gastos de envío a Palma de Mallorca para un pedido de dos cajas?
y a montevideo cuanto seria el envio?
hola, cuanto cobran por enviar el colchon a un tercer piso sin ascensor? el subirlo digo
"""

DATA["delivery_time"] = """
no quiero saber con que empresa, solo cuantos dias tarda en llegar a medellin
todavia no compro, si lo pido hoy llega antes del viernes?
con el envio express cuanto tarda? con el gratis no me importa el precio sino los dias
si lo mando a puerto montt cuanto se demora mas o menos
lo necesito para el 15 de diciembre, llega a tiempo si compro ahora?
es para un cumpleaños el sabado, me llega a valencia?
cuantos dias habiles tarda a cdmx
desde china cuanto tarda en llegar a argentina? antes de comprar quiero saber
el envio gratis tarda mas que el pagado? cuanto mas?
si pido un domingo cuando me llega
con correos cuantos dias tarda a sevilla? lo necesito rapido
llega en el dia si estoy en santiago centro?
cuanto demora la entrega a una isla, vivo en chiloe
tienen entrega en 24 horas a guadalajara?
la fecha que dice "llega entre el 10 y el 20" es real o suele tardar mas?
pedido antes de las 2 pm sale hoy y llega manana?
para el dia de la madre llega si lo compro esta semana? vivo en lima
el envio a canarias tarda mas por la aduana?
cuanto tardan los muebles grandes, el sofa por ejemplo
si pido la tinta hoy la tengo para el lunes? tengo que imprimir tesis
cuanto tiempo estimado de entrega a los angeles california
me voy de viaje el 3, llega antes o mejor no lo pido
las gafas graduadas cuantos dias tardan en llegar, que las hacen a medida no?
cuanto tarda en llegar a una zona rural de honduras
el plazo de entrega a madrid es de 48 horas como dice?
entre el pago y la entrega cuantos dias en total son?
llega antes de año nuevo a cali? es para la fiesta
CUANTO TARDA? necesito saber antes de pagar
en cuanto llega pa caracas
tarda mucho a uruguay?
estimado, ¿cuánto suele tardar un envío a Barcelona si realizo la compra hoy?
y a bucaramanga cuantos dias?
quiero el disfraz para halloween, si lo compro hoy 25 llega a tiempo a san juan?
cuanto se demora con el envio estandar comparado al rapido, los dias digo
entregan en fin de semana? necesito saber si llega el sabado
"""

DATA["courier"] = """
no te pregunto cuanto tarda, solo con que paqueteria lo mandan
me da igual pagar mas, lo pueden mandar por fedex?
envian a uruguay?
hacen envios a las islas canarias?
con que transportadora mandan a colombia, servientrega o interrapidisimo?
pueden enviarlo por chilexpress en vez de starken?
lo mandan por correo argentino o por andreani?
se puede mandar por estafeta? dhl no llega a mi pueblo
usan ups o usps para mandar a estados unidos?
envian a venezuela o solo a colombia?
lo puedo recibir en un punto de recogida de seur?
mandan con mrw o con correos?
hacen envios internacionales a francia? estoy de erasmus
puedo elegir la paqueteria al comprar o la eligen ustedes?
tengo casillero en miami, pueden enviar ahi?
envian a apartado de correos?
pueden dejarlo en un locker de amazon o solo a domicilio?
la empresa que usan entrega en zona rural o solo ciudad?
envian a paraguay por mercado envios?
hacen despachos a regiones o solo a santiago?
pueden mandarlo por bus, por encomienda? vivo lejos
si pido la tele, la trae el transportista de ustedes o una paqueteria?
ustedes envian a brasil? tem envio pro brasil?
con cual courier mandan a guatemala? para saber si lo recojo en agencia
podrian enviarlo con olva courier a cusco?
mandan a puerto rico o se considera internacional?
envian con dhl express o con una empresa local?
la paqueteria que usan deja el paquete con el portero?
me lo mandan por 99 minutos? vi que lo tienen
envian a ecuador? con que empresa?
Estimados, ¿realizan envíos a Andorra? En caso afirmativo, ¿con qué transportista?
ENVIAN A BOLIVIA O NO?
hola se puede mandar por paquetexpress y no por estafeta
y a costa rica mandan?
no quiero correos, que la ultima vez me lo perdieron, pueden mandarlo por otra empresa?
"""

DATA["authenticity"] = """
no me importa tanto la calidad, quiero saber si es original o replica
es apple original o es compatible? los airpods digo
el perfume es original de la marca o es imitacion tipo 1.1?
la bolsa michael kors es autentica o AAA?
los tenis jordan son originales? vienen con su etiqueta y caja de nike?
el reloj casio es original, tiene numero de serie?
se puede verificar el imei del celular en la pagina de samsung para ver que es original?
el cargador es original de samsung o generico?
la playera del madrid es la oficial o es replica de aficionado?
el maquillaje es original? en otras tiendas venden falsos
la crema la reciben directo de la marca o de revendedores?
traen certificado de autenticidad las joyas de oro?
el oro es de 18k real o es chapado? tiene sello?
la plata es 925 de verdad? tiene el grabado?
son distribuidores autorizados de dyson?
el toner es original de hp o es remanufacturado?
las vitaminas son las originales de usa o son copia? vi que hay falsificadas
el lego es original o es de esas marcas chinas que copian?
el tinte de pelo es de la marca de verdad? el precio es muy bajo
tiene holograma de autenticidad la caja?
es nuevo y original o es reacondicionado?
la licencia de windows es original o es pirata?
la gift card de playstation es legal, comprada oficialmente?
no quiero que sea fake, es el original de la marca?
el precio esta muy barato comparado con la tienda oficial, es falso?
el iphone es original de apple o es clon? lo quiero para mi hija
el casco es homologado original de la marca o imitacion?
los repuestos son originales de fabrica o alternativos?
es sellado de fabrica el juego de switch?
ESTO ES ORIGINAL O PIRATA??
es orijinal?
bro son legit o fake?
Buenas tardes, ¿podrían confirmarme que el bolso es auténtico y que incluye factura de la boutique?
y el serum tambien es original o solo el perfume?
estos lentes ray-ban traen la marca grabada en el cristal? para saber si son originales
"""

DATA["quality"] = """
no pregunto de que esta hecha, sino si la mesa aguanta el uso diario con niños
se le despega la suela con el tiempo? es antes de comprar, para saber si duran
es original, ok, pero es de buena calidad o se rompe facil?
la tela destiñe despues de varias lavadas?
aguanta el peso de una persona de 100 kilos la silla?
la bateria del celular dura bien con los años o se degrada rapido?
la pintura del coche de juguete se descascara facil?
el acero de los cuchillos se oxida o mantienen el filo?
la freidora es de buena calidad o es de esas que se rompen en meses?
la funda protege de verdad si se cae el celular?
los auriculares se escuchan bien o el sonido es malo?
el colchon se hunde con el tiempo?
la mochila aguanta peso o se descose de las asas?
que tan resistente es la maleta? viajo mucho
la camara graba bien de noche o sale mala la imagen?
el tapete se hace bolitas con el uso?
la plancha de pelo quema el cabello o es buena?
las ollas rayadas se ponen? o aguantan bien
la bici aguanta caminos de tierra o es solo para ciudad?
el juguete es resistente? mi hijo lo destruye todo
el maquillaje dura todo el dia o se cae con el calor?
el perfume dura en la piel o se va en una hora?
el hilo de la costura de los jeans es fuerte?
el ventilador hace ruido o es silencioso?
el sofa se ve bien pero la calidad es buena? no quiero que se desarme
el anillo se pone negro con el tiempo?
los ganchos de la cortina son fuertes o se doblan?
que tal la calidad de las sabanas? son suaves y duran?
la calidad de la tela es buena o es de la que se rompe a los dos usos?
la tinta es buena o mancha el papel?
ES BUENA O ES BASURA? sean honestos
q tal es la calidad del reloj? sirve?
Buenos días, ¿podría indicarme qué durabilidad tiene el suelo laminado en zonas de mucho tránsito?
y el otro modelo es igual de resistente?
el mando se le rompen los botones rapido? vi varios comentarios y antes de comprar quiero saber
"""

DATA["price_compare"] = """
no te pido descuento, solo quiero entender por que cuesta el doble que en amazon
por que aca esta mas caro que en mercado libre?
cual es la diferencia entre el de 30 y el de 50 dolares? se ven iguales
que tiene de mas el modelo pro para costar 200 euros mas?
por que el negro cuesta mas que el blanco si es el mismo?
en la tienda oficial esta mas barato, por que ustedes lo venden mas caro?
la talla xl cuesta mas que la m, por que?
por que la version de 256 gb vale tanto mas que la de 128?
que diferencia hay entre la crema de 50 ml y la de 100 ml aparte del precio?
por que subio el precio desde la semana pasada?
la semana pasada estaba en 40, por que ahora 55?
el mismo perfume en sephora esta a 80, por que aca 95?
por que es mas caro aca que en la tienda fisica?
por que el set cuesta mas que comprar las piezas por separado?
vale la pena pagar la diferencia por el de acero inoxidable vs el de aluminio?
que justifica el precio? se ve muy parecido a uno de temu
cual es la diferencia entre estos dos taladros? uno es de 80 y el otro de 150
por que el envio... no, digo, por que el producto es mas caro en su app que en la web?
el modelo 2023 y el 2024 que diferencia tienen, el precio es muy distinto
por que el mismo libro tapa blanda esta casi igual que tapa dura?
por que en aliexpress lo venden a la mitad?
que tiene este colchon que no tenga el de 300?
la funda de 15 y la de 25 que diferencia tienen?
POR QUE TAN CARO SI EN OTRO LADO ESTA MAS BARATO?
xq esta mas caro q en shein?
porq vale mas el rosado q el azul
explicame la diferencia de precio entre la cuna convertible y la normal
la consola en su web esta mas cara que en walmart, hay alguna razon?
en que se diferencian los audifonos de 50 y los de 120? para saber si vale la pena
Estimados, ¿a qué se debe la diferencia de precio entre su tienda y el distribuidor oficial para la misma referencia?
por que el precio de la comida de gato de 10 kg no es mas barato por kilo que la de 3?
y el de la otra marca por que es mas barato?
el precio por unidad sale mas caro en el paquete de 6 que en el de 3? no entiendo
por que cobran mas por el mismo vestido en talla grande? me parece injusto, explicame
hay diferencia de calidad entre el de 20 y el de 40 o solo es la marca?
"""

DATA["color_difference"] = """
no quiero que me llegue algo distinto, el color del sofa es igual que en la foto?
para no tener que devolverlo, el beige es como se ve en las fotos o mas amarillento?
el rojo de la foto es el real o esta editado?
la ultima vez me llego otro tono de otra tienda, este azul es fiel a la imagen?
el color en persona es igual al de la foto? el verde oliva
las fotos son reales o son de catalogo? me importa el tono
se ve mas oscuro en persona el vino?
el gris del celular es mas claro que en la foto?
la sombra de ojos tiene el mismo color que el swatch de la foto?
el dorado se ve amarillo chillon en persona o es como la foto?
el tono nude de la base es igual al de la imagen?
el rosa palo de la foto sale mas fucsia en persona?
el color del cabello de la peluca es el mismo que en la foto o mas rojizo?
las fotos tienen filtro? el blanco se ve azulado
no me interesa la talla, solo si el color es como en las fotos
la madera de la mesa es del mismo tono que en la foto o mas oscura?
el negro es negro de verdad o tira a gris como en la foto?
el verde menta de la foto es asi de claro en vivo?
el tapiz gris perla sale igual que en la foto o mas oscuro?
el celeste de la ropa de bebe es como se ve aca?
el color del esmalte en la uña es igual que en el frasco de la foto?
el lila del vestido se ve igual en la realidad?
me puedes mandar foto real sin filtro? quiero ver si el color es igual
la foto del producto con luz natural es igual al color real?
en mi celular se ve turquesa y en la compu azul, cual es el real?
la correa del reloj color camel es como en la imagen?
el color de la pintura de pared sale igual que en el catalogo?
en la foto la lampara se ve blanca calida, el metal es ese color?
EL COLOR ES IGUAL A LA FOTO?? no quiero sorpresas
el color es igualito al d la foto?
color de la foto = color real? el mostaza
Buenos días, ¿el tono de la tela de las cortinas coincide fielmente con el de las fotografías del anuncio?
y el marron tambien es fiel a la foto?
hay diferencia de color entre la foto y el producto real? el rosa
el azul petroleo del anuncio es el mismo que llega o es mas verdoso?
"""

DATA["recommendation"] = """
no se que talla ni que modelo, me ayudas a elegir unos audifonos para correr?
cual me conviene mas, el de acero o el de aluminio, para cocinar todos los dias?
entre estos dos celulares cual me recomiendas para fotos?
busco algo resistente al agua para ir a la playa con el celular, que tienen?
que me recomiendas para un niño de 5 años que le gustan los dinosaurios?
necesito un regalo para mi suegra, que le puedo comprar por 30 euros?
que laptop me recomiendas para estudiar diseño grafico?
no se que crema comprar, tengo piel grasa con acne, que me sirve?
que perfume me recomiendas para mujer, algo dulce pero no empalagoso?
busco una mochila para la uni que aguante la laptop, cual me recomiendas
estoy buscando un regalo para un gamer, ideas?
que me recomiendas para limpiar el cuero del sofa?
cual es mejor para principiante, la guitarra acustica o la electrica?
que juguete me recomiendas para un perro que muerde todo?
busco lampara para leer en la cama que no moleste a mi pareja
que coche de bebe me recomiendas para ciudad, liviano y que se pliegue facil
tengo pies planos, que zapatillas me recomiendas para caminar?
quiero empezar a hacer ejercicio en casa, que me recomiendan comprar primero?
que cafetera me recomiendas si tomo mucho capuchino?
cual de las dos sillas es mejor para la espalda?
busco un vestido para boda de dia, que tienen?
que tinte me recomiendas para tapar canas sin amoniaco?
necesito algo para organizar el closet, que me sugieren?
que reloj inteligente me recomiendas para android, presupuesto 100 dolares?
para acampar en la montaña que tienda me recomiendan?
que set de ollas me conviene para una pareja que recien se muda?
no se cual elegir entre las tres freidoras, cual es la que mas te gusta?
que me recomiendas para regalar en un baby shower?
QUE ME RECOMIENDAS?? estoy perdida con tantos modelos
q me recomiendas pa mi papa q cumple 60
cual es mejor?
Buenas tardes, busco un regalo para un compañero que se jubila y le gusta la jardinería. ¿Qué me sugieren?
y para el cabello rizado cual?
busco un libro para aprender ingles desde cero, cual es bueno?
tengo un presupuesto de 200 mil pesos para un monitor, cual me conviene para jugar y trabajar
"""

DATA["invoice"] = """
ya pague el pedido, ahora me mandan la factura?
el pago ya se hizo, pero necesito el comprobante fiscal con mi rfc
no tengo problema con el pago, solo necesito la factura a nombre de la empresa
me mandan la factura? la tarjeta me cobro bien, todo ok
necesito factura para poder pedir el reembolso a mi empresa
pague con paypal y necesito la factura con iva desglosado
antes de pagar, me pueden hacer una factura proforma?
la factura me salio sin el iva separado, la pueden corregir?
me pueden hacer la factura con mi cuit? soy responsable inscripto
necesito la boleta electronica del pedido 4477120
me hacen factura a nombre de mi negocio? es persona juridica
necesito un recibo para el seguro medico, lo pueden emitir?
me llega la factura con el paquete o por correo?
la factura esta a nombre equivocado, la pueden rehacer?
se puede pedir factura despues de la compra o tiene que ser al momento?
me mandas la factura en pdf al correo?
mi contador necesita la factura con el numero de orden, me la envian?
el recibo que me llego no sirve para la contabilidad, necesito factura
factura con nit por favor, pedido 99881
necesito ticket de compra para la garantia
quiero la factura en dolares, no en pesos
me hacen la factura a mi nif intracomunitario?
en la factura pongan mi direccion fiscal nueva porfa
necesito la factura de la devolucion, la nota de credito
la factura tiene que llevar el logo de la tienda? me la piden asi en la oficina
donde descargo la factura en la app?
se puede emitir factura a un cliente del extranjero?
me mandan la factura con mi ruc para la universidad?
NECESITO LA FACTURA YA, me la piden hoy en el trabajo
fact porfa del pedido #10234
me das el recibo?
Estimados, solicito la factura correspondiente al pedido AE-88231 a nombre de Servicios Ortega S.L., CIF B12345678.
y la factura del segundo pedido?
el cobro ya salio de mi cuenta hace tres dias pero la factura no me ha llegado, me la reenvian?
necesito que la factura diga "equipo de computo" y no "accesorios", se puede?
"""
