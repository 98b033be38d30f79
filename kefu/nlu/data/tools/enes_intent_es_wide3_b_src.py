"""Mensajes de compradores en español (ronda 3, lote B, 18 intenciones in-sale/after-sale): cobertura sistemática de subsituaciones por intención, variantes regionales de España, Latinoamérica y latinos en EE. UU."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["payment"] = """
me rechazan la visa en el checkout, ya probe dos veces y nada
tarjeta declinada otra vez, es una mastercard de santander y tengo saldo de sobra
Buenas tardes, al intentar pagar el cochecito de bebé la pasarela me devuelve "operación denegada por el emisor". ¿Pueden revisar si el problema es suyo?
no me llega el sms del banco para confirmar la compra y sin eso no me deja pagar los audifonos
el codigo de verificacion de BBVA me llega tarde y cuando lo pongo ya caduco, no puedo terminar el pago
la app del banco no me muestra la notificacion para autorizar, y la web se queda esperando, que hago
me cobraron 2 veces la freidora de aire, 1.899 pesos cada cargo, solo hice un pedido
OIGAN ME DESCONTARON DOBLE EL PAGO DE LA LAPTOP
veo dos cargos iguales de 64,90€ en la cuenta por el mismo perfume, uno es retencion o me cobraron dos veces?
el pago dice "pendiente" desde anoche y ya me quitaron la plata del nequi
pague por PSE y el estado quedo en "en validacion", cuanto tarda en aprobarse?
hola hice el deposito en oxxo por el kit de maquillaje y la orden sigue sin pagar, ya pasaron 24 hrs
que formas de pago tienen? quiero comprar la bici de montaña
aceptan tarjetas de debito o solo credito?
se puede pagar con mercado pago en la tienda web o solo en mercado libre
tienen pago contra reembolso? vivo en un pueblo de cuenca y no me fio de pagar antes
pago al recibir en lima es posible? es para una licuadora
contraentrega en barranquilla?? para la silla gamer
ya hice la transferencia por el escritorio, les mando el comprobante por aqui o por correo?
te paso captura del pago movil del banco de venezuela, referencia 00412, confirmame porfa
Adjunto justificante de la transferencia bancaria correspondiente al pedido #20931 (sofá de tres plazas). Quedo a la espera de su confirmación.
el perfume de 120 mil lo puedo pagar en 6 cuotas sin interes con la visa del galicia?
hay meses sin intereses con liverpool o bbva para la tele de 55?
se puede fraccionar el pago de la cama? en 3 meses o algo asi
mi tarjeta es de estados unidos, me van a cobrar comision por conversion si pago en euros?
el precio sale en dolares pero pago con tarjeta colombiana, el banco me cobra aparte la conversion o ya va incluido?
por que al pagar me salio un monto mas alto que en el carrito? 3.45 de diferencia, es por la moneda?
no tengo cuenta paypal, se puede pagar con tarjeta por paypal sin registrarme?
quiero pagar la mitad con la gift card que me regalaron y el resto con tarjeta, como se hace?
tengo saldo de 200 en la tarjeta regalo y la camara cuesta 350, puedo completar con otra tarjeta?
aceptan kueski pay o aplazo? quiero la consola y pagarla en quincenas
afterpay si se puede? estoy en texas y compro el juego de ollas
el link de pago que me mandaste por whatsapp dice expirado, mandame otro pa pagar las llantas
puedo dejar una seña y pagar el resto cuando este listo el mueble a medida?
mi hija me quiere pagar la compra desde su cuenta en otro pais, se puede pagar desde otra tarjeta que no sea la mia?
pague con bizum al numero que pone en la web pero no me ha llegado confirmacion del pedido de las sabanas
aceptan USDT por binance? desde caracas no tengo como pagar con tarjeta
la compra me dice "pago no completado" pero en mi cuenta de cash app si salio el dinero, pedido #55821
eu pago con pix o solo con tarjeta? estoy en foz y compro la guitarra
se puede pagar en efectivo en la tienda fisica y recoger ahi el pedido online? es un set de herramientas
"""

DATA["modify_order"] = """
todavia no salio mi pedido? me equivoque de codigo postal, es 28045 no 28054
me faltó el numero de casa en la direccion, es la 1432, el pedido es el de la lampara
cambien la direccion de envio a la oficina de mi trabajo porfa, av. insurgentes sur 1602 piso 4, aun no lo mandan verdad?
quiero cambiar la talla del vestido de S a M, lo compre hace 20 min
pedi el jean 30 y necesito el 32, si no lo han enviado me lo cambian porfa
Hola, acabo de realizar el pedido 7781 y elegí la funda para iPhone 14 cuando mi móvil es un 15. ¿Es posible corregirlo antes del envío?
me cambias el color de la mochila de negro a verde oliva? todavia esta en preparacion
los aretes los quiero en dorado no en plateado, apenas pague
ponele 3 unidades en vez de 2 a las cremas, todavia no despachaste no?
reduce a una sola la cantidad de las botellas de vitaminas, me equivoque y puse 4
quiero agregar la correa extra al pedido del smartwatch, se puede sumar al mismo envio?
sacame del pedido el cargador, ya consegui uno, el resto dejalo igual
tengo 2 pedidos abiertos, el de los juguetes y el de la ropa de bebe, me los mandan juntos en una sola caja?
pueden unir los pedidos 33018 y 33024? son a la misma direccion
es para regalo, le pueden poner una notita que diga "feliz cumple mama"? el pedido aun no sale
agreguen nota al repartidor: tocar el timbre 2 y dejar con el portero
cambien el nombre del que recibe a Lucia Fernandez y el telefono 5491134567890, yo no voy a estar
el celular que puse en el pedido esta mal, es 3001234567, asi el mensajero me puede llamar
en vez de envio a domicilio lo quiero recoger en sucursal de andreani, se puede cambiar?
mejor mandalo a punto de recogida de correos en vez de a casa, no hay nadie de dia
cambiame la entrega para el sabado si se puede, entre semana no estoy
quiero pasar mi pedido a envio express, pago la diferencia, todavia no lo mandaron
el grabado del anillo tiene que decir "Sofi y Dani 2024", puse Sofi y Dany, lo pueden corregir antes de hacerlo?
la placa para el collar de mi perro es "Toby" con y, no con i, me lo corrigen porfa
las zapatillas de correr las pedi para hombre y eran de mujer, mismo numero, me las cambian antes de enviar?
el cargador lo necesito con enchufe europeo no americano, aun no lo mandaste verdad? cambialo
la pintura la pedi en gris perla y queria gris humo, el pedido es de esta mañana, cambiarlo x fa
quiero cambiar el modelo del tinte de impresora, puse el 664 y mi impresora usa el 544, todavia no envian?
Estimados, solicito modificar la dirección de entrega del pedido ES-44102: debe enviarse a Calle Mayor 12, 3.º B, 50001 Zaragoza, en lugar de la indicada.
mandame la mitad del pedido a mi casa y la otra mitad a la de mi mama? son 4 cajas de utiles escolares
cambiar direccion, me mude!! el pedido sigue sin salir
la direccion de la colonia esta mal escrita, es Narvarte Poniente, corrijan antes de mandar
se puede cambiar el sabor de la proteina de chocolate a vainilla? pedido de hoy
hey quiero hacer un cambio en mi orden antes de que la manden, el size del hoodie es L no XL
porfa agregame otra bolsa de arena para gato al pedido, asi me llega todo junto
la cantidad de globos ponla en 100 en vez de 50, es para la fiesta del sabado, aun no sale
olvide poner que es para regalo, me lo envuelven y le quitan el precio? el pedido todavia no se envia
el departamento es 5C no 5B, corrigelo antes del envio porfa
puedo cambiar el set de cuchillos por el de 8 piezas en lugar de 5? todavia dice "pendiente de envio"
cambienme el tono de la base de maquillaje al 220, el 210 lo elegi sin querer, no lo han empacado?
"""

DATA["cancel_order"] = """
quiero cancelar mi pedido, me arrepenti
cancelen la orden 88213 por favor, ya no la necesito
cancela todo, ya no quiero la cafetera
me equivoque y compre dos veces el mismo casco, cancelen uno de los dos
hice el pedido duplicado sin querer, el 4410 y el 4411 son iguales, anulen el segundo
encontre la tablet mas barata en otro lado, cancelame la compra porfa
si no lo envian hoy, cancelenlo, ya me canse de esperar
ya pasaron 10 dias sin que lo despachen, prefiero cancelar el pedido de la impresora
de la orden solo cancelen la funda, los audifonos si los quiero
puedo cancelar solo un articulo del pedido? el labial rojo, lo demas si
quiero cancelar la preventa del videojuego, ya no me interesa
cancelar reserva del cochecito, el que encargué para julio
no he pagado todavia, como anulo el pedido para que no quede pendiente?
el pedido quedo sin pagar, cancelalo asi no me llegan mas recordatorios
Buenos días, solicito la cancelación del pedido n.º 100293 (colchón viscoelástico 150x190), realizado ayer por error.
como cancelo un pedido desde la app? no encuentro el boton
donde esta la opcion de cancelar compra en mercado libre? quiero anular la del taladro
puse mal la direccion y prefiero cancelar todo y volver a pedir
pedi contra entrega y ya no lo voy a recibir, cancelenlo para que no lo manden
mi pedido ya salio pero todavia quiero cancelarlo, se puede?
si ya esta enviado, igual me lo pueden cancelar? es el robot de limpieza
la app dice "solicitud de cancelacion enviada" hace 2 dias y no la aprueban, la aprueban porfa?
me rechazaron la cancelacion, pero yo lo pedi antes de que saliera, cancelenla
el vendedor me escribio que no hay stock y que cancele yo, ok cancelen el pedido
cancelar pedido. gracias
CANCELEN MI PEDIDO DE LAS CORTINAS, NO LO QUIERO MAS
ya no lo quiero, anulenlo y me devuelven el dinero
mi esposo ya compro la misma cuna, asi que la nuestra la cancelamos
la fiesta se suspendio, cancelen los adornos y el pastel de pañales por favor
hola buenas, porfa me cancelan el pedido que hice anoche de la crema facial, lo pedi sin pensarlo
cancelen el vestido a medida mientras no lo hayan empezado a coser
me sale muy caro el envio al final, mejor cancelo la orden
quiero dar de baja la compra del curso y del libro, todavia no lo han mandado
no me alcanza la plata este mes, cancelen el pedido del sillon porfa
cancelar orden #A-77102 tío, que lo pedi mal
ya no lo necesito, me lo regalaron. cancelar la compra del secador
cancel my order porfavor, la de las pesas
tengo tiempo para cancelar? lo compre hace una hora
la suscripcion mensual de cafe no la quiero mas, cancelen el pedido de este mes que aun no sale
buenas, me podes anular la compra de los parlantes? los vi en la tienda de mi barrio
"""

DATA["ship_time"] = """
ya pague el celular, cuando me lo envian?
cuando despachan? pague ayer con tarjeta
hola, el pago ya se acredito, para que dia sale mi pedido de la cafetera?
la preventa de la consola decia envio en marzo, que fecha exacta lo mandan? ya esta pagado
cuando empiezan a enviar las preventas del libro firmado? lo pague en enero
el anillo grabado cuantos dias tarda en salir? ya hice el pago
el cuadro personalizado con la foto de mi perro, cuando lo terminan y lo envian? ya pague
si pago antes de las 2 sale hoy? ya lo hice, son las 12:40
pague a las 11 de la noche, sale mañana temprano o pasado?
despachan los sabados? pague el viernes en la tarde y lo quiero antes del martes
con el puente del lunes festivo, cuando sale mi orden? ya esta pagada
por el año nuevo chino van a tardar en mandarlo? el pago lo hice el 2 de febrero
solo me llego la funda, cuando mandan el resto del pedido? el celular y el cargador
me dijeron que el envio iba en dos partes, la segunda caja cuando la despachan?
hace 6 dias dice "esperando envio", hasta cuando? es un juego de sabanas
sigue en "en preparacion" desde el lunes, cuando lo van a enviar?
pagado y sin guia todavia, lo despachan hoy o no?
Estimado vendedor, realicé el pago del pedido 20931 el día 3 y aún figura como "pendiente de despacho". Le agradecería me indicara cuándo tienen previsto enviarlo.
ya esta pagado, me lo envian antes del 24? es regalo de navidad para mi hijo
necesito que salga esta semana, pague el jueves, se puede?
lo mandan antes del viernes? ya pague y viajo el domingo
me dijeron que la talla M la reponian y despues la enviaban, ya la repusieron? cuando sale mi pedido, que ya esta pagado
pagué y después me dijeron que estaba agotado temporalmente, cuándo me lo mandan entonces?
pague el envio express de 24h y ni siquiera lo han despachado, cuando sale?
el express es solo el transporte o tambien lo despachan mas rapido? ya pague el del perfume
sale de su bodega de miami o de china? y cuando? ya esta pagado el drone
el almacen de valencia cuando lo envia? la web dice 1-2 dias de preparacion y ya pago
cuando mandan mi orden #30129, ya pasaron 4 dias del pago
oye y lo mio pa cuando? ya te hice el yape
cuando lo despachas che? te transferi ayer a la tarde
a que hora pasan a recoger los paquetes hoy? asi se si mi pedido pagado sale hoy
mi pedido ya lo tienen empacado? cuando lo entregan a la paqueteria
ya pago, ahora cuanto tarda en salir de su almacen?
cuantos dias de preparacion tiene un mueble a medida antes de enviarlo? lo pague la semana pasada
el vestido de novia bajo pedido ya lo pague completo, para cuando lo confeccionan y lo envian?
porfa mandenlo ya, pague el lunes y hoy es jueves
ME PUEDEN DECIR CUANDO ENVIAN MI PEDIDO?? YA PAGUE HACE UNA SEMANA
hi, pague mi orden de vitaminas, cuando la shipean?
ya confirmaron mi pago del boleto, para cuando me envian las zapatillas de futbol?
dice pago aprobado pero estado "por enviar", que dia se envia aprox?
"""

DATA["order_status"] = """
donde esta mi pedido? el numero es 5521093
me pasas el numero de seguimiento porfa
cual es la guia de mi pedido de la freidora?
no encuentro el tracking en mi correo, me lo mandan de nuevo?
con que paqueteria lo mandaron? para rastrearlo
va por estafeta o por dhl? quiero ver donde va
el seguimiento dice "en transito" desde ayer, en que ciudad esta?
que significa "en centro de distribucion" en servientrega?
el estado dice "clasificado en origen", eso que quiere decir?
"etiqueta creada" significa que ya lo enviaron o todavia no?
me sale "en aduana" en correos, cuanto suele quedarse ahi mi paquete?
el tracking dice "retenido en aduana, pendiente de pago de aranceles", tengo que pagar algo?
el link de rastreo me da error 404, me pasan otro?
el numero de guia que me dieron no aparece en la pagina de starken
dice "en reparto", a que hora mas o menos pasa el repartidor?
mi paquete esta "en ruta" hoy? es el de los juguetes de mi hija
llego el aviso de "intento de entrega", como lo reprogramo o donde lo recojo?
el cartero dejo un aviso, el paquete esta en la oficina de correos de mi barrio?
la guia dice "disponible en agencia", en cual agencia de olva esta?
me dividieron el pedido en dos paquetes, me pasan el tracking del segundo?
dice que salio de shenzhen, ya esta en vuelo?
el seguimiento se actualizo a "llegada al pais de destino", ahora que empresa lo lleva?
ahora que lo tiene correos de mexico, cual es el nuevo numero de rastreo?
en la app sale fecha estimada 12 de junio, sigue en pie o cambio?
como va mi envio del secador de pelo? pedido 2024-5512
hola buenas, en que parte del camino va mi pedido de las pesas? lo compre el 3
Buenos días, ¿podrían informarme del estado actual del envío correspondiente al pedido ES-90213 (altavoz bluetooth)?
y el tracking del taladro?
y el paquete? donde va
me confirmas si ya salio de bodega mi pedido del monitor?
en que estado esta la orden del set de lego? no entiendo lo que dice la app
porque el rastreo dice que esta en guadalajara si yo vivo en monterrey? va de paso?
dice "devuelto al centro de distribucion", que paso con mi paquete?
la pagina de chilexpress dice "en bodega de destino", ya lo reparten mañana?
el rastreo lleva 3 dias en "en transito internacional", es normal o algo paso?
la guía 7700123456 de coordinadora me dice "novedad en la entrega", ¿qué novedad?
porque dice que mi pedido se entrego al transportista pero no hay mas info, donde esta?
me llego un correo de UPS pidiendo confirmar direccion, es mi pedido de ustedes? como sigo?
ya lo tiene andreani? quiero ver el seguimiento del microondas
where is my package? pedido de la tienda, el de las uñas postizas, no entiendo el tracking en ingles
"""

DATA["not_received"] = """
dice entregado pero no me llego nada
me marcaron como entregado hoy a las 3pm y yo estaba en casa, no vino nadie
el tracking dice "entregado al destinatario" y yo no recibi el paquete de los lentes de sol
pone entregado en buzon y el buzon esta vacio, es un collar de plata
la foto de prueba de entrega es de otra puerta, no es mi casa
lo entregaron en otra direccion, mi vecina no lo tiene
el conserje dice que no recibio ningun paquete a mi nombre y sale entregado
mi pedido lleva 45 dias y no llega, la fecha maxima era hace 2 semanas
ya paso la fecha estimada de entrega y del monitor nada
deberia haber llegado el lunes y hoy es viernes, mi pedido no aparece
esto se perdio, lleva 20 dias sin moverse el seguimiento y ya paso la fecha
la paqueteria me dijo que el paquete esta extraviado, y ahora?
DHL me confirmo que lo perdieron, que hacen ustedes? era una camara
lo devolvieron al remitente sin intentar entregarlo, yo nunca lo recibi
sale "devuelto a origen" y nadie vino a mi casa, no tengo mi pedido
de la caja 2 de 2 nada, la 1 si llego, en la 2 venian las sillas
pedi 3 paquetes separados y solo me llegaron 2, el del colchon no llego
no he recibido el codigo de la tarjeta regalo de steam, lo pague hace 3 horas
compre un ebook y nunca me llego el enlace de descarga
la licencia del antivirus no llego a mi correo, ni en spam
lleva un mes en aduana y nunca me llega, ya pase la fecha de entrega
me llego el aviso de entregado en la oficina de correos pero alla dicen que no esta
en el punto de recogida no encuentran mi paquete y el sistema dice que esta ahi
el repartidor puso "cliente no estaba" y yo estuve todo el dia, ahora sale devuelto y nunca lo recibi
NO ME HA LLEGADO EL PEDIDO Y YA VA UN MES
hola, el regalo de cumple de mi sobrino no llego y el cumple fue ayer
el uniforme de futbol era para el torneo del sabado y no llego, ya paso
Estimados, el pedido 102938 figura como entregado el día 8, sin embargo no lo he recibido. Solicito que se investigue con la empresa de transporte.
a mi mama en bogota le dice entregado pero ella no recibio nada, es el tensiometro
que paso con mi pedido que nunca llego? lo pedi en abril
nunca me llego la cafetera, pedido #88120
nada de nada, el paquete no aparece por ningun lado
pa que me dicen que llegaba el martes si hoy es domingo y nada
el seguimiento no se mueve desde hace 3 semanas y la entrega estimada ya vencio, lo doy por perdido
firmaron por mi paquete con un nombre que no conozco, yo no lo tengo
mi paquete se quedo en "en transito" y despues desaparecio del sistema, nunca me llego
pedí las gafas hace 2 meses desde barcelona y todavía no tengo nada
my package never arrived, la orden de las vitaminas, ya paso mucho tiempo
el amazon locker dice entregado pero el codigo no abre ninguna puerta y no tengo el pedido
ni rastro de los repuestos de la bici, tenian que llegar hace 10 dias
"""

DATA["quality_issue"] = """
la pantalla del celular llego rota
el monitor tiene pixeles muertos en el centro
la laptop no prende, la cargue toda la noche y nada
el audifono derecho no suena, solo el izquierdo
los airpods se desconectan a cada rato y el estuche no carga
el smartwatch no carga, la base no hace contacto
la bateria del drone dura 3 minutos y dice 25 en la caja
la camara saca las fotos borrosas, el lente tiene como una mancha por dentro
la licuadora olio a quemado en el primer uso y se apago
la sarten antiadherente se pela despues de dos usos
el hervidor gotea por abajo, el agua sale por la base
el sillon llego con la tela rasgada en el respaldo
la lampara parpadea y hace zumbido
al edredon se le sale la pluma por todos lados
la rueda del cochecito se trabo y no gira, ya cruje
el juguete hace ruido raro y las luces no prenden aunque le cambie las pilas
la costura del jean se abrio al primer dia
el vestido se destiño en la primera lavada y mancho todo
la piedra del anillo se cayo a la semana
los aretes se pusieron negros al tercer dia de uso y el broche se doblo
el reloj de pulsera se adelanta como 10 min cada dia, asi no sirve
el cierre de la mochila se rompio apenas la use
la crema llego con el sello roto y huele a rancio
el perfume llego con la tapa rota y derramado en la caja
la plancha de pelo no calienta de un lado
las vitaminas vienen pegadas todas y con humedad, el frasco mal cerrado
el rascador del gato llego con el poste roto
la cadena de la bici salta todo el rato, es nueva
la manguera del jardin tiene fuga en la conexion desde que la abri
la carpa llego con una varilla partida
la pesa rusa tiene la pintura saltada y oxido
el libro tiene paginas en blanco y otras repetidas
el cartucho de tinta nuevo gotea y deja manchas en todas las hojas
el mando de la play tiene drift, se mueve solo el joystick
el ukelele llego con el puente despegado y una cuerda suelta
los globos se revientan al inflarlos, la mitad del paquete
el cargador del auto se calienta y no carga el cel
Buenas tardes: el robot aspirador recibido deja de funcionar a los cinco minutos y emite un pitido continuo. Adjunto vídeo.
me llego el movil con la tapa trasera rayada y un golpe en la esquina, se nota que vino mal embalado
hola, el taladro hace chispas y huele a quemado, ni lo use 1 hora
"""

DATA["wrong_item"] = """
me llego otra cosa, yo pedi un hervidor y vino una tostadora
esto no es lo que compre, pedi el iphone 13 y me mandaron un 12
pedi la talla L de la camiseta y la etiqueta dice S
me mandaron el brasier en 34B y lo compre en 36C
pedi la chaqueta negra y me llego azul marino, no es tema de foto, es otro color del catalogo
el labial que llego es el tono 105 y yo pedi el 120
vino el modelo de 128gb y pague el de 256gb
el cargador que me llego es de 20W y la publicacion decia 65W
me llego la version en ingles del libro y la pedi en español
el teclado vino con distribucion americana, sin ñ, y yo compre el español
el anuncio decia acero inoxidable y el juego de ollas es de aluminio
dice cuero genuino en la pagina y el bolso es de sintetico, no es como lo describen
en la foto el cochecito traia capota y portavasos, el mio vino sin eso
falta el cargador en la caja del smartwatch
el dron vino sin las helices de repuesto que salian en la descripcion
la mesa llego sin las patas, solo el tablero
al kit de herramientas le faltan 3 puntas, dice 40 piezas y hay 37
el set de maquillaje vino sin la brocha que mostraban
pedi 6 copas y en la caja hay 4
compre dos pares de aretes y solo vino uno
abri el paquete y de las 3 camisetas que pedi solo venian 2
me llego un pedido de otra persona, tiene otro nombre en la factura y son cosas de bebe que no pedi
abri la caja y hay ropa de hombre, yo pedi un vestido de fiesta
me mandaron pienso para gato y pedi para perro
el cartucho de tinta es el 662 y yo pedi el 664 para mi hp
la pieza del freno no es la que pedi, el numero de parte no coincide
las pastillas vinieron para otro modelo de bici, no son shimano como decia
pedi el vinilo de queen y llego uno de otro grupo lol
el perfume que llego es de 50ml y pague el de 100ml
me llego el juguete de la patrulla canina equivocado, pedi a chase y vino marshall
Buenas tardes, he recibido el pedido 55021 pero el artículo no corresponde: solicité una batidora de vaso y me han enviado una batidora de mano.
YO PEDI UNA FUNDA PARA SAMSUNG Y ME MANDARON DE IPHONE
hola la peluca vino lisa y la pedi ondulada
vino el juego de sabanas individual y pedi matrimonial
la chamarra dice talla 10 años y pedi 6, me equivocaron
esto no es lo que sale en la foto del anuncio, es otro modelo de lampara totalmente
la guitarra vino sin el estuche que incluia el anuncio
pedi las vitaminas en gomitas y me mandaron capsulas
en el pedido puse el color rosa del termo y vino verde menta
received the wrong item, ordene mancuernas de 10 kilos y vinieron de 5
"""

DATA["return_refund"] = """
quiero devolver el vestido, no me quedo bien
lo puedo devolver? no me gusto el reloj
cual es su politica de devoluciones?
cuantos dias tengo para devolver los audifonos?
hola, se aceptan devoluciones si ya abri la caja? la licuadora ni la use
se puede devolver ropa interior? la compre y no me queda
los aretes se pueden devolver o es producto de higiene?
quiero que me reembolsen, el producto vino defectuoso y no quiero otro
reembolsame el dinero de la tablet que llego rota, no quiero reemplazo
quiero el reembolso, me mandaron el modelo equivocado y ya no lo necesito
me falto una pieza del mueble, prefiero que me devuelvan el dinero
pueden hacerme un reembolso parcial por el rayon del escritorio y me lo quedo?
si lo devuelvo me dan la plata o un vale? quiero la plata
prefiero reembolso a la tarjeta, no credito de la tienda
como hago la devolucion? es la primera vez que compro aca
donde pido el reembolso en la app? no veo la opcion
quiero devolver un regalo que me dieron, no tengo el numero de pedido
se me paso el plazo de devolucion por 2 dias, me aceptan igual la devolucion del abrigo?
ya me rechazaron la devolucion de la cafetera, pero esta nueva, la pueden aceptar?
quiero devolver solo los pantalones del pedido, la blusa me la quedo
me pueden reembolsar el secador? lo use una vez y no me convencio
el libro llego con las paginas mojadas, devuelvanme el dinero
Buenos días: en virtud del derecho de desistimiento, deseo devolver el portátil adquirido el 5 de marzo (pedido 44012) y solicitar el reembolso completo.
hola buenas quiero devolver el cochecito porque es muy pesado para mi, esta con todo el plastico todavia, como es el proceso
REEMBOLSO YA, ESTE PRODUCTO NO SIRVE
si el articulo esta en oferta se puede devolver igual?
los productos personalizados tienen devolucion? la taza con nombre vino bien, pero ya no la quiero
me reembolsan si el juguete tiene una pieza suelta? quiero devolverlo
puedo devolver la compra en la tienda fisica de madrid? la hice online
el smartwatch no es compatible con mi celular, lo quiero devolver y que me den mi dinero
me quiero retractar de la compra del colchon, son 10 dias en chile no?
devolucion x favor, la chaqueta es mas fea en persona
se puede devolver el perfume si solo lo probe una vez?
quiero devolver el pack de vitaminas completo, mi medico me dijo que no las tome
ok entonces solo queda devolverlo, lo quiero devolver y que me reintegren todo
aceptan devoluciones de compras internacionales? estoy en peru y compre desde su web de usa
la camara no era lo que esperaba, quiero regresarla y mi reembolso
quiero hacer un return del hoodie, no me gusto el fit
se puede devolver despues de 30 dias si el producto fallo? el robot de cocina ya no enciende y quiero la plata
pido reembolso del pedido 77210 porque no me sirve la silla para mi escritorio
"""

DATA["exchange"] = """
me lo cambian por una talla mas grande? me queda chico
quiero cambiar la camisa por una M, la L me queda enorme
el jean me queda apretado, lo cambio por el 32?
las zapatillas de futbol le quedan chicas a mi hijo, hay cambio por el 35?
el body del bebe ya no le entra, se puede cambiar por el de 12 meses?
quiero cambiar el color de la funda, me llego la rosa y prefiero la negra
el sofa en gris no me combina, lo puedo cambiar por el beige?
la blusa roja me queda rara, me la cambian por la blanca?
cambio el reloj de correa marron por el de correa negra? no lo he usado
el vestido lo quiero cambiar por otro modelo de la tienda, pago la diferencia
se puede cambiar la licuadora por la batidora? es el mismo precio y no la abri
me regalaron estos audifonos y tengo unos iguales, los cambio por un smartwatch?
puedo cambiar la lampara de mesa por la de pie y pago lo que falta?
cual es el plazo para hacer un cambio de talla?
cuantos dias tengo para cambiar la ropa?
tienen cambio en tienda fisica? compre online el abrigo
me lo cambian o tengo que devolverlo y comprar otro?
el anillo me quedo grande, se puede cambiar por el 6?
me llego bien pero el colchon es muy duro, lo cambian por el de firmeza media?
el cartucho que pedi es el negro, me equivoque, lo puedo cambiar por el de color? esta sellado
quiero hacer el cambio de las botas a talla 39, me las mandan y yo devuelvo estas?
ya mande las zapatillas para el cambio, cuando me mandan las de la otra talla?
hace una semana pedi el cambio del pantalon y no me han mandado el nuevo, como va?
el cambio que me mandaron tambien vino en la talla equivocada, lo cambian otra vez?
me puedo cambiar dos veces? la talla M tampoco me queda
Buenas tardes, desearía cambiar el abrigo recibido (talla 40) por una talla 42 del mismo modelo y color.
hola, se podria cambiar la chompa de mi hija de talla 8 por la 10? ya la recibimos, tiene etiqueta
cambio porfa, la cartera en camel y no en negro
CAMBIO DE TALLA URGENTE, LA CHAQUETA NO ME CIERRA
la camiseta de la seleccion me quedo justa, la cambio por XL y listo
la manta la pedi en gris y ahora la quiero en verde, ya me llego, se puede hacer el cambio?
prefiero que me cambien el secador por otro nuevo del mismo modelo, no quiero reembolso
el tapete de yoga es muy delgado, lo cambio por el de 10 mm? no lo use
mi esposo dice que la camisa le queda de hombros, la cambiamos por una talla mas
la funda me vino para el s23 como pedi pero me cambie de cel, la puedo cambiar por una del s24?
se pueden cambiar los articulos de rebaja? el sueter me queda chico
me dieron como regalo un conjunto talla 4T y mi nena es 5T, como lo cambio sin ticket?
vale tío, ¿lo puedo cambiar por la talla 44 de la camiseta del madrid?
la mochila escolar es muy chica para las carpetas, cambio por la grande?
i want to exchange los tenis, me quedan chicos, me los cambian por un 9 y medio
"""

DATA["refund_status"] = """
cuando me llega el reembolso?
ya me devolvieron el dinero? no veo nada en mi cuenta
en que va mi reembolso del pedido 55102?
el reembolso ya fue aprobado pero no cae en la tarjeta
hace 15 dias me confirmaron el reembolso de la mochila y sigo sin ver la plata
cuanto tarda en reflejarse el reembolso en la tarjeta de credito?
el estado de mi reembolso dice "procesando" hace una semana
ya recibieron mi devolucion? para saber cuando me devuelven la plata
ya les llego el paquete devuelto hace 4 dias, cuando hacen el reembolso?
cancele el pedido el lunes, cuando me devuelven lo que pague?
me cancelaron la orden por falta de stock y todavia no veo el dinero
el reembolso de lo que pague en oxxo como me lo dan? no tengo tarjeta
pague con transferencia, a que cuenta me hacen el reembolso y cuando?
me reembolsaron menos de lo que pague, faltan 150 pesos del envio
me devolvieron 38 euros y pague 45, y los otros 7?
por que el reembolso me llego en dolares y menos plata? pague en pesos
me pueden dar el numero de referencia del reembolso? mi banco no lo encuentra
mi banco dice que no ha recibido ningun reembolso de su parte, me mandan comprobante?
la tarjeta con la que pague ya vencio, igual me llega el reembolso?
el reembolso como saldo en la tienda ya esta? no me aparece en la billetera
me dijeron que el reembolso iba a mercado pago y no aparece, donde lo busco?
ya paso el plazo de 10 dias habiles para el reembolso, que pasa?
Buenos días: el pasado día 12 me confirmaron la devolución del importe del pedido 33021 y a fecha de hoy no lo he recibido en mi cuenta. Ruego revisen el estado.
mi reembolso?
ya va un mes y el reembolso nada!!
y la plata?? devolvi todo hace rato
cuando cae el reembolso a mi nequi?
me devuelven el dinero a paypal o a la tarjeta? y cuando?
oigan, y mi reembolso del cochecito? ya lo recogieron hace una semana
me llego el correo de "reembolso emitido" pero en la cuenta no aparece, cuanto falta?
ya aprobaron la devolucion de la camara en la disputa, cuando me transfieren?
el reembolso del envio de devolucion tambien me lo hacen? no lo veo
me dijeron que el reembolso salia en 48 horas y ya van 5 dias
hola, me confirmas si el reembolso de 89.990 ya salio? la orden es 7712309
el reembolso que me prometieron por el producto roto, me lo hicieron ya?
REEMBOLSO PENDIENTE DESDE HACE 3 SEMANAS
tienen algun problema con los reembolsos? el mio no llega nunca
ya devolvi el vestido por correos, como sigo el estado del reembolso?
hi, mi refund ya esta procesado? fue a mi tarjeta de wells fargo
me dijeron que el reembolso parcial por la mancha del sillon me lo mandaban hoy, ya salio?
"""

DATA["return_shipping"] = """
quien paga el envio de la devolucion?
si devuelvo el vestido tengo que pagar yo el envio?
la devolucion es gratis o me la cobran?
el error fue suyo al mandarme otra talla, asi que el envio de vuelta lo pagan ustedes
no voy a pagar el flete de regreso de una licuadora que vino rota
cual es la direccion para mandar la devolucion?
a donde envio el paquete de vuelta? no viene direccion en la caja
la direccion de devolucion es en china? me sale carisimo mandarlo alla
me mandan la etiqueta de devolucion prepagada porfa
la etiqueta de devolucion que me mandaron ya vencio, me generan otra?
no tengo impresora, puedo devolver sin imprimir la etiqueta?
el codigo QR de devolucion me lo piden en la oficina de correos, donde lo encuentro?
pueden pasar a recoger la devolucion a mi casa? es un sofa y no lo puedo cargar
programen la recogida del televisor que devuelvo, estoy en casa de 9 a 2
en que paqueteria dejo la devolucion? en mi pueblo solo hay estafeta
puedo dejar el paquete en un locker de inpost o tiene que ser oficina de correos?
la devolucion la llevo a cualquier sucursal de servientrega o a una en especial?
lo tengo que mandar en la caja original? ya la tire
como empaco el espejo para devolverlo sin que se rompa?
me devuelven lo que pague de envio para devolver las botas? pague 8 euros
el costo de envio de la devolucion lo descuentan del reembolso?
guarde el recibo de 65 soles de olva por la devolucion, a quien se lo mando para que me lo paguen?
envio la devolucion desde usa a mexico, quien paga las tasas de aduana?
si devuelvo desde canarias me cobran aduana? es un secador
el envio de la devolucion me sale mas caro que el producto, no hay otra forma?
la etiqueta que me dieron es de otro pedido, la puedo usar igual?
ya mande la devolucion, les paso el numero de guia? es 8812093 de chilexpress
ya deje la caja en el punto de devolucion, donde pongo el numero de seguimiento?
pongo el numero de pedido dentro de la caja cuando lo devuelvo?
Buenos días: para proceder a la devolución del pedido 20931, ¿podrían indicarme la dirección del almacén y si debo abonar yo los portes?
hola, el formulario de cambio pide que envie la talla equivocada, el envio de esa vuelta corre por cuenta mia o suya?
para cambiar la talla tengo que pagar el envio de ida y vuelta?
QUIEN PAGA EL ENVIO?? USTEDES SE EQUIVOCARON
el repartidor que vino a recoger la devolucion no tenia guia y se fue, me mandan a otro?
la direccion de devolucion que sale en la app esta incompleta, falta el codigo postal
como devuelvo un mueble de 40 kilos? tienen servicio de retiro?
tengo que desarmar la cama para mandarla de vuelta o la retiran armada?
mando la devolucion por correo argentino o andreani? cual me cubre?
how do i send it back? necesito la etiqueta de USPS para las gafas
puedo devolver el producto de mercado libre en una agencia de mercado envios cerca de mi casa?
"""

DATA["dispute"] = """
voy a abrir una disputa en aliexpress
ya abri la disputa por el pedido 8100293
abri un reclamo en mercado libre porque no me llego el producto
como abro una disputa en la app? el vendedor no me responde
voy a pedir que mercado libre intervenga en el reclamo
ya escale la disputa, que decida aliexpress
si no me responden hoy, abro un caso en paypal
abri un caso de paypal por articulo no recibido
quiero hacer un contracargo con mi banco, me pasan los datos de la compra?
llame a mi banco y voy a desconocer el cargo de la tablet
el banco ya inicio el chargeback, ustedes recibiran la notificacion
hice un reclamo de garantia de la A a la Z en amazon
abri un caso en shopee porque la camara vino rota y no me contestan
la disputa en temu ya esta abierta, respondan ahi
me piden pruebas en la disputa, que fotos subo?
ya subi el video del unboxing como prueba en la disputa
ustedes respondieron la disputa diciendo que lo entregaron, pero yo no lo tengo
no acepto la oferta que pusieron en la disputa, quiero el reembolso total
en la disputa me ofrecen devolver la mitad, que pasa si la rechazo?
cuanto tiempo tengo para responder en la disputa?
la disputa vence mañana, que tengo que hacer?
si cierro la disputa ya no puedo abrirla otra vez?
me pidieron que cierre la disputa y que me reembolsan, si la cierro me lo devuelven de verdad?
ok, ya cerre la disputa porque me llego el paquete
voy a cancelar el reclamo en mercado libre, ya me solucionaron
la disputa salio a favor del vendedor, como apelo?
gane la disputa en aliexpress, ahora tengo que devolver el producto o ya se cierra el caso?
Buenos días, les comunico que he abierto una reclamación ante PayPal (caso PP-D-44102) por el pedido de la cafetera, que no coincide con la descripción.
el estado de mi disputa dice "esperando respuesta del vendedor" hace 4 dias
ME OBLIGAN A ABRIR DISPUTA PORQUE NO CONTESTAN
ya reporte el cobro con visa y abrieron una investigacion
mi banco dice que ustedes rechazaron el contracargo, por que?
en la disputa de aliexpress me pusieron "sin pruebas suficientes", que mas quieren?
cambie la disputa a "no recibido" pero aliexpress dice que no se puede, que hago
abri una disputa en etsy por el collar personalizado que nunca hicieron
el vendedor no sube la guia a la disputa, la plataforma ya lo vio
mi disputa se cerro sola, la puedo reabrir?
voy a desconocer el pago con mi tarjeta bbva si no me responden hoy
disputa abierta, caso 7781203, espero su respuesta en la plataforma
i opened a dispute en amazon, el producto llego usado
"""

DATA["complaint"] = """
pesimo servicio el de esta tienda, de verdad
es una verguenza como atienden
que mala atencion, nadie me responde nunca
los voy a denunciar en profeco
voy a poner una queja en el sernac
esto lo reporto a indecopi, que abuso
voy a hacer la denuncia en defensa del consumidor
me voy a quejar a la superintendencia de industria y comercio
les pienso dejar una estrella y contar todo
voy a poner la peor reseña que existe, ya veran
si no me resuelven lo publico en todas mis redes, tengo 20 mil seguidores
voy a subir un video a tiktok contando lo que me hicieron
nunca mas les compro nada, ni regalado
los recomiendo a todos... para que NO les compren
su servicio es una basura
ESTO ES UN ROBO
QUE CLASE DE EMPRESA ES ESTA, NADIE SE HACE RESPONSABLE
el chico que me atendio fue super grosero y me corto la conversacion
la persona del telefono me grito, exijo respeto
el repartidor me trato mal y me tiro el paquete
llevo una semana esperando respuesta, esto no es serio
cada vez que escribo me contestan otra persona y tengo que explicar todo otra vez, estoy harta
me prometieron llamarme y nadie llamo, son unos mentirosos
la publicidad dice una cosa y despues hacen otra, es una estafa
siempre es lo mismo con ustedes, todo mal
ya es la tercera vez que tengo problemas con esta tienda, me tienen cansado
estoy muy decepcionada, esperaba mucho mas de ustedes
que falta de respeto con el cliente
me parece indignante que nadie de la cara
no puede ser que para todo tenga que rogarles
Me dirijo a ustedes para manifestar mi profundo descontento con el trato recibido durante la gestión de mi pedido. Es inaceptable.
yo estoy muy enojado, el servicio muy malo, no recomiendo nunca
de verdad que mal, ni un lo siento
la tienda de ustedes es un desastre, ni el bot sirve
chale que mal servicio, ni porque pagas te atienden bien
me estan tomando el pelo, tios, esto es una vergüenza
que asco de atencion, weon, ni contestan
que mamera con ustedes, todo es un problema
estoy indignado, el supervisor me colgo
this is ridiculous, pesimo customer service, nunca mas
"""

DATA["review"] = """
como dejo una reseña?
donde califico el producto?
quiero dejar mi opinion del robot aspirador, donde la pongo?
como califico al vendedor en mercado libre?
puedo editar mi reseña? me equivoque de estrellas
quiero cambiar mi reseña de 1 estrella, ya me solucionaron todo
como borro una opinion que deje?
quiero eliminar mi reseña del perfume
si dejo reseña me dan algun descuento?
dan cupon por opinar con fotos?
la tarjeta del paquete decia que por la reseña me regalan un producto, como lo pido?
deje mi reseña hace una semana y no aparece publicada
por que borraron mi reseña? no dije nada malo
mi opinion sale como anonima, quiero que salga mi nombre
como subo fotos a mi reseña? solo me deja escribir
puedo subir un video a la reseña del cochecito?
hasta cuando tengo para calificar la compra?
ya paso el plazo para dejar opinion? lo recibi hace 2 meses
me llego un mail para evaluar la compra, lo hago desde ahi?
el vendedor me pide que cambie mi reseña negativa, tengo que hacerlo?
puedo responder al vendedor en los comentarios de mi reseña?
puedo calificar solo un producto del pedido y no los demas?
ya les deje 5 estrellas 🌟 y un comentario bonito
les voy a dejar buena reseña porque todo llego perfecto, donde la dejo?
Buenas tardes, me gustaría dejar una valoración positiva sobre la atención recibida. ¿Dónde puedo hacerlo?
la reseña de la tienda y la del producto son cosas distintas?
no me sale el boton de calificar en el pedido, por que?
me dicen que no puedo reseñar porque el pedido fue cancelado, es asi?
quiero agregar mas fotos a la reseña que ya publique
hay puntos por dejar resenas? quiero juntar para el proximo pedido
porque mi reseña dice "no verificada" si yo si compre?
alguien dejo una reseña falsa con mi nombre, la pueden quitar?
quiero poner una reseña pero en el formulario me pide iniciar sesion de nuevo
cuantos caracteres minimo tiene que tener la opinion?
deje la reseña con foto para el cashback, cuando me lo dan?
escribi la opinion en el producto equivocado, la paso al correcto?
el cupon por reseña ya vencio, me lo renuevan?
le pongo 4 o 5 estrellas? lo pienso jaja, donde se califica
can i leave a review en español? o tiene que ser en ingles
me arrepenti de la reseña de 2 estrellas que puse al kit de uñas, se puede borrar y hacer otra?
"""

DATA["human_agent"] = """
quiero hablar con una persona del equipo, no con el asistente
pasame con un humano xfa
me comunicas con un asesor porfa
necesito hablar con alguien real
hay alguien ahi que no sea un robot?
no quiero hablar con el bot, quiero un agente
humano por favor
asesor humano pls
operador por favor, una persona
ASESOR YA
agente humano porfavor, el bot no entiende
me pasas con alguien de atencion al cliente?
el asistente no me entiende, quiero hablar con una persona de verdad
ya le explique tres veces al bot, pasenme con alguien
puedo hablar con un supervisor?
quiero que me atienda el encargado de la tienda
me puede atender una persona por telefono? denme un numero para llamar
tienen whatsapp con un asesor de carne y hueso?
quiero que me llame un agente, mi numero es 55 1234 5678
me pueden devolver la llamada? prefiero hablar con alguien
hay alguien que hable español? no quiero el traductor automatico
necesito una persona que hable español, el chat me contesta en ingles
Buenos días, solicito ser atendido por un agente, ya que el asistente automático no resuelve mi consulta.
buenas, disculpe, me podria comunicar con un operador humano? es un tema delicado
a que hora atienden personas en el chat? ahora solo contesta el bot
hola? hola? alguien real por favor
me das con la persona que vi ayer en el chat? se llamaba Carlos
que me atienda un tecnico humano, es sobre la laptop
necesito un agente para un caso especial, no es pregunta frecuente
ya, basta de respuestas automaticas, quiero un humano
boludo pasame con alguien que no sea una maquina
pasame con tu jefe, bot
comunicame con una persona, no con inteligencia artificial
menu, agente, persona, humano, ayuda
opcion hablar con asesor
live agent please, en español
i want to talk to a human porfa
quiero hablar con persona, bot no
estoy cansada del chatbot, una persona por favor
me pueden transferir con un asesor de ventas humano? quiero hacer un pedido grande
"""

DATA["thanks_bye"] = """
gracias, ya me quedo todo claro
muchas gracias!
ok gracias tia, hasta luego
vale, gracias
listo, gracias
perfecto, muchas gracias por la ayuda
ok entendido, quedo pendiente del correo
entendido, gracias
ah ok, ya veo
muy bien, gracias, hasta luego
chao chao, gracias por la paciencia
adios, gracias
nos vemos, gracias por todo mano
bueno, eso es todo
eso seria todo, gracias
gracias, que tengas buen dia
gracias, buenas noches
gracias por resolverlo tan rapido
mil gracias, me salvaste la semana
genial, gracias 😊
🙏🙏 gracias de verdad
👍 listo, gracias amigo
ok 👌
dale gracias, saludos desde rosario
dale, de una
ya esta, gracias che
vale guay, gracias
okas gracias
okey, chau
listo mijo gracias
gracias mi reina
gracias, muy amables
Muchas gracias por su atención. Un cordial saludo.
Le agradezco su ayuda. Que tenga un buen día.
perfecto, quedo atenta. gracias
de acuerdo, espero entonces. gracias
ok thanks, bye
gracias por todo, bendiciones
sale, gracias carnal
"""

DATA["other"] = """
olvide mi contraseña, como la recupero?
no puedo iniciar sesion en la app
como borro mi cuenta?
quiero eliminar mis datos personales de su pagina
como cambio el numero de telefono de mi cuenta?
no me llega el correo de verificacion para crear la cuenta
como me doy de baja del newsletter? me llegan muchos correos
dejen de mandarme publicidad por whatsapp
la app se cierra sola cuando la abro
como descargo la app en android?
eres un bot o hay alguien escribiendo de verdad? es curiosidad nomas
hablo con una inteligencia artificial?
como te llamas?
cuantos años tienes jaja
que hora es en españa?
quien gano el partido de ayer?
me recomiendas una serie?
cuentame algo gracioso
te quiero bot
hola soy repartidor, buscan personal?
quiero trabajar con ustedes, donde mando mi cv?
venden al por mayor? tengo una tienda en quito
quiero ser distribuidor de su marca en paraguay
soy influencer, hacemos una colaboracion?
hacen dropshipping? quiero vender sus productos
tienen franquicias?
somos una agencia de seo, les interesa posicionar su web?
gana dinero desde casa, haz clic aqui www.ganafacil.xyz
qwertyyy ññññ
jajajajaja
....... .. .
123456789
0000
??¿¿
ok?? jaja no se que escribir
me equivoque de chat, perdon
Buenos días, les escribo desde una empresa de logística para ofrecerles nuestros servicios de transporte.
como hago la tarea de matematicas de mi hijo? jaja
donde queda su oficina central? solo por curiosidad
si pudieras viajar a cualquier pais cual seria
"""
