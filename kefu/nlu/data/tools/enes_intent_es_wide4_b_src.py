"""Mensajes de compradores en español (ronda 4, lote B, 18 intenciones in-sale/after-sale): líneas contrastivas que usan el vocabulario de una intención vecina pero pertenecen claramente a la suya."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["payment"] = """
no quiero cancelar nada, solo que el pago no pasa. como pago la tablet entonces?
la factura la pido despues, ahorita lo que necesito es que me acepte la tarjeta
el pedido sigue "pendiente de pago" aunque ya me descontaron del banco, no es un reembolso lo que pido, quiero que se registre mi pago
antes de que lo envien necesito pagar, pero el boton de pagar no hace nada en el celular
me dice envio gratis y todo bien, pero al darle a pagar la tarjeta sale rechazada
no es devolucion, es que me cobraron dos veces el mismo collar y uno de los cobros no corresponde, lo pueden anular?
ya tengo el cupon aplicado pero al pagar con amex me sale error 402
Estimados, no solicito factura; solo quisiera saber si admiten transferencia SEPA para el pedido del sofá.
el repartidor cobra en efectivo o tengo que pagar antes por la web? es para el microondas
puedo pagar al repartidor con tarjeta cuando llegue la freidora o solo cash?
no me devuelvan nada, solo diganme si el pago de ayer por el colchon quedo aprobado
me salio "pago rechazado" pero el pedido aparece como creado, lo pago de nuevo o espero?
si pago con paypal igual me lo mandan por dhl? lo que me importa es poder pagar con paypal
tengo la direccion bien puesta, el problema es el pago, la tarjeta pide codigo postal de facturacion y no lo acepta
el descuento de black friday sí lo toma, lo que no toma es mi tarjeta de débito
ya pague los lentes de sol pero no me llego correo de confirmacion de pago, si quedo pagado?
mi banco dice que la compra fue bloqueada por seguridad, como la reintento sin que me cobren doble
pague en efectivo en el 7-eleven y el ticket dice referencia 8830 2291, cuanto tarda en reflejarse?
quiero pagar ya las zapatillas de padel pero la pagina me manda de regreso al carrito
se puede pagar por zelle? vivo en houston y no tengo tarjeta de credito
puedo pagar con la tarjeta de mi esposo aunque el envio va a mi nombre?
no busco descuento, solo saber si aceptan transferencia bancaria para la cuna
cuantas cuotas me dejan para la camara sony? no busco rebaja, solo pagarla en partes
la app de yape me dice operacion exitosa pero su web sigue pidiendo que pague
payment failed dice en ingles, estoy en madrid con tarjeta de openbank, que puedo hacer?
la web me pide el cvv dos veces y luego se cae, asi no puedo comprar el perfume
oye y con sinpe movil se puede pagar? estoy en costa rica
mi tarjeta es prepago de mercado pago, la aceptan para el set de cuchillos?
me cobraron en dolares y yo elegi pesos, es un problema del pago, no quiero devolver el producto
ya hice la compra pero el pago quedo en "autorizando" hace 3 horas, le doy otra vez o se duplica?
nesesito pagar el saldo restante del pedido 40021, me mandan el link?
se me vencio el plazo para pagar el boleto bancario, lo puedo generar de nuevo sin perder el pedido?
HOLA NO ME DEJA PAGAR CON MI TARJETA DE DEBITO BANAMEX
el vendedor me dijo que pague por fuera de la app con transferencia, es seguro o mejor pago por la plataforma?
esta bien si pago el pedido de la impresora con dos tarjetas distintas?
"""

DATA["modify_order"] = """
no lo cancelen! solo cambienme la direccion, me mude el fin de semana
todavia no me lo mandan asi que mejor cambio la talla a L antes de tener que hacer un cambio despues
no quiero devolverlo despues, por eso aviso ya: el anillo lo pedi en talla 7 y era 6, aun no sale
en vez de cancelar, pueden quitar solo la funda del pedido y dejar el cargador?
el envio aun no sale verdad? agreguen otro paquete de pañales al mismo pedido porfa
hice dos pedidos ayer, me los juntan en uno solo para pagar un envio?
puse el apartamento mal, es 5B no 3B, y sigue en preparacion
la direccion de facturacion esta bien, la que quiero cambiar es la de entrega
antes de que despachen el pedido 66120 cambienme el color de la silla de escritorio a gris
quiero el mismo modelo de audifonos pero en blanco, todavia no lo han enviado asi que cambienlo en el pedido
agregar nota al pedido: tocar el timbre 2 veces, el perro ladra pero no muerde
pueden ponerlo para regalo sin precio en la caja? ya pague pero aun no lo envian
me equivoque de modelo, quiero el iphone 15 pro no el 15, la orden aun dice "procesando"
cambia el destinatario a mi mama, Rosa Elena Ruiz, misma direccion
el pedido sale el lunes verdad? entonces quiero cambiar la cantidad de sillas de 4 a 6
no es un cambio de producto recibido, aun no me llega nada: solo quiero modificar el pedido a la talla 40
se puede cambiar el metodo de envio a express antes de que lo manden? pago la diferencia
pedi para entrega en domicilio pero prefiero recogerlo en tienda, aun no lo envian
Buenos días, quisiera modificar el número de teléfono de contacto del pedido 2209-AX antes del envío, el correcto es 612 448 903.
porfa en lugar de 2 cajas de te verde mandame 1 de verde y 1 de manzanilla, todavia no sale no?
en el pedido puse la calle sin numero, agrega el 245 porfa, si no el repartidor se pierde
olvide poner el grabado en la pulsera, se puede agregar el nombre Camila antes de que la hagan?
cambiar codigo postal 08012 x 08013 pedido 3321
el pedido esta pagado y sin enviar, quiero sumarle la correa de cuero del mismo reloj
ya pague el vestido en rosa pero quiero el azul marino, me lo modificas sin cancelar la orden?
que el pedido vaya a nombre de mi empresa en vez del mio, aun no lo mandan
no me lo mandes a la casa, mandalo al trabajo, te paso la direccion, todavia estas a tiempo?
ps: olvide decirte que las medias las quiero en talla 2 no en 3, aun no las envias
en vez de la version europea del cargador quiero la de enchufe americano, aun no sale el pedido
quiero cambiar la direccion a otro estado, de florida a georgia, el paquete todavia no sale
hola le puedes quitar el seguro de envio a mi pedido antes de despacharlo?
me confundi de sabor en la proteina, era vainilla no chocolate, todavia no la mandan
ponganle el apellido completo al destinatario que si no en la porteria no lo reciben
quiero cambiar la fecha de entrega programada del colchon al sabado
sigue sin enviarse? entonces no lo anules, solo pon la bateria extra en el mismo pedido de la camara
"""

DATA["cancel_order"] = """
no quiero cambiar la direccion, quiero cancelar el pedido entero
mejor no me cambies la talla, cancelalo todo y ya
cancelar pedido 99812, aun no lo envian asi que no es devolucion
no lo manden, ya no lo necesito, cancelen y reembolsen
se puede cancelar antes de que salga? el mismo taladro lo consegui en la ferreteria
vi que tarda 20 dias en enviarse, asi no me sirve, cancelen la orden
si todavia no lo han despachado, anulen mi compra de la cafetera
compre dos veces lo mismo sin querer, cancelen uno de los dos pedidos del protector solar
me arrepenti, no quiero el celular, todavia esta en preparacion
no es que este mal nada, solo que ya no lo quiero, cancelenlo antes de enviar
quiero anular la compra del vestido de novia, el evento se cancelo
pague hace 10 minutos y ya me arrepenti, como cancelo?
el boton de cancelar pedido no aparece en la app, me lo cancelan ustedes porfa
Por favor procedan a cancelar el pedido n.º 55012 (juego de sábanas); aún no ha sido enviado.
se tardan mucho en mandar, cancelame el pedido de los audifonos y listo
cancela la orden del lego, mi hijo ya tiene ese set
ya no quiero esperar que haya stock, cancelen el preorder del juego
no es un cambio de color, es cancelar, no quiero ninguna mochila
hola cancelan la compra? me equivoque y el que necesito es para android no iphone, prefiero comprar otra cosa
el precio bajo hoy, mejor cancelo y lo vuelvo a comprar, me lo cancelas?
cancel my order porfa, el de las pesas, aun no sale
si todavia no lo mandan cancelenlo, y si ya salio diganme
quiero cancelar solo uno de los articulos del pedido, el perfume, lo demas dejenlo
CANCELEN YA EL PEDIDO NO LO QUIERO
anulen el pedido de la bici que el pago me salio duplicado y prefiero hacerlo de cero
mi esposa ya lo compro en otra tienda, cancelen el mio del coche de bebe
cancelacion del pedido AE-44910 por favor, gracias
no me lo envíes, cancela el pedido que no voy a estar en casa este mes
como cancelo un pedido que pague con oxxo y aun no sale?
no me cambies el modelo, ya no quiero nada, cancelalo
oye y si cancelo ahora me cobran algo? quiero cancelar la orden de la lampara
ya no quiero el pedido, no lo envien, el reembolso a la misma tarjeta
vos cancelame la orden de las zapas que me equivoque de cuenta al comprar
le pido amablemente que cancele la compra del microondas, todavía figura como no enviada
pedi sin querer con envio express, mejor cancelalo todo y lo vuelvo a pedir bien
"""

DATA["ship_time"] = """
sin guia y sin despachar sigue mi pedido de la cortadora de pelo, que dia sale?
no pregunto donde esta, pregunto cuando lo despachan, ya pague el lunes
pague ayer la silla gamer, en cuantos dias la mandan?
se que el envio tarda 5 dias, pero primero cuando lo sacan ustedes del almacen?
el pedido dice "en preparacion" desde el jueves, cuando pasa a enviado?
cuando mandan mi pedido? lo necesito para el cumple del 15
ya pague el anillo, lo pueden enviar hoy mismo?
la web decia envio en 24h y ya van 3 dias sin salir, cuando lo despachan?
cuando sale mi pedido del perfume? aun no tiene guia
el pedido 10293 ya esta pagado, para cuando lo envian?
no es que no me llego, es que ni lo han mandado todavia, cuando lo van a mandar?
Buenas tardes, abonado el pedido de los libros hace dos días. ¿Podrían indicarme la fecha estimada de envío?
me dijeron que se hace bajo pedido, cuantos dias tardan en fabricar y enviar el mueble?
cuando despachan lo que compre en la preventa? ya cobraron
me mandan el tracking cuando lo envien? y cuando seria eso mas o menos
si pago hoy antes de las 2 sale hoy o mañana? ya pague
ya pague el envio express y sigue sin salir, el express no era salir el mismo dia?
el pedido de los pendientes lleva 4 dias "pendiente de envio"
cuando van a despachar el cargador? pague el viernes
me avisas cuando salga de bodega porfa, para cuando crees?
ayer me confirmaron el pago de la consola, cuando la mandan a correos?
el plazo de envio era 48 horas ya pasaron 72, cuando sale?
pagado y nada, cuando lo envian??
lo mandan antes del puente? pague el pedido del edredon hoy
ya se que no hay guia aun, solo quiero saber que dia lo entregan a la paqueteria
compre en la tienda web el martes y la orden no ha salido, cuando envian los pedidos?
el sabado despachan o hasta el lunes? ya esta pagada la orden de la licuadora
cuando me lo mandas? ya te deposite
se demora mucho en salir el pedido de las vitaminas? pague hace 3 dias
tengo pagado el kit de uñas y sigue en "por enviar", cuándo lo envían?
la orden esta lista para enviar desde ayer, a que hora la recoge el courier?
si no lo despachan esta semana no me llega a tiempo, cuando sale?
ya esta pagado con paypal, para cuando esta el envio?
me dijeron que salia en 2 dias habiles y ya paso una semana, no quiero cancelar solo saber cuando lo mandan
mi pedido de la impresora aun no ha sido enviado, cuando lo mandan porfa
"""

DATA["order_status"] = """
no digo que se perdio, solo quiero ver por donde va el paquete
me pasas el numero de seguimiento? ya me dijiste que salio ayer
el tracking dice "en transito" hace 2 dias, es normal o donde esta?
ya lo enviaron, por donde va mi pedido del taladro?
que significa "admitido en centro de tratamiento"? mi pedido 8823
el seguimiento de correos dice "en aduana", que quiere decir?
donde esta mi paquete? salio el martes de china
el link de rastreo no funciona, me dice numero invalido, donde puedo ver el estado?
todavia no lo espero hasta el viernes, pero quiero saber en que ciudad va
cual es la paqueteria y el numero de guia de mi pedido? ya esta enviado
la app dice "en reparto" desde las 8, sabes a que hora llega el repartidor?
en que estado esta mi orden 202304? ya la pagaron y enviaron segun el correo
el paquete de los audifonos ya salio de miami?
el tracking se actualiza o no? quiero ver la ruta
como rastreo mi pedido en la app? ya me llego el correo de envio
me dice "llego al pais de destino", ya cuanto falta?
mi pedido ya esta en colombia o sigue en transito internacional?
aun tiene tiempo de llegar, solo quiero saber donde va
hola me pueden decir el estado del envio de las cortinas
aparece "entregado a la transportadora local", quien lo tiene ahora?
me pasas la guia de estafeta? ya salio el paquete dijiste
el pedido AE-77012 en que punto esta?
me llego un sms de "paquete en oficina", significa que lo tengo que ir a buscar?
a donde va mi caja de juguetes? ya salio hace 3 dias
segun la web ya esta en camino, me das el rastreo
la guia dice que esta en la bodega de guadalajara, es normal que pase por ahi?
que dice el seguimiento de mi pedido de la freidora? yo no entiendo la pagina
Les agradecería me facilitaran el estado actual del envío del pedido 4451, remitido la semana pasada.
cual es el tracking del pedido de mis lentes? ya dice enviado
mi pedido en que va? ya lo mandaron?
el pedido dice "en transito al centro de distribucion", cuando pasa al reparto?
me dice fedex "on vehicle for delivery" eso es que hoy llega?
donde veo el tracking en shein? ya esta enviado mi vestido
el repartidor dijo que llega mañana, me confirmas en el seguimiento?
hoy me toca, en que parte va el paquete?
"""

DATA["not_received"] = """
el seguimiento dice entregado pero aqui no llego nada, ni en la porteria
no quiero el tracking, ya lo vi, dice entregado y no lo tengo
ya pasaron 40 dias y el rastreo sigue igual, el paquete se perdio
el tracking no se mueve desde hace 3 semanas, esto ya es un paquete perdido
la fecha estimada de entrega era el 12 y hoy es 25, nunca llego
dice "entregado al destinatario" y firmaron con un nombre que no conozco
mi pedido nunca llego, y ya me cobraron los 89 dolares
el repartidor marco entregado a las 3pm y yo estaba en casa todo el dia, no toco nadie
salio de china hace 2 meses y no me ha llegado la funda
el paquete fue devuelto al remitente segun el rastreo y yo nunca lo recibi
la guia dice entregado en mexico df pero yo vivo en monterrey
a mis vecinos ya les llego lo que pidieron el mismo dia y el mio no
me llego el aviso de entregado, abri el buzon y nada
no llego el pedido de vitaminas, debia estar aqui el lunes pasado
se supone que llegaba antes de navidad y ya es enero, donde esta mi regalo
ya se que lo enviaron, el problema es que no llego nunca
el pedido 55019 figura entregado en un locker que no elegi y no tengo codigo para abrirlo
mi paquete se quedo en aduana hace un mes y no sale, no me ha llegado
no me llego la segunda caja, el pedido era en 2 paquetes y solo recibi 1
Lamento informarles que, pese a figurar como entregado el día 3, no he recibido el pedido de la lámpara.
dicen que lo dejaron en la puerta pero no hay nada, lo robaron o nunca vino
"intento de entrega fallido" y nadie vino, yo estaba esperando, todavia no tengo mi tele
hace 6 semanas que pague y no recibi nada, el rastreo dejo de actualizar
AUN NO ME LLEGA NADA Y YA PASO UN MES
la tienda dice que ya llego pero yo no recibi ninguna caja de la cafetera
el correo dice que lo entrego el 20 y yo ese dia estaba y no llego nada
mi orden no llego a tiempo para la boda y todavia no llega
la caja del juguete nunca llego, y era para el cumple de mi hijo que fue el sabado
el retraso ya es de 15 dias sobre la fecha maxima, no ha llegado
marcaron como entregado en la recepcion del edificio y ahi no lo tienen
perdieron mi paquete? el rastreo dice "excepcion" hace 10 dias y no llega
ya busque con los vecinos y nadie recibio mi pedido de los perfumes
mi pedido esta atrasado, decia 7 dias y van 21
nunca me llego el reloj, y el vendedor dice que ya lo entrego
el rastreo de dhl dice entregado en buzon el viernes, vivo en un piso y el buzon esta vacio
"""

DATA["quality_issue"] = """
no es el color equivocado, es que la tela se destiñe al primer lavado
es el modelo que pedi, pero la pantalla viene con pixeles muertos
si es la talla correcta, el problema es que la costura del pantalon se abrio al primer uso
no me enviaron otra cosa, me enviaron lo correcto pero roto
la caja llego abierta y el vidrio de la mesa esta rajado
los audifonos no cargan, el derecho no prende
la licuadora huele a quemado desde el primer dia
el collar se puso verde en una semana, dijeron que era plata
la maleta llego con la rueda partida
el tracking estuvo bien y llego a tiempo, pero la tablet no enciende
el vestido llego con una mancha de tinta en la falda
el telefono se reinicia solo cada rato, es nuevo
la cremallera de la chaqueta se rompio al segundo dia
las botellas de perfume llegaron con fugas, la caja empapada
el cochecito tiene una pata doblada, no se puede abrir bien
la pulsera del smartwatch se rompio sola
la cafetera gotea por abajo, toda la encimera mojada
el color es como en la foto, pero la pintura se descascara con la uña
no falta nada en la caja, solo que la impresora no imprime, sale el papel en blanco
la lampara parpadea todo el tiempo
no fue mi gato, el rascador llego ya con la base rajada
la crema llego con la tapa rota y derramada dentro del paquete
el juguete de mi hijo hace chispas al cargar, es peligroso
Les escribo porque el portátil recibido presenta una tecla que no responde (la letra E).
la silla rechina y se inclina para un lado, esta mal hecha
el anillo se doblo con solo ponermelo
los tenis se despegaron de la suela en una semana, se que no es lo normal
el control de la consola tiene drift, se mueve solo el stick izquierdo
la bici llego con el cuadro rayado y el freno trasero no frena
los jeans se rompieron en la entrepierna la primera vez que me los puse
el cargador se calienta muchisimo y deja de cargar
la camara saca fotos borrosas, tiene algo en el lente por dentro
la freidora no calienta, la luz prende pero nada
llego todo bien empacado pero el espejo trae una grieta en la esquina
el edredon suelta plumas por todos lados, la costura esta floja
"""

DATA["wrong_item"] = """
no es que este roto, es que me mandaron otro modelo
pedi la funda para samsung s23 y me llego una para iphone
pedi talla M y en la etiqueta dice XL, no es defecto es otra talla
el color no es un tono diferente, es otro color totalmente: pedi rojo y llego verde
en la caja falta el cargador que salia en la descripcion
me llego solo 1 de los 3 pares de aretes que compre
llego un libro diferente al que compre, otro titulo
el kit de herramientas viene incompleto, faltan 4 llaves de las 24
el producto no es el de la foto, es otra marca mas barata
me llego una bolsa de mujer y yo pedi una mochila de hombre
pedi el perfume de 100 ml y mandaron el de 30 ml
la descripcion decia acero inoxidable y esto es plastico pintado
me mandaron el pedido de otra persona, trae otro nombre en la factura
en vez de la bateria para el dron me mandaron una helice
la mesa llego sin los tornillos de montaje
pedi el pack de 12 pañales y llego de 6
el vestido es de otro estampado, el mio era de flores y este es a rayas
el mouse que llego es con cable y el que pague era inalambrico
falta una pieza del coche de bebe, la capota no vino
no es que no funcione, es que me mandaron un modelo distinto al que pedi y ese no es compatible con mi tele
pedi la version de 256 gb y el celular que llego es de 128
Buenas, en el pedido 30021 recibí crema facial en lugar del sérum que solicité.
mi pedido era de 2 lamparas y una vino de otro modelo
esto no es lo que compre
me llego un cargador europeo y yo pedi el de enchufe americano y asi lo dice mi orden
el anuncio decia que incluia el estuche y no vino
me mandaron zapatos del 37 y pedi 39, no quiero un cambio de talla yo pedi bien
el set de cuchillos era de 6 y trae 5
llego una caja de te negro en vez de te verde
esto dice "original" en la web y lo que llego es una copia, no es lo descrito
me mandaron un color que ni existe en la tienda
la playera llego sin el estampado que mostraban en la foto
no vino el manual ni el control remoto del ventilador, la caja solo trae el ventilador
recibi una pulsera de plata y yo compre una de oro
las cuerdas de la guitarra que llegaron son de nylon y las que compre eran de acero
"""

DATA["return_refund"] = """
ya no tengo el empaque original, igual aceptan la devolucion de la batidora?
no me importa quien pague el envio, lo que quiero es devolver el reloj y que me regresen el dinero
no quiero cambio por otra talla, quiero la devolucion del dinero
cuantos dias tengo para devolver la chaqueta? la recibi hace una semana
se puede devolver ropa interior o no aceptan?
no es que llego mal, simplemente no me gusto el color en persona, puedo devolverlo?
quiero regresar los audifonos y que me reembolsen
el pedido llego tarde y ya no lo necesito, quiero devolverlo y que me reintegren el pago
puedo pedir el reembolso sin devolver el articulo? vale 8 dolares y no vale la pena mandarlo
la politica de devolucion aplica a productos en oferta?
solicito la devolución del importe del portátil, ya que no cumple mis expectativas
si abri el paquete de la crema se puede devolver igual?
compre en el outlet online, esos productos tienen devolucion?
quiero devolver el vestido, lo use una vez para probar pero tiene etiquetas
me llego roto el espejo, no quiero otro, quiero mi plata de vuelta
el libro vino repetido, quiero devolver uno y que me reembolsen ese
tienen devolucion de 30 dias? para el colchon
ya no lo quiero aunque este bien, como hago la devolucion de la consola?
puedo pedir reembolso parcial? el juego de ollas vino con una tapa rayada pero me lo quedo
donde solicito la devolucion en la app? no encuentro el boton
quiero regresar la silla de bebe, mi suegra ya nos regalo una
se puede devolver un producto personalizado? el grabado salio bien pero ya no lo quiero
aplicar la garantia de 7 dias sin motivo, quiero devolverlo
me gustaria devolver el regalo que me hicieron y recibir un vale, es posible?
quiero el reembolso total, el producto no sirve para lo que lo compre
el perfume no era el olor que esperaba, puedo devolverlo sin abrir?
no quiero reparacion, quiero devolver la aspiradora y que me devuelvan el dinero
hace 20 dias que lo recibi, todavia entro en el plazo de devolucion?
la mesa ya esta armada, se puede devolver igual o tiene que ir en su caja original?
reembolso porfa, las vitaminas vencen el mes que viene
en vez del cambio mejor devuelvanme la plata, no tienen mi talla de todos modos
quiero devolver las botas de montaña, no son lo que esperaba
se puede devolver si el sello del celular ya esta roto?
Deseo ejercer mi derecho de desistimiento sobre el pedido 88120 dentro de los 14 días.
devolucion y reembolso del pedido AE-90021, el producto no se parece a la descripcion
"""

DATA["exchange"] = """
ya me llego y me queda chico, lo cambio por la talla grande?
no quiero el dinero de vuelta, quiero cambiarlo por el mismo en negro
lo recibi ayer, pueden cambiarme el vestido por una talla M?
me llego bien pero el anillo me aprieta, me lo cambian por uno del 8?
no es que me hayan mandado otro, yo pedi mal la talla, se puede cambiar?
la funda que recibi es del color que pedi pero prefiero la azul, me la cambian?
cambio de talla porfa, el pantalon me llego largo
quiero cambiar los tenis que me llegaron por un numero mas
se puede cambiar el regalo por otro modelo del mismo precio?
el bebe crecio y el mameluco ya no le queda, esta sin usar, puedo cambiarlo por el de 12 meses?
en vez de reembolso, cambienme la camisa por la XL
ya recibi la mochila, la quiero cambiar por la version grande, pago la diferencia
me queda grande el sosten, lo cambio por 34B?
la cama llego y la tela gris no me gusta, puedo cambiarla por beige?
quiero cambiar la correa del reloj que recibi por la de cuero
puedo hacer cambio de talla si ya lave la playera una vez?
cambiar la chamarra por la talla S, ya me llego y me queda enorme
Quisiera saber si es posible cambiar el abrigo recibido por una talla superior.
no quiero devolverlo, solo cambiar el color del bolso
lo recibi y el modelo de 40 cm no entra en mi cocina, lo cambio por el de 30?
me llegaron los jeans y la talla no es la mia, mi error, se pueden cambiar por la 30?
se puede cambiar el casco por uno talla L aunque ya lo probe?
la tienda de ustedes en bogota hace cambios de pedidos online?
cambio de color del sofa que llego, es muy claro para mi sala, hay opcion?
me llego el reloj y la pulsera me queda corta, lo cambian por el modelo de correa larga?
el kimono de karate de mi hijo le queda corto, lo cambio por 150 cm?
quiero cambiar los aretes de plata que me llegaron por los de oro, pago lo que falte
ya usado no, lo probe y nada mas, lo puedo cambiar por el 42?
el perfume llego bien pero quiero cambiarlo por el otro aroma, es posible?
me pueden cambiar la bici por talla M? la S que me llego es muy baja para mi
la talla que recibi de las botas es justa, quiero cambiar por media talla mas
ya tengo el producto en casa, quiero cambiar el cargador por el de carga rapida
como hago para cambiar una talla en shein? ya me llego el pedido
recibi la chaqueta y quiero el mismo modelo pero en verde, cambio?
aceptan cambios de talla en ropa de bebe? me regalaron y no le queda
"""

DATA["refund_status"] = """
segun correos mi devolucion la recibieron el 4, y del dinero nada, cuando lo mandan?
devolvi el vestido hace 2 semanas, cuando me reembolsan?
no quiero devolver nada mas, solo saber cuando me cae el reembolso
el reembolso dice aprobado pero en mi cuenta no aparece
cuando me devuelven la plata del pedido cancelado?
me dijeron que el reembolso tardaba 5 dias y ya van 12
cuanto tarda el reembolso a tarjeta de credito?
la disputa se cerro a mi favor, cuando me depositan?
el correo dice "reembolso procesado", en cuantos dias lo veo?
la tienda recibio el paquete de vuelta, que pasa con mi plata?
no he recibido el reembolso del perfume, ya lo devolvi
cuando me regresan mi dinero? el pedido lo cancelaron ustedes
el reembolso fue a paypal o a la tarjeta? no lo veo en ningun lado
me llego solo una parte del reembolso, faltan 12 euros
ya pasaron 30 dias y mi reembolso sigue "en proceso"
el banco dice que no ha recibido nada de ustedes, me pasan el comprobante del reembolso?
Estimados, a la fecha no he percibido el reembolso de 149,90 € correspondiente a la devolución del pedido 3022.
cancele el pedido antes de que lo enviaran, cuando se refleja la devolucion?
donde esta mi reembolso del pedido AE-30192?
me reembolsaron en cupon y yo pedi a la tarjeta, cuando me devuelven a la tarjeta?
el reembolso de la licuadora ya salio de su lado? cual es el numero de operacion?
ya entregue el paquete en correos hace 10 dias, sigo esperando mi dinero
me dijeron que reembolsaban cuando llegara el paquete, ya llego segun el tracking
cuando veo el reembolso en mi cuenta de mercado pago?
devolvi la consola y no me llega el dinero, ya paso un mes
mi reembolso aparece como rechazado, que paso?
hace cuanto me hicieron el reintegro? no lo veo en el resumen de la tarjeta
el reembolso ya lo hicieron o no? ustedes me dijeron que si
pendiente de reembolso desde el 3 de marzo, por que tarda tanto
YA DEVOLVI TODO Y NO ME DEVUELVEN MI DINERO
el reintegro a la cuenta de debito cuantos dias habiles demora?
me reembolsaron el costo del envio pero no el del producto, cuando me pagan el resto?
ya me llego el correo de que aprobaron mi devolucion, el dinero cuando entra?
yo cancele el pedido del ventilador el mismo dia, cuando me devuelven lo cobrado?
el reembolso de oxxo como me lo dan? ya aprobaron la devolucion hace una semana
"""

DATA["return_shipping"] = """
el error fue suyo, asi que el envio de vuelta de la lampara lo pagan ustedes, verdad?
ya me aprobaron la devolucion, a que direccion lo mando?
el reembolso lo veo despues, ahora dime quien paga el envio para devolverlo
me mandan la etiqueta de devolucion o la compro yo?
tengo que pagar el courier para regresar la chaqueta?
el cambio de talla me cuesta el envio o es gratis?
como envio de vuelta el sofa? no cabe en ningun correo
pasan a recoger la devolucion a mi casa o la tengo que llevar a una oficina?
la etiqueta prepagada que me mandaron no abre, con que la imprimo?
no tengo impresora, puedo llevar el paquete de devolucion con un codigo qr?
la direccion de devolucion es en china? cuanto me costaria mandarlo hasta alla
para devolver el taladro uso la caja original o cualquier caja?
me cobran el envio de la devolucion si es por defecto de fabrica?
con que paqueteria mando la devolucion? aqui solo hay estafeta y dhl
ya tengo el numero de devolucion, donde dejo el paquete en madrid?
el envio de regreso lo descuentan del reembolso o lo pagan ustedes?
si devuelvo solo una parte del pedido pago el envio igual?
me piden 15 dolares de envio para devolver algo que llego roto, eso lo cubren ustedes no?
el punto de entrega de la devolucion queda lejisimos, hay otro mas cerca en zapopan?
Les ruego me indiquen el procedimiento y la dirección para remitir el artículo en devolución.
mi reembolso depende de que mande el paquete, pero como lo mando si no me dan guia?
la devolucion es gratis en oxxo o tengo que pagar?
el cambio por otra talla incluye el envio de ida y vuelta?
puedo mandar de vuelta el perfume por correo normal o tiene que ir como mercancia peligrosa?
yo pague el envio de la devolucion, me lo reembolsan? fue culpa de ustedes
se puede devolver en una tienda fisica en vez de mandarlo por paqueteria?
como empaco la tele para devolverla sin que se rompa?
pongo el numero de pedido afuera de la caja o adentro? es la devolucion del 30021
a quien va dirigido el paquete de devolucion? a nombre de la tienda o de una persona?
el repartidor no vino a recoger la devolucion que programe para hoy
la etiqueta de devolucion dice otra direccion que la del correo, cual uso?
la guia de devolucion la pago yo y luego me la reponen?
cuanto me cuesta devolver la silla gamer? es pesada
puedo dejar la devolucion en un locker de amazon?
ya lo empaque, ahora como lo regreso?
"""

DATA["dispute"] = """
ya abri la disputa, no me hablen de devoluciones, respondan en la plataforma
el vendedor no quiere reembolsar, asi que abro disputa en aliexpress ahora mismo
si retiro la disputa me devuelven el dinero? quiero cerrarla si llegamos a acuerdo
me piden evidencias en la disputa, que fotos subo del producto roto?
aceptaron mi disputa pero ustedes la rechazaron, la escalo?
no estoy quejandome nada mas, estoy abriendo un reclamo formal en mercado libre
voy a desconocer el cargo con mi tarjeta, les aviso
el banco me pidio el numero de pedido para el contracargo, cual es?
ya cerre la disputa porque me llego el paquete, todo resuelto por ese lado
la disputa vence mañana y no han respondido, que pasa si se vence?
me ofrecen reembolso parcial en la disputa y no lo acepto, que hago ahora?
abri un caso en paypal por articulo no conforme a la descripcion
cancela tu oferta en la disputa y pon reembolso completo o la escalo
Por la presente les notifico que he iniciado una reclamación ante la plataforma por el pedido 47731.
ustedes abrieron una disputa contra mi? me llego un aviso de amazon
como respondo a la disputa que abri? me pide mandar mensaje al vendedor
quiero reabrir la disputa, la cerre por error
la mediacion de mercado libre ya esta, me dicen que espere 48 horas
hice un chargeback y ahora quiero cancelarlo porque ya me reembolsaron
quiero que intervenga shopee, el vendedor no responde a mi solicitud
tengo que devolver el producto para que me den la razon en la disputa?
abri un reclamo en la garantia de compra, ahora que sigue?
me cerraron la disputa a favor del vendedor sin revisar mis fotos, la puedo apelar?
ya reporte con paypal que no me llego, tengo caso abierto numero PP-D-1234
si no me devuelven el dinero hoy abro disputa, no es amenaza, es lo que voy a hacer
no quiero reseñas, quiero abrir la disputa, donde esta el boton?
disputa abierta por producto falso, ya subi fotos de la etiqueta
el banco ya me dio la razon en el contracargo, ustedes no pueden hacer nada
el vendedor me pide cerrar la disputa y promete reembolsar, confio o no?
aliexpress dice que cerre la disputa y yo nunca la cerre, que paso?
reclamo en mercadolibre abierto, ustedes tienen que responder ahi
voy a pedir la intervencion de temu porque me dan largas
si acepto su propuesta en la disputa de reembolso de 10 dolares ya no puedo reclamar?
como abro una disputa si no tengo la app, solo la web
la disputa se cerro sola porque pasaron los dias, se puede volver a abrir?
"""

DATA["complaint"] = """
es la tercera vez que pregunto por el reembolso y nadie me responde, pesimo servicio
no busco descuento, estoy harto de como me tratan
me cancelaron el pedido sin avisarme, que falta de respeto
ustedes prometen envio en 24h y es mentira, una verguenza
que clase de tienda tiene a sus clientes esperando una semana por una respuesta
los voy a reportar a profeco por publicidad engañosa
les voy a dejar una estrella en todos lados para que nadie mas les compre
nunca mas les compro, ni a ustedes ni a nadie de esta app
el asesor me colgo el chat a mitad de la conversacion, atencion de cuarta
me mandaron un bot que no entiende nada, asi no se atiende a nadie
que desastre de empresa, cada paso es un problema
ESTO ES UN ROBO Y USTEDES LO SABEN
que poca seriedad, me dijeron una cosa ayer y hoy otra
llevo media hora escribiendo y solo me contestan con plantillas
no entiendo como siguen vendiendo con este servicio
los voy a denunciar en redes, ya tengo las capturas
me trataron como si yo fuera un mentiroso, indignante
el repartidor tiro la caja por encima de la reja y ustedes no dicen nada, que verguenza
la peor experiencia de compra que he tenido en años
Dejo constancia de mi absoluta insatisfacción con la atención recibida en este proceso.
me mintieron con la fecha de entrega para que comprara, eso es engaño
ustedes no tienen palabra, me prometieron un regalo y nunca lo mandaron
que asco de atencion, ni un perdon
ya me canse de esperar respuestas que no llegan
el chat me manda de un lado a otro y nadie resuelve, es un chiste
voy a poner queja en consumo, esto no se hace
muy mal, esperaba mucho mas de una tienda con tan buenas reseñas
su politica de devoluciones es una trampa y ustedes lo saben
me bloquearon el comentario negativo, que clase de empresa hace eso
no es la primera vez que me pasa con ustedes, siempre la misma historia
si asi tratan a los clientes frecuentes no me imagino a los nuevos
lo que hicieron es una estafa, lo voy a contar a todo el mundo
que mal servicio, ni un correo de aviso del retraso
en la tienda de la esquina me atienden mejor que en esta pagina
su personal de atencion es grosero, no tienen idea de como tratar a la gente
"""

DATA["review"] = """
queria dejar una mala reseña pero ya me resolvieron, como cambio la calificacion?
donde dejo la opinion del producto? todo llego perfecto
si pongo 5 estrellas con foto me dan el cupon que prometian?
puedo editar mi comentario? lo escribi enojado antes de que llegara el reembolso
no me deja calificar el pedido, dice que ya paso el plazo
me dan puntos por dejar la reseña del vestido?
ya deje la reseña con foto, cuando me mandan el reembolso de 2 dolares prometido?
como borro una reseña que deje por error en otro producto?
quiero subir un video en la opinion pero solo deja fotos
la reseña que deje no aparece publicada, la borraron?
me ofrecieron un regalo por cambiar mi calificacion a 5 estrellas, eso esta permitido?
la calificacion del vendedor y la del producto son distintas? cual lleno?
Buenas, ¿cuánto tiempo tengo para valorar el pedido una vez entregado?
mi reseña de 1 estrella fue por el envio, ahora que llego quiero subirla
donde veo las reseñas que ya deje?
dejo la opinion del taladro en la app o en su pagina web?
el sistema me pide calificar un pedido que todavia no recibo, lo hago despues?
cuando me llegue el cashback por reseña?
me olvide de calificar el pedido de los audifonos, todavia se puede?
puedo dejar reseña sin mostrar mi nombre?
les deje 5 estrellas, espero que les sirva
ya comente en mercado libre con foto, me confirman si cuenta para el descuento de la proxima compra?
como escribo una opinion que diga que el color es distinto pero que igual me gusto?
me piden que califique al repartidor tambien? donde
la reseña negativa era para la paqueteria, no para ustedes, la puedo cambiar?
quiero agregar fotos a mi reseña despues de un mes de uso
no me aparece el boton de dejar comentario en shein
mi reseña dice pendiente de moderacion hace 5 dias
me dieron un cupon por reseñar pero no lo veo en mi cuenta
la opinion que deje sobre la cafetera tiene una falta de ortografia, se puede corregir?
cuanto tengo que escribir para que la reseña cuente para el sorteo?
tengo que comprar de nuevo para poder dejar otra reseña?
ya le puse la reseña positiva al vendedor como me pidio
resena con foto del bolso hecha, mandan el regalito?
la encuesta de satisfaccion que me llego al correo cuenta como reseña?
"""

DATA["human_agent"] = """
estoy molesto pero no quiero quejarme con un robot, pasenme a una persona
no quiero hablar con el bot, quiero un asesor humano
eres un bot? entonces pasame con alguien de verdad
agente humano porfa
me comunican con una persona real? el asistente no entiende mi caso
quiero hablar con un supervisor
hay algun numero de telefono para hablar con alguien?
esto es automatico? necesito que me atienda un humano
dejen de responderme con mensajes automaticos, quiero una persona
pueden pasarme con alguien que hable español? el bot me contesta en ingles
necesito hablar con un encargado de la tienda
me urge hablar con un operador, es sobre un pedido que no puedo explicar aqui
hay algun asesor disponible o todos son bots?
no quiero opciones de menu, quiero escribirle a una persona
me pueden llamar? prefiero hablar por telefono con alguien
Solicito ser atendido por un agente de atención al cliente, no por el asistente virtual.
pasame con un humano ya
a que hora atiende una persona? el bot no sirve para esto
con quien tengo que hablar para que alguien revise mi caso? un humano
hablar con asesor
quiero que me atienda la misma chica de ayer, se llamaba Laura
hay alguien real del otro lado? si no, pasenme con alguien
marque la opcion 0 y nada, como llego a un agente?
este chat tiene asistente humano o es solo IA?
puedo hablar con el vendedor directamente y no con el sistema?
operador operador operador
necesito una persona, el bot me da vueltas con lo mismo
pueden escalar mi chat a un ejecutivo?
quiero hablar con el gerente de atencion
hablame tu como persona, no copies respuestas automaticas
hola necesito un asesor en vivo, no automatico
me transfieres con soporte tecnico humano?
ya me canse del robot, pasame con alguien y ya
contactar con un agente, por favor
como hago para que me atienda una persona en whatsapp?
"""

DATA["thanks_bye"] = """
hola de nuevo, solo para decir que ya llego, gracias
listo, ya vi el tracking, gracias
ok, ya me llego el reembolso, gracias por todo
vale, hasta luego
perfecto, eso era todo
buenas noches y gracias
mil gracias por la paciencia
okey, entendido
ya quedo, gracias amigo
genial, nos vemos
gracias joven, que le vaya bonito
chao, gracias
gracias por cambiarme la direccion, todo bien
listo muchas gracias
graciasss, ya con eso me quedo tranqui
de nada, bye
ok ok
no esperaba que lo arreglaran en un dia, gracias de verdad
buenisimo, gracias crack
me sirvio mucho, saludos
ya entendi, gracias por explicar
ah ok, mil gracias
Agradezco mucho su atención, quedo a la espera. Saludos cordiales.
super, gracias, hablamos luego
gracias por la ayuda con el cambio, ya me llego la talla correcta
bueno, hasta la proxima
muchas gracias, muy amables
dale, gracias
ok gracias buen fin de semana
listo, ya quedo todo, gracias
entendido, adios
todo bien, gracias por responder
gracias bendiciones
perfecto, cualquier cosa les escribo
thank you, gracias
"""

DATA["other"] = """
como cambio la contraseña de mi cuenta?
eres un bot? solo pregunto por curiosidad
no es sobre un pedido, buscan repartidores en mi zona?
venden al por mayor? tengo una tienda y quiero ser distribuidor
quiero ser afiliado, como funciona el programa de influencers?
que hora es alla en china?
como cambio el idioma de la app a español?
no me deja iniciar sesion con google
me llegan correos de su tienda pero nunca me registre, como me doy de baja?
ustedes tienen tienda fisica en cali? solo es para conocer
jajaja que buen nombre tiene la tienda
asdfghjk
0000 7777 0000
trabajo en marketing, les interesa una colaboracion?
como borro mi historial de busqueda en la app?
que clima hace hoy en buenos aires?
me puedes contar un chiste?
cuanto gana un repartidor de ustedes?
quiero vender mis productos en su plataforma, donde me registro como vendedor?
por que la app me pide acceso a mis fotos?
como actualizo mi correo en el perfil?
ya tengo cuenta en la app, como vinculo la de la web?
estan contratando? tengo experiencia en atencion al cliente
hola como estas, te gusta el futbol?
que opinan de la situacion economica?
la aplicacion no carga en mi iphone, se queda en blanco
quiero eliminar mi cuenta y mis datos
soy de la prensa, quisiera una entrevista con el dueño
se cayo la pagina? no me abre nada
ok y tu como te llamas?
cuantos años tiene la empresa?
esto es spam? me llego un mensaje de ustedes con un premio
como se escribe "envio" en ingles?
me recomiendas una pelicula?
??????
"""
