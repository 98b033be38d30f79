"""Mensajes de compradores en español (ronda 2, lote B, 18 intenciones in-sale/after-sale): seguimientos con contexto, citas de la app o del vendedor, traductor, spanglish y portuñol, categorías nuevas."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["payment"] = """
y con pago movil tambien se puede? es que zelle no tengo
ok y si no tengo tarjeta, me sirve pagar en rapipago o pago facil?
hola buenas! una consulta, el kit de filamento PLA lo puedo pagar con transferencia del BROU?
el checkout dice "su banco no autorizo la operacion" y es la tercera vez q lo intento, tengo la faja de maternidad en el carrito
y en cuotas? el panel solar de 400W sale 890 mil y no me alcanza de una
me dijeron que podia pagar con SINPE movil, a que numero lo mando
pague con yappy y me sale "pago en verificacion", es normal?
ATH movil lo aceptan? estoy en bayamon
Buenos días. Deseo abonar la peluca de cabello natural mediante transferencia SEPA; ¿me facilitan el IBAN y el concepto que debo indicar?
your bot said que puedo pagar con venmo pero no sale la opcion, como hago
el cartao no pasa, se puede pagar con pix o boleto? estoy en rivera
el recibo de pagoefectivo que me genero dice CIP vencido, y ahora como pago?
Hola señor, el enlace de pago él no funciona, yo intenté con tarjeta débito del Banco Pichincha y dice error 51 pero sí hay fondos
pero si ya te pase el comprobante de la transferencia 😩 confirmame que llego el pago de los lentes de contacto
la gift card de $50 la puedo pagar con paypal o solo con tarjeta
cuanto es el recargo si pago en 6 cuotas con naranja x el kit de embrague de la moto
ya me cobraron el anticipo de la mesa de dulces para la boda, el resto lo pago contra entrega o antes?
mi tarjeta es de USA y la direccion de facturacion no coincide, por eso la rechaza? es un termostato inteligente para mi mama en guadalajara
se puede pagar con dos yapes, uno mio y otro de mi hermana? el limite diario no me alcanza
pague 45.990 por webpay, me llego el correo de pago rechazado pero el cargo si aparece en mi cuenta
y con mercado credito?
me aparece "transaccion pendiente de autenticacion 3DS", que hago con eso
no tengo cuenta de paypal, puedo pagar como invitado con la tarjeta?
oxxo pay o spei, cual se acredita mas rapido? necesito que quede pagado hoy
ok ya entendi lo del envio, ahora como pago? no veo el boton
quiero pagar el uniforme escolar de mis 3 hijos pero la pagina solo me deja poner una tarjeta por vez
me sale "monto excede el limite de su tarjeta" y son solo 120 euros la lampara, que raro
se puede pagar en efectivo al recibir? es un rosario y una biblia pa mi abuela, en santo domingo
podria pagar con la tarjeta de credito de mi esposo? esta a nombre de el
vengo del carrito, el cupon ya lo puse, pero al darle a pagar dice error de servidor
la tarjeta virtual de uala no la toma, la de prepago
se puede pagar con klarna en 3 plazos? el robot aspirador cuesta 299€
bro me cobraron en dolares y yo pense q era en pesos mexicanos, ese cobro esta bien?
compre un codigo de tarjeta de regalo y el pago aparece "en revision antifraude" hace 5 horas, cuando se aprueba?
desde venezuela como les pago? aceptan binance pay?
Estimado, me indica por favor el numero de cuenta para depositar en Banco Industrial, es para el pedido de las uñas acrilicas y el monomero
un deposito en efectivo en ventanilla cuenta o tiene que ser transferencia?
si pago ahora con la tarjeta en cuotas me cobran intereses o es sin recargo?
intente 4 veces y nada, el sistema de pago no me deja terminar, ayuda que quiero el aceite de motor hoy
mi banco me pide aprobar un cargo de "PAYU*TIENDACAFE", es de ustedes? es lo de las capsulas de cafe
"""

DATA["modify_order"] = """
y tambien cambiame el color del marco de los lentes a carey, si todavia no salen
ah y antes de que lo empaquen, agregale un frasco mas de gel de uñas color nude
perdon otra cosa, la direccion era piso 3 no piso 2
lo mismo para el pantalon escolar: talla 12 en vez de 10, todavia no lo envian no?
la app dice "puede editar su pedido hasta que sea enviado" pero no encuentro donde, quiero cambiar la graduacion de las lentillas de -2.25 a -2.50
hola, compre la peluca lace front de 22 pulgadas y la queria de 24, sigue en preparacion, me la cambian y pago la diferencia?
Hola, yo necesito cambiar la dirección de mi pedido por favor, la nueva dirección ser: 1520 SW 8th St, Miami FL 33135, todavía no enviado
en vez del filamento PETG negro ponme el PLA blanco, el pedido es de hace una hora
juntame el pedido de la bomba del acuario con el del filtro, asi sale en un solo envio
mi pedido 1209934 todavia no se despacha verdad? quiero que le agreguen la tarjeta con dedicatoria "felicidades Ana y Luis"
el que recibe cambienlo a mi cuñado Marcos Ruiz porque yo no voy a estar esa semana
las pastillas de freno eran para la yamaha fz 2019, puse 2017 sin querer, me lo corrigen antes de mandar?
cambiame la entrega de domicilio a punto pack, el que esta en la estacion de metro
es posible subir la cantidad de recuerditos de bautizo de 80 a 120? aun no los han hecho
porfa cambien la media de compresion a talla L, me lo indico el medico, todavia no la envian
el bot me dijo que la direccion ya no se puede cambiar, pero el pedido sigue sin guia, pueden cambiarla ustedes? es av. brasil 1450, jesus maria
me mude el finde, alcanzan a cambiar la direccion del pedido de la camara wifi antes de despacharlo? pasaje los aromos 55, la florida
y si lo mandan a coquimbo en vez de la serena? aun no sale, es la misma region
quiero cambiar el vestido de dama de honor talla 14 a talla 16 plus, en mi pedido todavia dice "procesando"
hey can u change the address? ya no vivo en el bronx, ahora es 45 Main St, Paterson NJ, aun no lo mandan right?
cambien el cafe en grano de colombiano a etiope, el pedido es de hoy en la mañana
me falto poner el numero interior, es int. 4, la orden no ha salido
porfa pongan en la nota del pedido que lo dejen con el vigilante de la caseta
al pedido del ropero que ya pague le pueden agregar el servicio de armado? todavia no lo despachan
la funda del asiento del auto que pedi, cambiala de gris a beige antes del envio porfa
digo... no es rojo, es vino el esmalte que quiero, cambialo si no lo enviaste aun
estimado, el pedido lo hice con los datos de mi trabajo, puede actualizar el telefono de contacto al 0991 234 567? aun no se despacha
pueden hacer que los 2 pedidos de repuestos de la moto salgan juntos en un paquete? ninguno se ha enviado
cambiame la imagen de la virgen de guadalupe de 30cm por la de 45cm, pago la diferencia, aun no la envian
en mi pedido puse el uniforme de deportes pero necesitaba el de gala, se puede corregir antes de que lo despachen?
mejor mandalo a la sucursal de andreani de rosario centro, todavia no lo despachaste no?
porfa cambiar el cargador solar por la version de 100W, la orden es ES-44120 y todavia no sale
y lo mismo con el segundo pedido, que vaya a la misma direccion nueva
hola ya pague pero se me olvido elegir el color del hilo de bordar, pongan el pack de tonos pastel
pedi 1 kg de te verde y queria 2, sumale otro kilo al pedido y te pago la diferencia por yape
puse la direccion de facturacion como la de envio, el paquete tiene que ir a mi negocio: jr. gamarra 650, la victoria
Buenas tardes, solicito cambiar la fecha de entrega programada del comedor y su montaje al día 28; el pedido aún no ha salido del almacén.
cambien el acuario de 60 a 80 litros antes de mandarlo, es el pedido de anoche
el regalo es para otra persona, cambien el destinatario a Lucía Méndez y que no vaya la boleta dentro de la caja
los lentes de contacto toricos los pedi con eje 180 y es 170, corrijan eso antes de enviar porfa
"""

DATA["cancel_order"] = """
ok entonces si tarda 30 dias mejor cancelalo
pues nada, con esa fecha no me sirve, cancelame el vestido de novia
la app me dice "no se puede cancelar, el pedido esta en preparacion", pero todavia no sale, me lo cancelan ustedes?
hola buenas, gracias por responder. al final quiero cancelar la orden 88123409 de la lampara solar
Yo quisiera cancelar de mi pedido la totalidad, por motivo que encontré más barato, gracias por la comprensión
cancel porfavor la order, my husband ya compro el mismo smart plug
cancela todo por favor, ya no quero mais las extensiones de cabello
me equivoque de moto, las pastillas no son para mi honda, cancelenlo antes de mandar
como la impresora 3d tiene que esperar hasta marzo, prefiero anular la compra
se cancelo la boda 💔 cancelen porfa los centros de mesa y los recuerdos
el colegio cambio el modelo del uniforme, ya no los necesito, cancelen la orden
quiero cancelar las lentillas de la orden, me operaron de la vista
quiero cancelar la compra de la tarjeta de regalo, me equivoque de monto y todavia no me mandan el codigo
cancelar
cancelacion de la orden ML-2231009 por favor, motivo: compra duplicada
ya no me sirve para el viernes, cancelen el pedido
ayer pedi la silla de ruedas para mi papa pero el seguro se la dio, anulen mi pedido porfa
tio, cancela lo del acuario que al final mi casero no me deja tener peces
la cancelacion que pedi por la app sigue "en revision", la podes aprobar vos?
Muy señores míos: les ruego procedan a cancelar el pedido 4471-B correspondiente al kit de arranque solar, dado que aún figura como pendiente de envío.
no mejor no, cancela el pedido, lo pienso bien y despues vuelvo
fijate que el precio subio al pagar, cancelen y lo compro en la tienda fisica
el bot dijo que para cancelar hablara con ustedes. quiero cancelar la compra del mueble de tv
compre la licencia digital de office por error, cancelen la compra antes de mandarme la clave
que se cancele todo el pedido, no solo la cama, tambien los cojines
cancelacion urgente!! pedido #55610, lo pague con la tarjeta de la empresa
ya no lo quiero. se puede anular?
buenas noches, mi mama compro dos veces sin querer los parches para la rodilla, uno cancelenlo por fa
cancelar orden 300012 urge antes q la envien
me dices como cancelo la preventa del kit de uñas? no hay boton
mejor anulen lo del porta rosarios, se me fue la plata en otra cosa
pagaron con mi tarjeta sin permiso, cancelen ya el pedido de la gift card de steam
cancelo la compra de la maca y la quinua, me voy a vivir a otro pais
no me lo envies che, cancela que me arrepenti del casco
cancel my order del disfraz, ya no lo voy a usar, thanks
dado que no me confirman fecha de envio, prefiero cancelar el pedido de las llantas
en el chat anterior me dijeron que si podia cancelar, ya lo puedo hacer? cancelen por fa la orden 7720
cancela el 1029 y deja el 1030, el primero lo hice mal
anulemos la compra del baston, mi abuelo ya no lo necesita
vale, pues entonces cancelamelo, ya lo pido en otra web
"""

DATA["ship_time"] = """
ok pagado. y cuando sale?
y el de las extensiones cuando lo despachan? el otro ya me llego
"listo para enviar" desde el lunes... cuando lo entregan al correo?
el vendedor me puso "se despacha en 24/72h" y ya van 5 dias habiles, aun sin guia
me confirmas q sale hoy? es el repuesto del radiador, ya lo pague y tengo el carro parado
hola, pague ayer por nequi. para cuando me lo envian a cali?
Buenas, gracias por confirmar el pago 🙏 ahora cuando me mandan las lentillas?
todavia no lo han mandado? el uniforme lo necesita mi hija el lunes que empiezan clases
your system says "awaiting shipment" hace una semana, cuando lo envian?
Estimados: con fecha 2 de mayo abonamos el pedido de paneles solares (ref. 88-2210). A día de hoy no consta su expedición. Rogamos nos indiquen la fecha prevista de salida.
me avisas cuando lo despaches? ya te hice el pago movil
y cuando me envian la otra parte del pedido? solo mandaron el filamento, falta el hotend
oye cuando lo mandan x favor, pague la consola hace 3 dias y nada de guia
sale esta semana o la otra? el pedido es el 220341 y esta pagado
ya pague el anillo de compromiso, cuanto tardan en despacharlo? le pido la mano el 14
Hola señor, ¿cuándo ustedes enviar mi pedido? Yo pagué el pasado martes.
la biblia grabada con nombre que pedi sobre pedido, cuantos dias tardan en prepararla y enviarla? ya esta pagada
sigue "pendiente de envio" y la fecha limite para despachar era ayer
cuando lo mandas pa la capital, pana? ya te transferi
lo despachan en la mañana o en la tarde? quiero saber si sale hoy
me dijeron que la preventa de la peluca se envia "a finales de mes", que dia mas o menos?
mi pedido de las cajas de te sigue en el almacen? cuando lo llevan a correos
ok y cuando me lo despachas entonces
pague el envio express y todavia no lo han enviado, cuando sale?
ya pasaron los 3 dias de confeccion del vestido talla grande, ya lo envian?
cuando despachan lo de la boda?? son 200 souvenirs, pague el resto ayer y la fecha esta encima
porfa mandalo ya que pague hace rato 🙏
ya lo pague, pa cuando lo envian a mendoza? lo de los stickers
ya se pago la orden 10293 de las pinturas acrilicas, me dices fecha de despacho
por que no envian todavia? no entiendo, el pago esta aprobado desde el jueves
el mueble tiene que salir de fabrica o ya esta en stock? lo pague el martes y quiero saber cuando lo despachan
dice "preparando tu pedido" hace 4 dias, que tanto preparan? cuando lo mandan?
same pregunta para el pedido de mi hermana, el 55012, cuando lo envian? ya esta pagado
cuando se lo entregan a DHL? para saber si llega a madrid antes del 20, ya esta pagado
a que hora cierran los despachos de hoy? ya pague el regulador de voltaje y quisiera que salga hoy
buenas, me dijeron "se envia en cuanto llegue del proveedor", cuando sera eso? ya lo pague
si pague el viernes en la noche, sale el lunes o el martes?
hola q tal, disculpa la molestia, queria saber mas o menos cuando van a despachar mi orden de termo y mate, la pague el sabado por mercado pago, gracias
ya mero lo mandan? lo pague desde el lunes
10 dias habiles en "procesando" para una gorra?? cuando la envian
"""

DATA["order_status"] = """
y ahora donde va? ayer decia que salio de lima
que quiere decir "pendiente de despacho aduanero"? es mi pedido de lentes
el tracking se quedo en "shipment information received" hace 4 dias, eso que significa?
el link de 17track dice "en transito hacia el pais de destino", mas o menos donde estara?
me pasas el numero de guia de interrapidisimo del pedido del repuesto?
ok ya vi que lo enviaron, por que empresa va y con que numero lo sigo?
en la pagina de correos pone "en tramite de importacion", en que punto esta?
el rastreo de estafeta dice "en ruta de entrega", entonces llega hoy?
hola y el de mi mama? el pedido es 7700112, a ver por donde anda
que significa "admitido" en correos? no se si ya salio o no
hace una semana ponia "en centro de clasificacion de madrid", sigue alli?
mi camara de seguridad wifi dice "despachado a sucursal", a cual sucursal de blue express?
el paquete esta en "arribado a destino - aduana" hace 3 dias, se mueve o no?
me pueden enviar captura del seguimiento? en mi app no sale nada
ya esta en bogota o sigue en medellin? pedido 55120
Buenos días, le escribo a fin de conocer la ubicación actual de mi envío n.º LP00331829CN, que contiene repuestos para impresora 3D.
guia?
donde anda mi paquete hermano
tracking porfa, del acuario
el tracking dice "intento de entrega fallido, destinatario ausente", y ahora que pasa? lo vuelven a traer?
mi orden aparece "en camino" pero el mapa no se mueve, donde esta realmente?
que paso con el envio? la ultima actualizacion fue "salida de bodega" el lunes
dice "retenido - documentacion requerida", que documentacion? es una peluca
el seguimiento de SEUR dice "incidencia en la entrega", que incidencia?
el envio va con MRW, me mandas el numero de albaran para seguirlo?
me llego un sms de "su paquete esta en la oficina", sera mi pedido de las uñas?
en USPS dice "in transit, arriving late", mas o menos cuando llega?
Hola, mi pedido de las cápsulas de café, ¿en qué ciudad se encuentra ahora? El seguimiento se ve confuso.
sigue en "en aduana" desde el 3, alguna novedad?
el rastreo dice "entregado a DHL local", cual es el nuevo numero de guia?
ya salio de china mi panel solar? me dijeron que lo enviaron el 10
dice "en reparto" desde las 7am, sabes mas o menos a que hora llega?
el pedido de los uniformes ya lo tiene el correo? me pasas el tracking
onde esta meu pedido? el rastreo no muestra nada desde montevideo
Por favor me informa en qué estado se encuentra mi pedido, el número es 2023-8812, yo compré silla ortopédica
la guia de coordinadora que me diste, 48120093, en que ciudad va?
el tracking dice "shipment on hold", que es eso?? es un kit de herramientas
llego un paquete y el otro de la misma orden sigue "en transito", donde esta ese?
mi pedido va por cargo expreso, me das el numero de guia para verlo
"paquete en espera de recogida por el transportista" que significa, ya lo recogieron o no?
"""

DATA["not_received"] = """
y ahora? ya pasaron los 20 dias que me dijiste y nada de nada
el tracking dice "entregado - buzon" pero en el buzon no hay nada, es un anillo
lleva 3 semanas "en transito" y la fecha estimada era el 5, esto ya esta perdido
la gift card digital nunca me llego al correo, ya revise spam, la compre hace 2 dias
el codigo de la suscripcion de xbox que compre nunca me llego, pedido 99012
el paquete sale "devuelto al remitente" y yo estuve en casa todo el dia! nunca me llego
Señores, mi pedido con número 300445 marca como entregado el 14 de junio, pero yo no recibí. Por favor investigar.
mis vecinos dicen que no vieron a nadie, y la app pone "entregado en mano"
hoy era el ultimo dia de la entrega garantizada y las pastillas de freno no llegaron
la boda es el sabado y los centros de mesa no llegan!! se suponia que llegaban el martes
hola otra vez, sigo sin recibir las lentillas, ya me estoy quedando sin
firmado por "M. Garcia" y aqui no vive ninguna garcia
en correos de mi pueblo me dicen que nunca llego nada a mi nombre
ya van 2 meses. dos. meses. y el uniforme no llega
hello, no recibi my package, el tracking says delivered at front door pero aqui no hay nada
seguro lo dejaron en otro departamento, porque dice entregado y aca no esta
el pedido de la silla de ruedas era urgente y ya se paso la fecha de entrega por una semana
el portero no recibio nada y la foto de entrega es de un porton que no es el mio
el paquete desaparecio del sistema, la guia ya no existe y yo no lo tengo
desde el 3 de abril dice "en camino" y hoy es 2 de mayo, ya deberia haber llegado hace rato
oi tudo bem, el pedido nao chegou ainda, ya pasaron 40 dias
la comida para los peces nunca llego, solo el filtro que pedi en otra orden
el paquete 1 de 2 si llego, el 2 de 2 nunca
no me llego, punto. que hacen ahora?
perdido otra vez?? es la segunda vez que me pasa con ustedes, el te no llego
ni rastro del kit de bordado y ya cerraron la compra como finalizada
el seguimiento dice "entregado en punto de recogida" pero en el punto no lo tienen
Les informo que, transcurridos 35 días desde la fecha de envío, no he recibido el pedido de repuestos para la motocicleta. Solicito una solución.
lo entregaron en otra ciudad segun la guia, yo sigo sin el paquete
la app dice "tu pedido llego" jaja pues no, aqui no llego nada
pedi el 1 de diciembre para la navidad de los niños y estamos a 8 de enero sin nada
me dijeron "llega mañana" hace una semana
quedo en "no entregado - direccion incorrecta" pero mi direccion esta bien y nunca vinieron
no llego mi collarin cervical y tengo que usarlo desde el lunes
ya es la fecha maxima que decia la compra y del paquete ni rastro
que onda con mi pedido? dice entregado desde el viernes y no ha llegado nada
ni llega ni lo rastrean ni nada, 50 dias esperando la impresora 3d
nunca lo recibi y ya van a ser 3 semanas, el numero de pedido es el #A-55012
el chofer de la paqueteria dice que lo entrego, pero mi camara del timbre no muestra a nadie
la tarjeta de regalo fisica que pedi para el cumple de mi sobrina no llego, y era para ayer
"""

DATA["quality_issue"] = """
el foco inteligente no se conecta a alexa y la luz parpadea, ya lo reinicie 5 veces
el panel solar llego con el vidrio estrellado en una esquina
la bateria portatil solar no carga al sol, la lucecita ni prende
la peluca se esta cayendo a mechones, apenas la peine dos veces
las extensiones huelen a quimico y se enredan todas, parecen un nido
el esmalte semipermanente no seca con la lampara, queda pegajoso
la lampara uv de uñas se apaga a los 10 segundos
la boquilla de la impresora 3d llego doblada y no extruye
el calentador del acuario no calienta, el agua esta fria y los peces quietos
la bomba del acuario hace un ruido horrible y no saca agua
la faja de maternidad se rompio en el velcro a la semana
el vestido de talla grande vino con una costura abierta en el costado
las gafas llegaron con una patilla suelta y un rayon en el cristal
las lentillas vienen con el blister abierto y sin liquido
el cafe llego con la bolsa rota y regado por toda la caja
el te huele a humedad, creo que tiene moho
el codigo de la tarjeta de regalo me dice "codigo invalido" al canjearlo
la rodillera ortopedica se descosio en el velcro y casi ni la he usado
el mueble que estoy armando tiene los agujeros mal hechos, los tornillos no entran
al ropero le vino una puerta rajada, se ve que venia golpeado en la caja
el amortiguador de la moto pierde aceite, lo instale hace 3 dias
la bateria del carro vino descargada y no agarra carga
las luces led para el auto parpadean y una ya se quemo
la maquina de coser se atora y rompe el hilo cada dos puntadas
la virgen de ceramica llego con la mano quebrada 😢
el rosario se rompio al sacarlo de la bolsita, el hilo estaba flojo
el velo de novia tiene un enganche y un hoyito cerca del borde
la camara de seguridad wifi se desconecta sola todas las noches
el enchufe inteligente se calento demasiado y se derritio un poco el plastico
Hola amigo, el producto llegó rompido, la pantalla no enciende, yo mando foto
la camisa del uniforme destiñe, quedo rosada toda la ropa blanca
buenas, ya arme la cuna y uno de los barrotes esta partido, con astillas, es para mi bebe
el router mesh funciona solo a ratos, a veces prende y a veces no
Estimados, el regulador de carga solar recibido presenta un fallo: el display muestra error E04 desde la primera conexión. Adjunto fotografías.
el collarin cervical tiene una pieza de plastico partida por dentro y no cierra
el aceite de motor llego con la tapa floja y chorreado todo
la tela que compre tiene manchas de tinta por todo el rollo
el molinillo de cafe hace ruido a metal y no muele
ok y el otro problema: el cargador que venia con la lampara tambien esta malo, no carga nada
el reloj llego con el vidrio quebrado, quebrado mesmo, te mando foto
"""

DATA["wrong_item"] = """
pedi el filamento PLA de 1.75 y me llego de 2.85, no me sirve para mi ender
faltan tornillos del kit de armado, la bolsa de los M6 no vino
el ropero vino sin instrucciones y le falta una puerta
me mandaron la peluca en rubio y yo pedi castaño oscuro 4
pedi lentes con graduacion -3.00 y la caja dice -1.50
las lentillas son de otra marca, no las acuvue que compre
vino el uniforme de otro colegio, el escudo no es el de la escuela de mi hijo
pedi talla 3XL en el vestido de maternidad y llego una M
la publicacion dice panel de 100W y el que llego tiene etiqueta de 50W
en la caja del foco dice "no compatible con google home" y el anuncio decia que si
el juego de uñas decia 24 tips y llegaron 12
pedi te verde sencha y me mandaron te negro
me llego cafe molido y lo pedi en grano
la tarjeta de regalo que me mandaron es de 25 dolares y yo pague la de 50
me llego la clave de windows home y compre la pro
el kit de costura no trae las agujas que salen en la foto
pedi 100 invitaciones de boda y llegaron 80
la figura que llego es de san martin de porres, yo pedi la de san judas tadeo 🙏
este no es mi pedido, me llego una caja con ropa de niño y yo pedi un filtro de acuario
el termostato del acuario vino sin la ventosa y sin el cable
pedi la muleta regulable y llego una fija de otra medida
el repuesto es para otro modelo, el conector no se parece en nada al de la foto
hola, abri el paquete y en vez de la faja postparto vino un brasier
the box says mujer, yo pedi las gafas de sol de hombre
en el anuncio ponia "incluye bateria" y el timbre con camara vino sin bateria
la descripcion dice cabello humano 100% y esto es sintetico, se nota al tacto y se derrite con la plancha
mandaron 2 cajas de pastillas de freno y pedi 4
llego el soporte de pared para la tele pero sin los tacos ni los tornillos
el pedido tenia 3 cosas: el vestido, el tocado y los guantes. el tocado no venia
Buenas tardes. He recibido el pedido 7731-ES, pero el modelo de mesa no corresponde al que compré: solicité la versión extensible y me han enviado la fija.
me llego todo bien menos la tapa del termo, que no vino
pedi el uniforme de educacion fisica y me llego el de diario
el bot me dijo "su pedido contiene: 2 unidades" y en la caja solo viene una
Yo recibí producto diferente, no es el que yo ordené, el mío era modelo X200 color negro y llegó modelo X100
el cargador vino con enchufe americano y en la publicacion decia europeo
a la maquina de coser le falta el pedal
che, me mandaste los amortiguadores de otra moto, estos son para una gilera
en la caja vino un peine?? yo pedi la plancha de pelo
compre el pack de 3 libros de la saga y llegaron 2 repetidos del primero
me llego un frasco de esmalte de uñas de otro codigo, el 112 y pedi el 211
"""

DATA["return_refund"] = """
y si al final no le queda a mi suegra, me aceptan la devolucion?
ok ya entendi que no tienen otra talla, entonces quiero devolverlo y que me reembolsen
la peluca no me gusto como me queda, aun tiene la etiqueta, se puede devolver?
las lentillas no se pueden devolver? ni con la caja cerrada?
quiero el reembolso del codigo de la gift card, nunca lo canjee
en la politica dice "30 dias de devolucion", yo lo recibi hace 25, lo quiero devolver
el mueble no combina con mi sala, quiero devolverlo, ni lo he armado
me dieron un reembolso parcial de 10 euros y no lo acepto, quiero devolver el robot y que me den todo
me pueden devolver el dinero? el panel llego roto y ya no quiero otro
hola, es posible devolver parte del pedido de los recuerdos de boda? sobraron 40
aplica la devolucion para ropa de maternidad? no me quedo
el medico me cambio la indicacion y la ortesis ya no la necesito, la quiero devolver, esta sin usar
quiero solicitar el reembolso del pedido ES-88123, el cafe llego vencido
la camiseta del uniforme le queda grande pero no quiero cambio, quiero la plata
refund please, el kit de uñas no sirve pa nada
devolucion del pedido entero porfa, no era lo que esperaba
son 7 o 15 dias para devolver? lo compre el 2 y hoy es 10
"no se aceptan devoluciones de productos de higiene", en serio? ni si el paquete esta cerrado?
como inicio la devolucion desde la app? no encuentro donde dice "solicitar reembolso"
puedo devolver un regalo que me hicieron si no tengo el ticket?
mi esposa compro este termo y no lo queremos, como lo devolvemos y recuperamos el dinero
quero devolver, no me gusto la cor, me devuelven o dinheiro?
se puede devolver un producto digital? compre la licencia y no es compatible con mi mac
Estimados señores: por la presente solicito el desistimiento del pedido 4410 dentro del plazo legal de 14 días y el reembolso íntegro del importe.
es la segunda vez que falla la lampara, ya no quiero reparacion ni cambio, quiero mi dinero de vuelta
tengo derecho a retracto si compre el colchon por internet hace 3 dias?
si lo devuelvo me dan credito en la tienda o me devuelven a la tarjeta? no quiero credito
quiero regresar las llantas, son de otra medida de la que necesitaba, me equivoque yo
se suspendio la fiesta y ya no me sirve el vestido, lo puedo devolver sin usar?
ok y si mejor lo devuelvo? el cargador sigue fallando
aceptan devoluciones de pelucas? me da miedo comprar y que no me quede
me arrepenti de la bici estatica, aun esta en su caja, quiero mi plata
reembolso x fa, el foco no es compatible con la instalacion de mi casa
quiero devolver 3 de los 5 tintes que pedi, los otros si me los quedo
el acuario llego con fuga y ya compre otro en otro lado, asi que solo quiero que me devuelvan el dinero
Buen día, el producto no cumple mis expectativas y deseo devolverlo. ¿Cuál es el procedimiento?
me ofrecieron cupon en vez de reembolso pero yo quiero el reembolso a mi yape
a mi mama le salio malo el tensiometro y ella no sabe usar la app, yo le ayudo: queremos devolverlo y que le reembolsen
cuanto tiempo tengo para devolver algo que compre en el black friday?
me rechazaron la devolucion diciendo que use el producto, pero solo lo probe, quiero que la acepten y me devuelvan el dinero
"""

DATA["exchange"] = """
y en talla L? me la cambian por esa
me la cambias por la negra? la que llego es beige y no me gusto
el vestido de maternidad me quedo chico por la panza, lo cambio por una talla mas?
la peluca de 18 pulgadas me quedo muy corta, puedo cambiarla por la de 22 pagando la diferencia?
las lentillas de esta marca me dan molestia, las puedo cambiar por otra marca con la misma graduacion? estan sin abrir
pedi la falda del uniforme en talla 8 pero a mi nena le queda chica, quiero cambiarla por la 10
la faja la compre M y me queda apretada, la cambio por L?
same para el pantalon, cambio de 34 a 36 tambien
hola, ya me llegaron las gafas pero el marco me queda grande de cara, se puede cambiar por el modelo pequeño?
me llegaron los tornillos de rueda M12x1.5 y mi carro usa 1.25, me equivoque yo, me los cambian?
el juego de sabanas llego bien pero mi cama es queen y no king, me lo cambian por el queen?
cambiar el filamento rojo que me llego por el azul, aun esta sellado
me quedo chica la chamarra del nene, la cambio por la de 6-7 años
cambio de talla en la blusa plus, de 2X a 3X, ya la tengo aqui
el anillo no me entra en el dedo, quiero cambiarlo por talla 8
Buenas, recibí el camisón de lactancia pero prefiero el color rosa. ¿Es posible realizar el cambio?
el bot me dijo que podia hacer "cambio de producto" en la app pero no me sale, quiero cambiar la camiseta M por una L
se puede trocar por una talla mas grande? me quedo apretada la calza
quiero hacer un exchange de la sudadera, me llego XL y la quiero en L
el casco de la moto me aprieta, lo cambio por XL? esta sin usar
quiero cambiar la rodillera por la del lado izquierdo, compre la derecha sin darme cuenta
los cojines llegaron y el tono no combina con mi sofa, los cambio por los grises?
me llego el kit de uñas con la lampara de 48W, puedo cambiarla por la de 80W y pago la diferencia?
y en azul marino? si hay, cambiamela
Estimado, el uniforme de gala de mi hijo llegó talla 14 como lo pedí, pero le queda largo. Quisiera cambiarlo por talla 12.
no me gusto como queda el esmalte en la uña, lo cambio por otro tono? los otros estan sin abrir
cambio por favor, pedi el brasier de lactancia en 36C y necesito 38C
me queda chico el anillo de compromiso 😭 se puede cambiar por otra talla? ya lo recibi
los guantes de ciclismo vinieron en S como pedi pero me quedan justos, me los cambias por M?
la lampara de pie llego bien pero prefiero la de luz calida, me la cambian?
me llego el vestido de dama de honor en lila y las demas lo tienen en lavanda, lo cambio por lavanda
el arnes del perro le queda justo a mi golden, me lo cambian por uno talla L?
que tengo que hacer para cambiar un producto por otro talle? el pedido ya me llego
la taza termica llego, quisiera cambiarla por la de 500ml en vez de la de 350
la funda vino gris como la pedi pero en persona no me gusta, la cambio por la verde?
el vestido talla 18 me queda grande de busto, me gustaria hacer el cambio a la 16
la peluca bob me llego hoy, la puedo cambiar por la de ondas largas? no la he usado
yo ordenar talla M pero es pequeño para mi, yo quiero cambiar por talla L, por favor como hacer
cambiame la gorra escolar por la talla 56 porfa, esta le aprieta a mi hijo
las cortinas miden 1.40 y mi ventana es de 2 metros, me equivoque, las cambio por las largas?
"""

DATA["refund_status"] = """
y el reembolso? ya lo devolvi hace 2 semanas
la app dice "reembolso aprobado" desde el 3 y mi banco no ve nada
"reembolso en proceso, 5-10 dias habiles" y ya van 15
ya me devolvieron lo de la peluca? el correo confirmo la entrega de la devolucion el lunes
el reembolso de la gift card a donde lo mandaron, a la tarjeta o como saldo?
ya se acredito el reintegro en mercado pago? no lo veo en mi actividad
me dijeron que el reembolso salia en 72 horas por yape, ya paso eso
cuando me devuelven la plata del pedido de las llantas? lo cancelaron ustedes porque no habia stock
hola, quisiera saber el estado de mi reembolso, numero de caso RMA-2210
Buenos días, han pasado tres semanas desde que se registró la devolución de la ortesis y todavía no he recibido el importe en mi cuenta de ING. ¿Podrían indicarme en qué situación se encuentra?
me reembolsaron solo 30 de los 45 dolares, y el resto?
el banco me pide el ARN del reembolso para rastrearlo, me lo pasan?
cuanto tarda en caer el reembolso en una tarjeta de credito de banamex
y lo del reembolso como va? ya te mande la foto de la guia
ya estan las lentillas en su almacen, cuando sale el dinero?
me dijeron que reembolsan cuando revisen el producto, ya lo revisaron?
same question con el reembolso de mi otro pedido, el 7712
oye me habias dicho que el viernes me caia la plata del acuario, y nada
el reembolso de mi pedido #10291 ya fue procesado?
devolucion de dinero, en que va?
cuando me llega el refund a mi cuenta de chase? ya lo devolvi por ups
cuando cae o estorno? me dijeron que ya estaba aprobado
mi tarjeta ya la cancele, a donde me van a devolver el dinero del reembolso?
El reembolso está hecho? Yo no veo en mi cuenta. Usted me confirma por favor.
tengo que hacer algo mas para que me devuelvan el dinero o solo esperar?
en el estado de cuenta me sale el cargo pero no el abono del reembolso, ya lo mandaron?
me llego un correo "su reembolso ha sido emitido" pero sin monto ni fecha, cuanto y cuando?
mi reembolso sigue en "esperando confirmacion del vendedor", confirmen porfa
hace 2 semanas cancelaron mi pedido del panel solar y todavia no me regresan el dinero
me dijeron que el reembolso iba como saldo de la tienda, ya lo cargaron? no lo veo
ya pasaron 10 dias desde "reembolso aprobado", hasta cuando?
me dijeron que me reembolsaban el envio express porque no se cumplio, cuando me lo devuelven?
lo del reintegro de los uniformes? ya empieza el colegio y necesito esa plata
hola buenas tardes, solo para saber si ya se hizo la transferencia del reembolso a mi cuenta de bancolombia, me dijeron que era esta semana
mi banco dice que el reembolso lo tiene que liberar la tienda, ya lo liberaron?
reembolso de 89€ pendiente desde el 12, pedido del robot de cocina, algun avance?
el chico del chat ayer me dijo "mañana se refleja el reembolso" y nada
todavia no me cae el reembolso del cobro doble que me hicieron
ya mandaron el dinero de vuelta a mi cuenta de paypal? la orden es la ES-33190
ya recibieron la caja del mueble que devolvi? para saber cuando me reembolsan
"""

DATA["return_shipping"] = """
ok la devuelvo, pero a que direccion?
y el envio para mandarlo de vuelta quien lo cubre? el panel vino con el vidrio roto
la tienda me dice "el comprador asume el costo de devolucion" pero el error fue de ellos, no voy a pagar eso
como mando de regreso la peluca, en la caja original o en un sobre?
cuanto me cuesta devolver las lentillas por correos? son una cajita pequeña
a donde mando las pastillas de freno? el formulario de devolucion no da direccion
el armario ya esta armado, hay que desarmarlo para la devolucion? quien lo recoge?
hola, para devolver el vestido de novia me tienen que mandar una etiqueta, no? no me ha llegado
puedo dejar el paquete de la devolucion en una agencia de olva o tiene que ser en shalom?
el punto de entrega de devoluciones mas cercano esta a 40 km, pueden venir a recogerlo?
Estimados, ¿me podrían enviar la etiqueta de devolución prepagada de SEUR para el pedido 55120? No consigo descargarla desde la app.
el acuario que devuelvo es de 60 litros y pesa un monton, quien paga ese envio?
en la oficina de chilexpress me preguntan a nombre de quien va la devolucion, a quien la pongo?
ahi te va la foto del comprobante de envio de la devolucion, me reponen los 12 mil que pague?
el repartidor vino a recoger la devolucion y no se la quiso llevar porque no tenia etiqueta, que hago
tengo que pagar impuestos para mandarlo de vuelta a EEUU?
me cobraron $22 de envio por devolver y ustedes dijeron que era gratis
the return label que me mandaron es de UPS pero aqui solo hay fedex, sirve igual?
lo mando por correo argentino a la misma direccion que dice el remito?
el codigo de devolucion que me dio el bot no lo aceptan en el oxxo
la direccion de devolucion que me pasaste es en otra ciudad? no pueden recibirla aqui en cordoba
el costo del envio de regreso me lo devuelven junto con el reembolso o aparte?
las extensiones de cabello ya las empaque, que empresa las recoge y cuando?
la devolucion del tensiometro es gratis o me descuentan el envio?
mi mama devuelve la silla de ruedas pero no puede ir a la oficina, mandan a alguien a su casa en san miguel?
pagar 20€ por devolver un vestido de 25€?? no tiene sentido, la recogida no es gratis?
hay que poner algo dentro del paquete de devolucion? una nota, el numero de pedido?
como faço para mandar de volta? no tengo la etiqueta
para devolver el panel solar necesito un embalaje especial? no tengo la caja original, y quien paga el flete
ya tengo la etiqueta pero no se en que paqueteria entregarlo, dice "J&T"
Yo necesito saber dirección para regresar producto, por favor, y si ustedes pagan el envío
la devolucion de las llantas la pueden recoger en el taller? yo no tengo carro para llevarlas
no pienso pagar el envio de regreso del regalo de boda que llego roto, mandenme la guia
me sale mas caro devolverlo que lo que costo, no hay otra forma de enviarlo de vuelta?
la etiqueta de devolucion tiene como remitente a otra persona, la uso igual?
Buenas tardes: solicito la recogida a domicilio para la devolución del colchón del pedido 88120, en franja de mañana.
el link para imprimir la etiqueta de vuelta me lleva a una pagina en ingles que no entiendo
se puede devolver en un punto de mercado libre o tiene que ir al correo?
ya entregue la devolucion en la agencia, a quien le mando el comprobante para que me devuelvan lo del envio?
la devolucion del uniforme es por correo o la puedo dejar en la tienda del colegio?
"""

DATA["dispute"] = """
abri el reclamo en mercado libre porque aca no me respondian, contesten alla
ok entonces voy a abrir disputa en aliexpress, listo
la disputa dice "el vendedor ha rechazado su solicitud", por que la rechazaron?
aliexpress me dice que suba evidencia en 3 dias, que pruebas me sirven para la disputa?
paypal me pregunta si llegue a un acuerdo con ustedes, le digo que si o siguen sin responder?
acabo de ver que respondieron la disputa ofreciendo 5 dolares, no acepto, quiero el total
mi banco me pide una carta de la tienda para el contracargo, me la hacen?
el contracargo ya salio a mi favor, no me escriban mas
ya abri el caso en amazon por la peluca sintetica que vendian como natural
Estimados: les comunico que he presentado una reclamación ante Visa por el cargo de 249,90 € del pedido ES-2210, ya que no he recibido respuesta.
la mediacion de mercado libre quien la gana si ustedes no contestan?
tengo que cancelar la disputa para que me manden el reemplazo de la bomba?
cuantos dias tiene el vendedor para responder la disputa en temu?
mi banco me ofrece hacer un chargeback, ustedes prefieren arreglarlo antes?
la disputa paso a "en revision por aliexpress", ahora solo me queda esperar?
abri una disputa por error, era para otro pedido, como la cierro?
la proteccion de compra de mercado pago me pide el numero de seguimiento, cual les pongo?
puse "reembolso parcial" en la disputa pero me equivoque, quiero cambiarlo a total
el sistema dice "disputa cerrada por el comprador" y yo no la cerre!
abri uma reclamação en mercado libre, ustedes responden ahi o aca?
la plataforma ya intervino en el caso, ustedes tienen que subir sus pruebas
el reclamo en paypal lo abri como "no recibido" pero si llego, roto, como lo cambio a "no es como se describe"?
subi las fotos del reloj roto a la disputa de shopee, revisen y acepten
todavia estoy a tiempo de abrir disputa? el tensiometro no funciona desde el principio
ya respondi en la disputa con el video del unboxing, ahora les toca a ustedes
Buenos días, mi tarjeta de crédito ha iniciado reclamo de cargo no reconocido por su compra, yo sí hice compra pero el producto no llegó
el banco me devolvio el dinero provisional por el contracargo, ustedes lo van a pelear?
mercado libre me pide que espere su respuesta antes de intervenir, respondan al reclamo
la disputa en ebay la abri hace 3 dias por los repuestos de la moto que no son los del anuncio
quiero reabrir la disputa, me mandaron el reemplazo y tambien salio malo
disputa #4410992 - adjunto la guia que dice devuelto al remitente
cerre el reclamo en mercado libre, ya me llego todo bien, gracias
como hago para que la plataforma intervenga? el vendedor no contesta hace una semana
ya les abri disputa en temu, no quiero mas excusas por aqui
la disputa vence hoy a las 23:59 y no han subido nada, si no contestan gano yo no?
mi banco bbva abrio la controversia por el cargo, les va a llegar un aviso
en la disputa pusieron que yo rompi el producto, eso es mentira, voy a apelar
acepten la disputa de una vez, el foco vino con otro enchufe y ya lo saben
abri un claim en paypal por el codigo de gift card que nunca funciono
aliexpress me pide "proporcione prueba de envio de la devolucion" en la disputa, que subo ahi?
"""

DATA["complaint"] = """
ya van 4 veces que explico lo mismo y cada agente me dice otra cosa, que desorden
y asi quieren que vuelva a comprar? jamas
"en breve le respondemos" me dijeron hace 5 dias, es una burla
les escribo por el chat, por mail, por instagram y nadie responde, que clase de tienda es esta
me colgaron la llamada dos veces, un asco
mi queja es con el repartidor que tiro la caja por encima de la reja, pesimo trato
voy a ir a la OCU a denunciar esto
voy a poner una reclamacion en la oficina de consumo, ya estoy harta
voy a ir a la DIACO a poner la denuncia
esto va directo a Pro Consumidor, no es posible tanta irresponsabilidad
ni siquiera saludan, solo copian y pegan, que mala atencion
me van a arruinar la boda por su incompetencia, estoy furiosa
pesimo, pesimo y pesimo. que lastima porque el producto se veia bonito
y todavia me dicen "gracias por su paciencia"? ya no tengo paciencia!!!
es increible que vendan articulos ortopedicos y traten asi a gente enferma
3 semanas con el caso abierto, no tienen verguenza
EL PEOR VENDEDOR DE TODO MERCADO LIBRE
quiero poner una queja formal contra el agente que me atendio ayer, fue muy grosero
voy a contar en el foro de acuaristas lo que me hicieron
su "garantia" es un engaño, nunca la cumplen
Lamento tener que escribir en estos términos, pero la atención recibida ha sido deficiente en todo momento: promesas incumplidas, respuestas evasivas y ningún seguimiento.
quiero dejar constancia de mi inconformidad, me siento engañada con su publicidad
el bot me manda a la misma pagina de ayuda una y otra vez, estoy hasta la madre
this is ridiculous, llevo semanas esperando y nadie da la cara
nunca en mi vida me habian tratado asi, ni en la tienda de la esquina
no es la primera vez, ya es el tercer pedido con problemas, no se puede confiar en ustedes
que decepcion, les tenia confianza y me fallaron cuando mas importaba
hasta cuando van a jugar con la paciencia de la gente
chamo esto es una falta de respeto, ni contestan
voy a publicar las capturas de este chat en twitter para que vean como responden
su atencion al cliente no existe, es un mito
Yo estoy muy molesto con servicio de ustedes, muy mal, nadie ayuda, mucho tiempo perdido
ya perdi la cuenta de los dias que llevo esperando una solucion. lamentable
me prometieron una llamada del supervisor y nunca llamo, que seriedad la suya
que bronca me da como manejan todo, un desastre de punta a punta
la gerencia deberia saber como tratan a los clientes aqui
son unos irresponsables, se comprometen a cosas que no cumplen
les daria cero estrellas si pudiera, y asi lo voy a poner en la reseña
ya me canse de ser amable, esto es un abuso
no pues que mal plan con ustedes parce, nadie se hace cargo de nada
"""

DATA["review"] = """
y donde lo califico? ya me llego todo bien
me llego un correo "cuentanos tu experiencia" pero el link esta roto, donde dejo la opinion?
ya puse 5 estrellas a la peluca con fotos, me mandan el descuento que decia la tarjetita?
la tarjetita de la caja dice "deja tu reseña y te regalamos un esmalte", como lo reclamo?
mi reseña dice "en moderacion" hace 4 dias, cuando sale publicada?
puedo hacer una reseña de cada producto o solo una del pedido entero?
me gustaria cambiar mi calificacion de 2 a 5, al final me resolvieron lo de la lampara
sin querer publique la reseña en el producto equivocado, como la muevo?
Buenas tardes. Deseo dejar una valoración sobre el servicio de montaje del armario; ¿dónde puedo hacerlo?
la reseña me obliga a poner foto? no quiero mostrar mi cara con la peluca
quero deixar uma avaliação pero la app no me deja, sale error
deje mi opinion sobre el cafe pero no aparece en la pagina del producto
la tienda me ofrece reembolsar $5 si dejo 5 estrellas, eso esta permitido?
pueden quitar una reseña que alguien dejo con mi nombre? yo no la escribi
ya los califique a ustedes y al repartidor 👍
donde veo las fotos que subieron otras compradoras con el vestido de maternidad puesto? quiero ver las reseñas
mi reseña tiene una falta de ortografia, se puede corregir?
cuando llegue el kit de impresion 3d les hago review en youtube, me dan algun codigo?
donde dejo el review? quiero poner five stars
puedo calificar antes de los 7 dias o tengo que esperar?
la valoracion del vendedor y la del producto son distintas? cual hago
el vendedor respondio a mi reseña, puedo contestarle yo tambien ahi?
cuantos puntos dan por reseña con video? ya lo tengo grabado del acuario
ya deje reseña de la tienda en google maps, la vieron?
quiero quitar la foto que subi en mi reseña, sale mi casa de fondo
quiero bajar mi nota a 3 estrellas porque el reloj empezo a atrasarse, se puede editar?
el cupon que me dieron por dejar la reseña no lo veo en mi cuenta
Mi valoración es positiva, producto bueno, envío rápido, recomiendo. ¿Dónde lo escribo?
se puede calificar solo con estrellas sin escribir texto?
necesito dejar reseña para que me liberen el cashback, lo hago aqui?
mi mama quiere dejar su opinion del tensiometro pero no tiene cuenta, puede hacerlo?
ok ya lo recibi, ahora te dejo las 5 estrellitas 😘
mi reseña del te de hierbas la ocultaron, por que?
la encuesta de satisfaccion que me mandaron cuenta como reseña?
puedo calificar a la tienda aunque el pedido haya sido cancelado?
el formulario de reseña no me deja pasar de 200 caracteres, quiero escribir mas
subo la reseña del uniforme en la pagina del colegio o en la de ustedes?
hay algun premio para las mejores reseñas del mes?
le puse 4 estrellas porque el empaque llego aplastado, pero el producto esta perfecto, se puede subir a 5?
donde le dejo un comentario bonito al chico que me armo el mueble?
"""

DATA["human_agent"] = """
ok pero quiero que esto lo vea una persona, no vos
ya, ya entendi que eres un bot, conectame con una persona
el bot me dijo "un asesor se comunicara pronto" hace 2 horas, sigo esperando a un humano
necesito una persona que entienda de repuestos de moto, el asistente no sabe
hola, puedo hablar con alguien de soporte tecnico humano para el termostato inteligente?
transferir a agente
can I talk to a real person? en español porfa
me pueden hacer videollamada con alguien de la tienda para mostrarle el problema?
Estimados, solicito que mi caso sea revisado por un miembro del personal y no por el sistema automático.
el menu dice que escriba "agente"... agente agente AGENTE
en el menu no hay opcion de hablar con alguien, como pido un humano?
estoy hablando con una maquina? si es asi pasame con alguien
quero falar con una persona, por favor, no con robo
opcion 0? asesor? persona? alguien?
necesito un humano que revise mi pedido de la boda, es complicado
yo querer hablar persona real, maquina no entender
pasame con la señorita que me atendio ayer, Daniela
hay alguien de turno a esta hora? necesito hablar con un asesor
ya deja de mandarme opciones y conectame con un empleado
quiero que me atienda un especialista en lentes de contacto, no el asistente
por favor un agente en vivo
no me sirven las respuestas del asistente, necesito hablar con un encargado
Disculpe, ¿hay una persona en este chat o es todo automático? Necesito que alguien me atienda personalmente.
chat en vivo con asesor?
que alguien de la tienda me escriba, el bot no resuelve nada
me gustaria que un humano me confirme esto, no confio en la respuesta automatica
ok bot, gracias, pero ahora quiero a un asesor
hablar con alguien por favor, es sobre un cobro
llevo 20 minutos con el robot, por favor una persona
necesito que me contacte un supervisor, no el chatbot
me comunican con atencion al cliente humana? escribo desde guatemala
ayudaaa, una persona real pls
el asistente virtual no entiende que mi pedido es de otra tienda, pasame con alguien
podes derivar esto a alguien del equipo?
me pasas con tu compañera humana jaja
tengo una consulta que solo una persona puede responder, me pasan?
asesor en linea porfavor
ya escribi "hablar con asesor" tres veces, cuando me conectan?
se puede escalar a un agente humano?
boa tarde, quiero atendimento humano, por favor
"""

DATA["thanks_bye"] = """
ah perfecto, entonces espero. gracias!
listo ya me llego, todo bien, gracias y chao
vale, pues eso era todo, un saludo y gracias
gracias mija, dios te bendiga
ok gracias, lo reviso y cualquier cosa vuelvo a escribir
buenisimo, muchas gracias por la paciencia
thank you, muchas gracias
obrigado, digo gracias jaja
Le agradezco enormemente su atención y la rapidez con la que resolvieron mi caso. Que tenga un excelente día.
gracias!! ya funciono la camara, que alivio
ya me quedo claro lo del armado, gracias
ok. gracias.
oka, gracias, buen dia
sale pues, gracias joven
ta bien, gracias
✅ gracias
gracias mi amor, bendiciones
chau, gracias por todo che
gracias crack
se agradece, saludos desde quito
excelente atencion, gracias, hasta la proxima
listo pana, mil gracias
todo perfecto, nos vemos
muy agradecida, que tengan lindo fin de semana
ah ya vi el codigo, gracias 😅
vale vale, gracias tio, hasta otra
era solo esa duda, mil gracias señorita
okey dokey gracias
Muchas gracias por atender, yo estar muy contento
bueno ya no te molesto mas, gracias
okis thank u amiga, bye
mil graciasss 🙌🙌
gracias por la info, lo voy a pensar
perfecto gracias, ahi espero la guia
listo, muy amable de su parte, hasta luego
de nada, gracias a ti
graciass bye
gracias, me ayudaste mucho, chao chao
sip, eso es todo. buenas noches
bueno, gracias de nuevo y disculpa tantas preguntas
"""

DATA["other"] = """
eres un robot o una persona?
jajaja no te creo
como cambio el idioma de la app a español? me sale en ingles
mi cuenta esta bloqueada por "actividad sospechosa", como la desbloqueo
como vinculo mi cuenta de google a la tienda
hola, hacen uniformes escolares para colegios? somos un colegio en cochabamba y queremos cotizar 300
busco proveedor de pelucas para mi salon, venden al mayoreo?
quiero poner un anuncio de mi taller mecanico en su pagina, cuanto cobran?
me ayudas a escribir un mensaje para mi novia?
cuanto es el 15% de 230
que tiempo hace hoy en bogota
que es mejor, android o iphone? no para comprar, solo curiosidad
aaaaaaa
5512093384
ñlkjhg ñlkjhg
🐟🐟🐟
la app me pide la contraseña cada vez que entro, es normal?
necesito cambiar el correo asociado a mi cuenta
tienen programa de afiliados? quiero ganar comision
soy estudiante y hago una encuesta sobre compras online, me contestas 3 preguntas?
sabes algun chiste?
me aburro, hablame de algo
hola, vi su tienda en tiktok, quien es el dueño? jaja
trabajo en una agencia de marketing, les interesa mejorar sus ventas?
me llego un SMS diciendo que gane un premio de su tienda, es real?
quiero recuperar mi cuenta vieja, el correo ya no existe
como se instala la app en el iphone
Buenos días, solicito información sobre oportunidades de empleo en el área de logística de su empresa.
perdon, el mensaje era para mi hermana 😅
de que pais eres tu, bot?
prueba prueba 123
como activo las notificaciones de la app
¿Usted sabe receta de pan casero?
cual es el mejor equipo de futbol de argentina? river obvio
me pasas tu numero personal? jaja
se puede cambiar la letra de la app a mas grande? casi no veo
quiero registrarme como vendedor en la plataforma, donde es?
necesito ayuda con mi declaracion de impuestos, sabes de eso?
que numero salio en la loteria ayer
me escribieron de un numero diciendo que son ustedes y me pidieron el codigo de verificacion, es normal?
"""
