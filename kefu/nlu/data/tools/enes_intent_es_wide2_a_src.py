"""Mensajes de compradores en español (ronda 2, variedad amplia A: 15 intenciones de preventa y factura, con forma de chat real), escritos a mano para entrenamiento."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["greeting"] = """
hola de nuevo, sigo por aca, hay alguien?
volvi, estan ahi todavia?
buenas, me pasaron este chat desde instagram, hay alguien atendiendo
Hola buenos días, espero que usted está bien, hay persona presente en el chat
hey hola, anybody? alguien que hable español
olá buenas tardes, tem alguien ahi para atender
hola, se corto el chat de antes, me leen ahora?
buenas noches desde san salvador, estan activos
alo? estoy escribiendo hace rato
hola hola, siguen en linea o ya cerraron
que tal buenas, hay alguien ahi del lado de la tienda
Buen día. Escribo nuevamente por este medio; quedo atento a que alguien se conecte.
holaaa 👋👋 alguien
buenas buenas, hay alguien de guardia hoy que es feriado?
que hubo pues, hay alguien por ahi
hola soy yo otra vez jaja, hay alguien
buenas tardes, hace un rato hable con una chica, sigue ahi?
hola good morning, hay alguien?
hello buenas, someone aqui?
ey buenas, andan por ahi?
hi hola 🙂
buenas noches, todavia estan atendiendo a esta hora o ya no
hola buenas, escribo desde tenerife, hay alguien conectado
buenos dias, bendecido dia, hay alguien que me lea
Hola, buenos días tenga usted, me comunico para saludarle y saber si hay atención ahora.
holi, me reciben?
buenas, probando probando, llega el mensaje?
que onda banda, alguien conectado
aver hola, hay alguien despierto
buenas tardes señorita o señor, se encuentra alguien
hola, me dijeron que escribiera por aqui, hay alguien?
buenas vos, estas?
hola hola, apareci 😅 hay alguien en linea
buen dia amigos, presentes?
hola hermano, estas por ahi?
wepa, saludos desde puerto rico, hay alguien
hola buenas, escribo de parte de mi mama, hay alguien que nos atienda
buenas, alguien me puede leer? ✋
ola k ase, ay alguien
buenas de nuevo!! ya regrese del trabajo, siguen conectados?
"""

DATA["product_info"] = """
y en la version de 24v tambien trae el controlador incluido?
hola buenas, el panel solar de 100w sirve para cargar una bateria de 12v o necesito algo mas
el amortiguador es para moto o para carro? dice universal
la pastilla de freno le sirve a la yamaha fz 2019
y para la version de 150 cc tambien le queda?
la boquilla es de 0.4 mm y va en la ender 3 v2?
el filamento pla es de 1.75 o de 2.85
el foco inteligente funciona con alexa sin hub?
el enchufe smart trabaja con wifi de 5ghz o solo 2.4
la rodillera ortopedica tiene varillas laterales? es para despues de una cirugia de menisco
la bota ortopedica se puede mojar en la ducha
el filtro del acuario es para cuantos litros
el calentador de pecera va sumergido completo o solo una parte
la sewing machine hace ojales automaticos o hay que hacerlos a mano
el hilo es de poliester o algodon? lo quiero para coser un vestido de quince
el rosario es de madera de verdad o plastico pintado
la imagen de la virgen es de resina o de yeso, cuanto mide de alto
el uniforme escolar es antiarrugas o hay que plancharlo
los lentes de contacto son de uso mensual o diario?
los lentes traen filtro de luz azul o es cristal normal
la peluca de cabello natural se puede planchar con calor?
las extensiones de clip cuantos gramos traen en total
el gel para uñas seca con lampara uv o led
el cafe viene en grano o molido
el te matcha es grado ceremonial o culinario
la gift card de 50 sirve para usar en la tienda de mexico o solo usa
el codigo de steam es para region latam?
el ropero viene armado o hay que armarlo? trae los tornillos y las instrucciones
el vestido de maternidad tiene abertura para dar pecho despues?
dice "resistente al agua IP65" en la camara de seguridad, eso quiere decir que aguanta lluvia directa?
en la descripcion pone "apto lavavajillas", la tapa tambien?
el vendedor me dijo que el taladro trae 2 baterias, me confirman?
Hola, la máquina de café hace leche espuma también o solo café negro? Gracias por la respuesta.
la bateria portatil cuantos watts da? quiero conectar un mini refri de 60w en el camping
el cable sirve para iphone 15 o só para android? obrigada
y el de 2 metros es del mismo grosor?
la silla de ruedas se pliega para meterla en el maletero de un auto chico?
la cerradura inteligente abre si se va la luz o el internet
el aceite es sintetico 10w40 o semisintetico, es para moto 4 tiempos
hola buenas tardes, estoy armando mi primer acuario de 60 litros para bettas y guppys y vi su kit, queria saber si la luz que trae sirve para plantas naturales o es solo decorativa
"""

DATA["size_advice"] = """
y la XL cuanto mide de pecho? yo tengo 112
estoy embarazada de 5 meses, subo una talla o la de maternidad ya viene con espacio para la panza
uso 2XL en blusas, en su tabla plus que seria, 1X o 2X?
mi hijo tiene 7 años y mide 1.30, el uniforme en talla 8 o 10?
mi cabeza mide 58 cm, el casco de moto en M o en L?
que tamaño de gorro de peluca pido si mi cabeza mide 57 cm, la medium me queda?
mi rodilla mide 40 cm de contorno arriba de la rotula, que talla de rodillera
tuve cesarea hace un mes, antes era talla M, ahora cual faja me pido
tengo la cara ancha, el armazon de 52 mm me va a quedar chico?
con busto 96 y cintura 80 que talla de vestido de novia me toca en su tabla
en usa soy 9.5 de tenis, eso es un 42 europeo?
el vendedor me dijo que pida una talla mas, es cierto que vienen chicos?
en la tabla dice "largo 68 cm" pero no se si es con cuello o sin cuello, pido la L o la XL
Hola, yo soy de altura 1.75 metro y peso 80 kilo, cual talla es la correcta para mí de la chaqueta?
cual size me recomiendas, usually soy medium pero esta marca corre small?
eu uso talla M no brasil, aca cual seria? moro en montevideo
la 3XL le quedara a mi papa que pesa 120 kilos y es bajito?
ok, y si la niña crece rapidito le pido la 10 de una vez o le va a quedar enorme
mi mano mide 21 cm, que talla de guantes de moto
antes usaba 34B y con el embarazo ya no se, que talla de sosten de lactancia pido
que talla de traje de comunion para un niño de 9 años gordito
que talla de traje de neopreno si mido 1.68 y peso 70
estos leggins de maternidad, pido mi talla de siempre o una mas?
no se el numero de anillo de mi novia, le queda mi anillo del meñique que es un 8, cual le pido
la plantilla ortopedica viene por talla de zapato, calzo 40, pido la 39-40 o la 40-41
mi camisa es 16 de cuello, en ustedes seria S M o L?
el pijama lo quiero holgadito, subo una talla?
el cuello de mi gato mide 25 cm, que arnes le pido
Buen día, mi esposa usa talla 46 española en pantalón y estamos dudando entre la 2XL y la 3XL de su guía. ¿Cuál nos aconseja?
talla p o m? 1,60 y 58 kg
y en el pantalon lo mismo? o ese viene mas chico que la camisa
mido 1.90, que talla del enterizo pido para que no me quede corto de tiro
hola mira te cuento mi hijo va a entrar a primero de secundaria y necesita la camisa y el pantalon del uniforme el mide como 1.55 y es flaquito no se si pedirle la 14 o la 16 que me aconsejas
que talla de casco de bici para una niña de 5 años
hace rato me dijeron talla 38 pero mi pie mide 25 cm, seguro es la 38?
la talla grande de ustedes es americana o mexicana? uso 18W
pido la 40 o la 42 del vestido si soy ancha de hombros pero de cadera chica
mi bebe tiene 4 meses y pesa 8 kilos, el mameluco de 3-6 ya le queda justo?
la faja de compresion talla L para 90 cm de cintura o me voy a la XL
que talla de chaleco salvavidas para un adulto de 95 kilos
"""

DATA["stock"] = """
y en negro hay?
y en talla 12? lo mismo, hay?
la del 12 tambien se agoto?
hola buenas tardes, tienen todavia las pastillas de freno para la pulsar ns 200
dice "sin stock" en la pagina pero en el anuncio de face sale disponible, hay o no hay
el bot me dijo que les llega mercaderia el lunes, es cierto? quiero el filamento petg negro
Hola, ¿el producto es existente en el color azul? Espero su respuesta.
tienen el smart plug en stock o esta sold out
tem en stock la peluca rubia? la quiero para este fim de semana
cuantas unidades les quedan del panel solar de 200w? necesito 6
el kit de uñas acrilicas ya volvio? hace dos semanas estaba agotado
tienen el uniforme completo, falda talla 10 y camisa talla 12?
las lentillas de -2.50 las tienen o solo hasta -2
el armazon carey para adulto aun hay?
la faja de maternidad talla L se acabo?
el te de manzanilla de 100 sobres lo tienen o solo el de 25
el cafe de altura en grano hay? en la web dice proximamente
hay tarjetas de regalo de 100 o solo de 25 y 50
tienen repuesto de la bomba del acuario sunsun 2000 o hay que encargarlo
quedan figuras del niño dios de 30 cm?
hay velas blancas de primera comunion? necesito 40
tienen camino de mesa dorado pa boda? necesito 15 metros
ok, y para cuando la reponen
y la misma en 3XL? me dijiste que la 2XL no quedaba
la de 500 gr ya no la veo, la descontinuaron?
la sillita de auto la manejan en gris o nomas en negro
el rodillo de bici ya tiene existencias o sigue en preventa
todavia hay peluca lace front de 26 pulgadas color miel
el foco inteligente lo tienen en paquete de 4 o solo individual
volvio a entrar la lavadora de 18 kg? me dijeron que entraba este mes
Buenas noches, el mes pasado quise comprar la cuna convertible en blanco pero salía agotada y me dijeron que reponían a mediados de mes. Ya estamos a 20 y sigue igual. ¿Saben cuándo vuelve?
no hay rodillera talla S? solo veo M y L
siguen teniendo el tinte de cabello 6.1?
me avisan por whats cuando llegue el casco talla M porfa
el filtro para la honda cb190 lo tienen o esa moto no la trabajan
van a sacar mas de la edicion limitada o ya no
hay pero en morado?
queda una sola? la quiero
cuantas te quedan de las azules
tienen la boquilla 0.6 o solo la 0.4
"""

DATA["price_bargain"] = """
y si me llevo las dos? cuanto me las dejas
ok pero en 1800 si te lo compro hoy?
dijiste 95 mil, dejalo en 85 y cerramos
hola buenas! el panel solar esta en 320, me lo deja en 280?
soy mecanico y compro seguido, me hace precio de taller en las pastillas?
Estimado vendedor, ¿es posible darme un precio más bajo? Yo compro dos piezas.
me das un discount si compro el bundle de 3 smart plugs?
me faz un descontinho si llevo 3 pelucas?
para la boda necesito 120 centros de mesa, que precio me dan por esa cantidad
somos de la parroquia y vamos a comprar 50 biblias, nos hacen un precio especial?
son 3 uniformes pa mis 3 hijos, rebajeme algo señito
el kit de uñas esta caro pa mi bolsillo, bajale un poquito y lo pido ya
los lentes con antirreflejo me los deja en 1200? ya tengo la receta
no hay un descuentito por pagar con transferencia en vez de tarjeta
el mes pasado te compre la impresora 3d, ahora quiero los repuestos, me haces precio de cliente?
le quitas los 0.99 y me lo llevo jaja
ayer su compañera me dijo que me lo dejaba en 60, sigue en pie?
dale, 45 dolares final final por la lampara solar
que es lo menos que me dejas el acuario de 100 litros con el filtro
descuento x volumen? voy a pedir 20 rollos de filamento
mire yo soy jubilada y vivo de mi pension, la silla de ruedas esta muy cara, no me la puede rebajar aunque sea un poco
te doy 150 por el casco y los guantes, ni uno mas
bajame 5 lucas y te compro las dos fajas
tengo 90 euros justos para la cafetera, me hace el favor?
hermano, con 100k te compro ahorita mismo la bateria de litio
ya no tienes margen pa bajarle?
se puede negociar el precio de la cama con el colchon? me llevo todo
me dejas los tres paquetes de cafe en 25?
si compro la gift card de 100 me la vendes en 90?
ok y si te compro 4 en vez de 2, cuanto me quedaria cada una
antes de pagar, me puedes rebajar el kit de costura a 30 soles?
amigo cual es su best price por 10 piezas? soy de guatemala
EL PRECIO ESTA MUY ALTO, BAJELO Y LO COMPRO
oferta: 70 por el rosario de plata. acepta?
me lo pones a 30 pavos y me lo quedo, que ya no me da para mas
le mando el pago ya mismo si me baja un 10%
uy no, mas baratito no? es mi plata del mes
la mesa la vi en 4.200 y tengo 3.800, nos arreglamos?
compro las cuatro llantas juntas, que precio me haces por el juego
si me espero a fin de mes no me lo rebajas igual? lo quiero ya
"""

DATA["promotion"] = """
y el cupon sirve tambien para los lentes de contacto?
hola buenas, la promo de 3x2 en cafe sigue o ya termino
me sale "cupón no aplicable a este producto", por que? es el panel solar
la app dice "descuento de bienvenida 15%" pero al pagar no se refleja, como se aplica
el influencer dijo que con el codigo MARIA20 dan 20%, en que productos vale
Hola, ¿hay un cupón de descuento para el comprador de primera vez? Gracias.
hay algun promo code para el cyber monday? quiero la smart lock
tem cupom de descuento para la primera compra? soy de brasil pero moro en asuncion
en el hot sale van a tener la impresora 3d en oferta o no entra
la promo dice "envío gratis + regalo", cual es el regalo?
hay descuento de regreso a clases en uniformes escolares
vi en su historia de insta un sorteo de kits de uñas, como participo
tienen algun combo o paquete promocional para bodas?
la promocion del dia del padre incluye herramientas?
se pueden juntar dos cupones en el mismo pedido?
el cupon se me vencio ayer, no me lo pueden reactivar?
tengo puntos acumulados, se pueden cambiar por una tarjeta de regalo?
el 10% por suscribirme al newsletter nunca me llego al correo
y ese descuento es acumulable con el de la tarjeta bbva?
vi la oferta flash de la peluca pero ya no aparece, se acabo?
hacen descuento de cumpleaños? el mio es el 12
con el acuario regalan el alimento o eso era antes
el 2x1 de lentes de sol aplica tambien para los graduados?
cuando es su proxima liquidacion? quiero comprar la cuna
en semana santa hacen promo en articulos religiosos?
hay precio especial de preventa si reservo ya el dron?
las ofertas del 11.11 empiezan a la medianoche de china o de mexico?
el codigo de referido de mi prima me da descuento a mi tambien o solo a ella
la ruleta me dio "cupón 8€ en compras +60€", lo puedo usar en los muebles?
cuando ponen cupones de la tienda otra vez? los de la semana pasada se agotaron
si compro 2 kits de costura me regalan las tijeras como dice la publicacion?
hay descuento para personal de salud en las medias de compresion?
la promo es solo online o tambien en la tienda fisica
Buenas tardes. En el correo promocional mencionan un 25 % en la línea de té orgánico. ¿Es necesario introducir algún código o se aplica automáticamente en el carrito?
hola mira vi que tienen la promo de compre un pack de cafe y lleve una taza gratis pero no me sale la taza cuando lo pongo en el carrito como hago
cupones hoy?
hay flash sale esta semana
el black friday aplica en repuestos de moto?
con la maquina de coser regalan el curso online? lo vi en un video de ustedes
tengo una gift card que me regalaron, se puede usar junto con el cupon de 10%?
"""

DATA["shipping_fee"] = """
y a chile cuanto sale el envio?
ok y si son 3 paneles? el envio es el mismo o se multiplica
hola buenas tardes, cuanto me cuesta el envio de la cama con colchon a valledupar
en el carrito dice "envío: calculado en el siguiente paso" y luego me salen 18 dolares, por que tanto
Hola, ¿cuánto es el costo de envío hacia Ecuador para la pieza de motocicleta?
el shipping a texas es free si paso de 50 bucks?
cuanto custa el frete hasta porto alegre? y a montevideo?
el envio del acuario de 200 litros tiene cargo extra por ser fragil?
con la suscripcion mensual de lentillas el envio sale gratis?
por el tamaño del ropero, el envio a tegucigalpa cuanto seria
si recojo en bodega me ahorro el envio? estoy cerca de quilicura
cuanto es el minimo para envio sin cargo en argentina, tengo 28 mil en el carrito
tu compañero me dijo que el envio era gratis a partir de 2 piezas pero me lo estan cobrando
el envio lo cobran aparte o ya esta en el precio de 45 euros
cuanto sale el envio express a la ceiba? es el filtro del acuario
las pastillas de freno pesan poco, por que el envio sale 12 dolares
envio a zona rural de boyaca cuanto vale
lo del envio gratis es para todo el pais o solo capital
cuanto cobran de envio a mi po box de miami
cuanto sale el despacho a punta arenas po
costo de envio del kit solar a isla margarita
me sale envio 0 en la app pero en la web 6.99, cual es el real
si pido el cafe cada mes me cobran el envio cada vez?
y el envio de la 2da unidad? tambien se paga completo
el flete de la maquina de coser hasta cochabamba cuanto seria
el envio me sale mas caro que las uñas jaja, no hay envio economico?
se puede mandar con flete por cobrar? prefiero pagar el envio en destino
cuanto me cobran por mandar 100 recuerdos de boda a puebla, pesan bastante
estoy en el bronx, cuanto me cobran de shipping por las extensiones
Buenos días. Querría saber si el envío a Ibiza tiene algún recargo respecto a la península para una silla de ruedas plegable.
hola mira queria comprar el uniforme completo de mi hija pero no se cuanto me va a salir el envio hasta villa maria cordoba me podes decir mas o menos
envio free?
costo de mandarlo a cali?
el envio de los santos de yeso tiene recargo por fragil
por que me cobran 3 envios si es un solo pedido
hay envio gratis para miembros o hay que pagar la membresia
y si lo retiro en la agencia en vez de domicilio, sale mas barato?
el envio a quetzaltenango cuanto es
el domicilio en medellin lo cobran o es gratis desde 100 mil
el recargo por zona remota tambien lo cobran en aysen?
"""

DATA["delivery_time"] = """
y a chile cuanto tarda?
necesito las velas antes del 15 para la primera comunion, si compro hoy llegan a tiempo?
la boda es el 8 de junio, si pido los centros de mesa esta semana me llegan a sevilla?
necesito el uniforme antes del lunes que empiezan clases, estoy en quito
en la ficha dice "entrega estimada 12-25 días", en la practica cuanto tarda a bogota?
Hola, ¿cuántos días es necesario para llegar a Guatemala el paquete?
cuanto tarda el delivery a orlando? lo necesito for the weekend
quanto tempo demora en llegar a rivera uruguay?
el kit solar cuanto tarda en llegar a la paz bolivia, es para una finca
si hoy es martes y pago ya, para el viernes esta en valencia?
cuanto tardan los lentes graduados en llegar? porque los hacen con mi receta no
la peluca me llega antes de halloween a phoenix?
cuanto se demoran los repuestos de la moto en llegar a barranquilla, tengo la moto parada
ok y con express en cuanto llega?
mi vuelo sale el 3, si compro ahora me llega antes a mi casa en lima?
en cuanto llega el filamento a monterrey? se me acabo a media impresion
la gift card digital llega al instante al correo o tarda?
cuanto tiempo tarda el sofa cama en llegar a malaga, lo fabrican bajo pedido?
una semana llega? a cordoba
dias habiles o naturales? lo de 5 a 7 dias digo
para el dia del padre alcanza a llegar a mendoza?
mi bebe nace en 2 semanas, la cuna llega antes a san jose costa rica?
y a las islas tarda mas? es para tenerife
cuanto tiempo en llegar a arica el te? es para un regalo
Buenas tardes. Tengo un evento el próximo 12 de octubre en Valladolid. Si realizo hoy el pedido de la decoración, ¿podrían garantizar la entrega antes de esa fecha?
hola mira te explico se me murio el calentador del acuario y los peces no aguantan el frio entonces necesito saber si me llega rapido a puebla o mejor lo busco en otro lado
lo ocupo pa mañana, se puede?
tarda mucho a venezuela?
si compro del almacen de españa tarda menos que de china?
en cuantas horas entregan en cdmx con envio flex
si lo compro el 15 llega a puerto rico antes de navidad?
cuanto se tarda en llegar a managua mas o menos
mas o menos cuantas semanas a la habana
la bateria solar es pesada, eso hace que tarde mas en llegar a cusco?
es para el cumple de mi hija el sabado, si pido hoy jueves llega a rosario?
la semana que viene me mudo, llega antes del 28?
y al interior cuantos dias? vivo en salta
tiempo de entrega para alcala de henares
cuanto tarda el envio normal vs el prioritario a lima
cuanto demora el uniforme a ciudad de guatemala? entran a clases el 10 de enero
"""

DATA["courier"] = """
y a chile envian?
que paqueteria mandan a cancun, dhl o estafeta
en la ficha dice "transportista: YunExpress", ese llega a argentina?
Hola, ¿ustedes hacen el envío a República Dominicana? ¿Con cuál compañía?
hacen shipping a puerto rico con usps o solo fedex
voces mandan para el brasil? o solo para argentina y uruguay
el panel solar lo mandan por carga pesada o paqueteria normal?
el escape de la moto lo pueden mandar por servientrega a pasto?
para el sofa usan transporte propio o una agencia?
pueden mandarlo por encomienda de bus? asi me llega al pueblo
trabajan con olva courier o shalom? estoy en huancayo
hacen envios a las islas galapagos?
envian a cuba por alguna agencia?
me lo pueden mandar a una agencia de carga en miami? yo lo reenvio a honduras
lo pueden dejar en un punto pack de chilexpress
ok y a bolivia? tambien por dhl?
mi cuñado vive en madrid, le pueden enviar alla directamente
pueden mandarlo con correos de mexico? dhl no entra a mi rancho
se puede recoger en la tienda fisica en vez de que lo manden?
cual es el courier para uruguay, ues o dac?
el acuario lo mandan con una empresa que maneje vidrio o con cualquier paqueteria
mandan a alaska? vivo en anchorage
llegan a rio gallegos o hasta donde llegan
envian por cruz del sur o marvisur a arequipa
las lentillas se pueden enviar a andorra?
a que paises mandan? estoy en belice
se puede enviar a isla de pascua
envian por oca o por via cargo? prefiero via cargo
envian cafe a canada? vivo en toronto
buenas noches, hacen envio a el salvador? por cual empresa
con que transportadora mandan a pereira? interrapidisimo?
prefiero que no sea por correos, pueden usar mrw?
hacen envios a guinea ecuatorial?
Buenos días, ¿con qué empresa de mensajería realizan los envíos a Portugal? Quisiera saber si trabajan con CTT.
hola mira yo vivo en nueva york pero el regalo es para mi mama en el salvador entonces quiero saber si ustedes lo pueden mandar directo alla o solo dentro de usa
fedex o dhl?
llega a venezuela por zoom?
puedo mandarles mi propia guia de estafeta para que lo envien con esa?
envian por cargo expreso a nicaragua
el paquete lo trae el cartero o una empresa privada?
"""

DATA["authenticity"] = """
y el de 100 ml tambien es original?
hola buen dia, la pastilla de freno es original honda o alternativa
el anuncio dice "calidad original", eso es lo mismo que original?
dice "genuino" en el titulo pero el precio es muy bajo, de verdad es autentico?
Hola, ¿este producto es genuino de la marca o es una copia? Necesito el verdadero.
es legit o es fake? no quiero un knockoff
é original o é replica? no quiero pagar por falsificado
los lentes de contacto acuvue son originales con registro sanitario?
el filamento es esun original o generico con etiqueta pegada?
los codigos de xbox game pass son legitimos o de esos que despues te banean la cuenta
el repuesto para la impresora 3d es creality original?
el modulo de la camara ring es original?
el regulador de carga victron es genuino? hay muchos clones
el cafe juan valdez es el original de colombia o imitacion
los esmaltes opi son originales? porque en el mercado hay truchos
la faja colombiana es hecha en colombia de verdad o es china?
el armazon ray-ban trae el logo grabado en la lente? asi se si es original
la caja trae holograma o sello del fabricante para saber que es autentica?
me pasan foto del numero de serie pa comprobar que es original
ustedes son tienda oficial de la marca o revendedores?
la rodillera donjoy es la original?
los accesorios de la thermomix son originales o compatibles
la bateria es bosch original o la pintaron
y el cargador que viene con el? tambien original o generico
las extensiones son remy originales?
la crema la roche-posay es original, viene de farmacia?
CUIDADO QUE YA ME ESTAFARON UNA VEZ, ES ORIGINAL SI O NO
Estimados: antes de adquirir el amortiguador, ¿podrían confirmarme que se trata de una pieza original del fabricante y no de una réplica? El taller solo acepta piezas originales.
hola fijate que mi primo compro un perfume aqui y le dijeron que era falso porque no duraba nada entonces quiero saber si todos sus perfumes son originales o no
es ori o replica?
falso?
la biblia reina valera es edicion autorizada de la sociedad biblica?
el vestido es de la diseñadora o es inspirado en el?
sellado y original?
el casco shoei es legal o es imitacion china
los airtag son de apple de verdad
la mercaderia es importada original o es de la feria
mi amiga dice que en esta tienda todo es replica, es cierto?
el te dice origen japon, es japones de verdad o solo la etiqueta
las tarjetas de itunes son compradas en tienda oficial o de dudosa procedencia
"""

DATA["quality"] = """
y la version de acero dura mas?
hola buenas, las pastillas de freno duran o se gastan rapido
el panel solar pierde eficiencia rapido? cuantos años dura
Hola, ¿la calidad de este artículo es buena? ¿Dura largo tiempo?
la calidad es good o es cheap? no quiero que se rompa en una semana
a qualidade é boa? o se rompe rapidinho
la peluca se enreda mucho con el uso?
las uñas press on aguantan una semana o se caen al dia
la impresora 3d es confiable para imprimir muchas horas seguidas?
el enchufe inteligente se calienta o se quema facil?
el uniforme aguanta lavadas diarias sin despintarse? mi hijo es terrible
el cierre de la faja se rompe rapido?
los lentes se rayan facil?
la silla de ruedas aguanta uso diario en calle de tierra?
el rosario se despinta con el sudor de la mano?
la tela del vestido de novia se ve de calidad en persona o parece disfraz?
la mesa de comedor aguanta años o se hincha con la humedad?
el cafe es de buena calidad o es del barato mezclado?
el te se siente fresco o es polvo viejo?
la maquina de coser aguanta uso intenso o es de juguete?
la bateria de litio aguanta muchos ciclos de carga?
el casco es resistente de verdad o solo decorativo?
el anuncio dice "alta calidad" pero que tan buena es realmente?
vi reseñas que dicen que la correa del reloj se rompe, es verdad?
la ropa de talla grande se deforma despues de lavarla? la ultima que compre quedo como carpa
el molde de silicona aguanta horno muchas veces?
el toldo para eventos aguanta uso seguido o es para una sola vez?
el cargador solar es buena compra o mejor no?
Buenas tardes. Quisiera saber si la estructura del sofá cama soporta un uso diario durante varios años, ya que será la cama principal de mi hijo.
hola mira es que compre unas pestañas en otra tienda y duraron nada entonces quiero saber si las de ustedes son de buena calidad y aguantan varias puestas
calidad 10/10?
se rompe facil?
es de buena calida o no
los tornillos del ropero se barren? quiero algo que dure
el termo mantiene bien o es chafita
el rin de la llanta aguanta baches o se dobla
la imagen de la virgen es de buena factura o se ve corriente
que tal salen? duran?
los lentes de contacto de color son comodos todo el dia o irritan despues de unas horas
la funda del asiento del carro se decolora con el sol?
"""

DATA["price_compare"] = """
y por que el azul cuesta mas que el negro?
en mercado libre la misma pastilla de freno esta a la mitad, por que ustedes tan caro
dice "precio de lista 89" y en otra tienda esta a 65, que cambia?
Hola, ¿por qué el precio es más alto que la otra tienda? El producto es el mismo.
por que esta mas caro que en amazon? es literally el mismo smart plug
por que es mais caro que en la loja de mi cidade?
que diferencia hay entre el panel monocristalino y el policristalino, por que uno cuesta mas
cual es la diferencia entre la peluca lace front y la full lace? el precio es muy distinto
el filtro de 600 l/h y el de 1000 l/h, vale la pena pagar la diferencia para un acuario de 80 litros?
la ender 3 v2 vs la v3 se, que cambia aparte de los 80 dolares
por que el te en lata cuesta mas que el de bolsa si es el mismo
por que los lentes con antirreflejo cuestan el doble, que diferencia hay
que diferencia hay entre el uniforme de gabardina y el de poliester aparte del precio
por que cobran mas por la talla 4XL
por que esta mas caro aqui que en la tienda de la marca en el mall
que tiene la faja de 80 que no tenga la de 40
la cafetera italiana de acero vs la de aluminio, por que tanta diferencia de precio
xq el pack de 10 uñas sale mas caro q el de 24
en temu veo la misma lampara solar por 8 dolares y aqui 25
la gift card de 50 usd la venden a 55, por que mas que el valor?
cual es la diferencia entre la silla de ruedas de 180 y la de 320
el kit de costura de 30 piezas y el de 90, que trae de mas para costar el triple
por que el rosario de plata 925 cuesta tanto mas que el plateado
porque esta mas caro que en el tianguis
en shopee esta mas barato, porque?
la camara de seguridad 2024 y la 2023 cuestan distinto, que mejora
su cafe cuesta el doble que el del supermercado, que tiene de especial
Buenas tardes. He comparado el precio del sillón relax con el de otra tienda online y el suyo es 120 € más caro. ¿Podrían explicarme qué incluye para justificar la diferencia?
hola mira yo estaba viendo dos modelos de maquina de coser la de 150 y la de 280 y no entiendo la diferencia porque se ven casi iguales me explicas
cual es la dif entre ambos aparte del precio?
por que ustedes lo tienen en 90 si el otro vendedor lo tiene publicado a 70
ESTA CARISIMO, en otras paginas lo venden mucho mas barato, que onda
el casco con certificacion dot vs sin certificacion, por eso la diferencia de precio?
el armazon de titanio cuesta el triple que el de acetato, se nota?
el vestido de maternidad y el normal se ven iguales, por que el de maternidad cuesta mas
el aceite para moto en la gasolinera sale mas barato, el de uds es diferente?
la bateria de 100ah cuesta casi lo mismo que la de 200ah, donde esta el truco
la tarjeta de 25 y la de 50 traen el mismo bonus? porque la de 50 sale mas cara por punto
por que el mismo foco inteligente en la pagina de la marca cuesta 10 menos
en falabella el colchon esta en oferta mas barato, el de ustedes tiene algo distinto?
"""

DATA["color_difference"] = """
y la azul marino tambien es igual a la foto?
en una foto el casco se ve gris mate y en otra brillante, cual es el real
el vendedor dijo "el tono puede variar ligeramente", cuanto varia?
Hola, ¿el color del producto real es mismo como la foto? ¿O es diferente?
el color es true to the picture o sale mas clarito
a cor es igual que na foto? o muda mucho
la peluca color miel en la foto se ve rubia, en persona es mas oscura?
el tono del esmalte puesto en la uña se ve igual que el de la foto?
los lentes de contacto grises se ven como en la foto si tengo ojos cafes?
el uniforme azul de la foto es el mismo azul que usa el colegio? en la pantalla se ve mas claro
el filamento "rojo fuego" en la foto parece medio naranja, en el carrete es rojo rojo?
las cortinas blackout color arena en mi pantalla se ven grises, cual es
el mantel para boda es marfil o blanco puro? en la foto no se nota
el sofa verde esmeralda de la foto tiene filtro? en los comentarios dicen que es mas oscuro
la tela color vino llega igual que la muestra de la foto?
la imagen del santo viene pintada con los mismos colores de la foto?
la funda de asiento beige es como la foto o tirando a amarillo?
el rojo del guardabarros de la moto es igual al de la foto de la pieza?
el te matcha se ve verde brillante en la foto, en la realidad es asi o mas apagado?
hay fotos reales sin edicion? quiero ver el color de verdad del vestido de maternidad
el rosado de la faja es como el de la foto o mas palido
el esmalte semipermanente "nude 04" se ve igual que la foto del muestrario?
en la foto la luz de la lampara se ve amarillita calida, asi se ve en persona?
las extensiones color 1b son el mismo negro de la foto o mas cafe
mi pantalla es vieja, el color de la silla en vivo es como el de la foto?
el tono se parece a la foto?
color real = foto?
sale igual al de la foto el marron?
Buenos días. ¿El color «azul petróleo» del uniforme coincide con la fotografía? Lo pregunto porque necesitamos que combine con el del colegio.
hola mira quiero comprar el vestido de dama de honor pero todas tienen que ir del mismo tono lila que la foto porque asi lo pidio la novia, me aseguras que llega igual
y el negro? tambien es igual a la foto o grisaceo
en la foto del anuncio se ve dorado pero en el video plateado, cual color es?
el armazon transparente se ve medio amarillo en la foto, es asi o es cristalino?
el tapizado de la cama se ve gris claro, pero en la foto de un comentario se ve gris oscuro, cual llega
ese color champagne del vestido en persona es mas rosado o igual a la foto
los globos metalizados son del tono de la foto o mas opacos
el negro de la peluca es negro azabache como en la foto?
en el celular se ve coral y en la compu naranja, cual es el color real del bolso?
la foto de la base es con flash? quiero saber el tono real
el vestido plus size se ve mas vivo en la modelo que en la foto del producto, cual es el color de verdad
"""

DATA["recommendation"] = """
ok y si el presupuesto es 200, cual?
y para un acuario de 40 litros cual me recomiendas?
hola buenas! necesito un panel solar para una cabaña con 4 focos y una tele, que kit me sirve
Hola, ¿usted puede recomendarme un buen producto para mi madre de 70 años con dolor de rodilla?
que me recomiendas para un gift de baby shower, algo cute pero util
que me indicas para presente de casamento? algo no muy caro
busco impresora 3d para empezar, que no sea complicada, cual
que enchufes inteligentes me recomiendan que funcionen con google home
que peluca me queda si tengo cara redonda y no quiero que se note
que kit de uñas me recomiendas para aprender desde cero en casa
que cafe me recomiendas para espresso, me gusta fuerte pero no amargo
tienes algo para regalar en una primera comunion de niña?
que lentes de contacto me aconsejas si es mi primera vez
que candado o alarma me recomiendas para la moto
que faja me conviene despues de una cesarea
para una decoracion de boda rustica, que me sugieren?
busco una silla de ruedas liviana para viajar con mi papa, cual me conviene
que maquina de coser es buena para principiante que quiere hacer arreglos de ropa
que te me recomiendas para dormir mejor
busco un regalo para un profe que le gusta el cafe, presupuesto 30 dolares
que plantas me recomiendan para un acuario sin co2
entre la de 12v y la de 24v cual me conviene para la casa rodante
que me recomiendas para proteger el sofa de mi perro
que ropa de maternidad me recomiendas para el verano en monterrey, hace mucho calor
busco algo lindo para un bautizo, algo religioso, que tienes
que vestido plus size me recomiendas para una fiesta de noche, talla 20
Buenas tardes. Mi madre tiene artrosis en las manos y busco utensilios de cocina adaptados. ¿Qué productos de su catálogo me recomendarían?
hola mira mi hijo empieza a tocar bateria y no quiero gastar mucho en la primera, que me aconsejas comprarle para empezar
que mas me recomiendas comprar junto con la impresora 3d?
algo para el dia de la madre?
recomiendame algo pls
que elijo?
cual camara de seguridad me recomiendas para vigilar la entrada sin cables
quiero empezar a tejer, que agujas y lana me recomiendan
para un chamo de 12 años que le gusta armar cosas, que regalo me recomiendas
necesito amueblar un depa chiquito, que mesa plegable me sugieren
que comida para peces me recomiendas para bettas
que bateria de respaldo me aconsejan para los cortes de luz, tengo un refri y el modem
busco anteojos para manejar de noche, cual me sirve
tu que sabes, que gift card le regalo a un sobrino de 15 que juega fortnite
"""

DATA["invoice"] = """
y la factura? me la mandan tambien?
gracias por el envio! ahora necesito la factura del pedido 202405188734
en mi pedido dice "factura no disponible", como la obtengo
Hola, necesito la factura de mi compra con nombre de mi compañía. Por favor enviar a correo.
me pueden mandar el invoice con el tax desglosado? es para mi business
preciso la nota fiscal de la compra, me la mandan al email?
necesito recibo de la silla de ruedas para el seguro medico
los lentes graduados, me dan factura para deducir en el sat?
compre una gift card, me pueden dar comprobante fiscal?
la factura de los uniformes la necesito a nombre del colegio
la parroquia necesita factura de las velas y flores, a nombre de la diocesis
me hacen factura de los paneles solares? es para el credito verde del banco
necesito factura del repuesto de la moto para el taller de la aseguradora
ya me llego el pedido pero la factura dice 1 unidad y compre 3, me la corrigen
mi contadora dice que la factura no tiene el regimen fiscal correcto, se puede rehacer?
pueden emitir la factura en dolares en vez de pesos?
la factura puede salir con fecha de este mes? la necesito para el cierre
necesito factura con ruc para la universidad, es para un proyecto de impresoras 3d
quiero factura pero pague con la tarjeta de mi mama, hay problema?
le doy click a "solicitar factura" en la pagina y no pasa nada
ya se hizo la devolucion, me mandan la nota de credito?
necesito el albaran y la factura juntos para mi empresa
requiero factura tipo B con cuit
mandenme la factura a contabilidad@ferreteriasoto.com porfa
necesito recibo de la tarjeta de regalo para el reembolso de mi empresa
la boleta me llego a nombre de otra persona, pedido 7765120
me pasan una factura proforma antes de pagar? es para que la empresa apruebe la compra
Buenas tardes. Les facilito mis datos fiscales: razón social Clínica Dental Norte SAC, RUC 20601234567. Les agradeceré emitir la factura del pedido AE-55312.
hola mira el año pasado compre una maquina de coser con ustedes y ahora me piden la factura para la garantia y no la encuentro me la podrian reenviar
facturan?
factura xfa
me la facturan a nombre de la empresa?
mi empresa es de usa, pueden hacerme el invoice con mi ein?
el iva sale desglosado en la factura o viene todo junto?
necesito comprobante de la faja post quirurgica para el reembolso de gastos medicos
tu bot me dijo que pida la factura por aca, es la del pedido #44871
pueden separar la factura en dos? una parte la paga mi socio
necesito factura de los cafes para la oficina, con cif
me mandaron la factura en pdf pero necesito el xml tambien
la factura comercial para la aduana de colombia la meten en la caja?
"""
