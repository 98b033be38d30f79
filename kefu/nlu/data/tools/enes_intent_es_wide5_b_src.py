"""Mensajes de compradores en español (ronda 5, amplitud de vocabulario regional, parte B: 18 intenciones de compra, posventa y generales, con palabras de muchos países) (training set)."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["payment"] = """
no me pasa la tarjeta, me sale rechazada y si tengo saldo
aceptan yape o plin? no tengo tarjeta de credito
se puede pagar en el oxxo?
¿Os puedo pagar por Bizum desde el móvil?
puedo pagar a meses sin intereses con mi tarjeta banamex?
hasta cuantas cuotas sin interes tienen con mercado pago
intento pagar por PSE y se queda cargando, nunca termina
aceptan nequi o daviplata? porfa
me sale "transaccion declinada" con mi debito visa, que hago
tienen pago contraentrega para bogota?
¿Se puede pagar contra reembolso al cartero?
le di a pagar con webpay y me saco de la pagina, no se si paso el pago
puedo pagar en efectivo en rapipago o pago facil?
hago pago movil desde banesco, me pasan los datos?
aceptan zelle? estoy en caracas pero tengo cuenta afuera
se puede pagar por abitab o redpagos? soy de montevideo
soy de puerto rico, puedo pagar con ath movil?
Intenté pagar con PayPal y me aparece un error, ¿hay otra forma de pago?
la web me cobra en dolares y el banco me rechaza la compra, se puede pagar en pesos chilenos?
se puede pagar con transferencia bancaria? les paso el comprobante por aca
hice la transferencia spei pero la pagina sigue diciendo pendiente de pago
me pide confirmar con el banco y no me llega el codigo para terminar la compra
no me llega el sms de verificacion de la tarjeta pa terminar de pagar
puedo pagar la mitad con tarjeta y la otra mitad en efectivo?
tienen sinpe movil? soy de costa rica
se puede pagar con tigo money? estoy en honduras
aceptan tarjeta de credito american express?
¿Puedo pagarlo a plazos con la tarjeta del Santander?
el link de pago me dice caducado 😩
me rebota el pago una y otra vez, ya probe con dos tarjetas
la tarjeta maestro no me la toma la pagina
Quisiera pagar por depósito en el Banco de la Nación, ¿me indican la cuenta?
ke metodos de pago tienen? no tengo tarjeta
se puede pagar con efecty o baloto
aceptan usdt o solo tarjeta?
me descontaron la plata de la cuenta pero el pedido sigue como no pagado
nose xq no me deja pagar, le doy al boton y no pasa nada
puedo pagar con tpago desde santo domingo?
¿Me cobran recargo si pago en 12 cuotas con Visa?
💳❌ no me pasa el pago, ayuda
sale "fondos insuficientes" pero tengo lana en la tarjeta
se puede pagar con una tarjeta prepago?
"""

DATA["modify_order"] = """
acabo de hacer el pedido y puse mal la direccion, se puede cambiar?
me equivoque de talla, quiero la M en vez de la S, todavia no lo mandan verdad?
cambiame el color del pedido a negro porfa, aun no sale
puedo agregar otra remera al mismo pedido antes de que lo despachen?
quiero cambiar el codigo postal, puse 28080 y es 28008
en vez de mi casa mandalo a la oficina, te paso la nueva direccion
me falto poner el numero de depto, es el 4B
se pueden juntar mis dos pedidos en un solo paquete?
quiero sumarle una unidad mas, que sean 3 en vez de 2
quitame la gorra del pedido, solo quiero las zapatillas
me mude, cambien la colonia a col. del valle, cdmx, el pedido aun no sale
Por favor, modifiquen el teléfono de contacto del pedido, el correcto termina en 8812.
puedo poner una notita para que lo dejen con el portero?
la comuna esta mal, es ñuñoa no providencia, se puede corregir?
en lugar de domicilio lo quiero retirar en sucursal andreani, se puede cambiar?
cambien el destinatario a nombre de mi mama, ella lo recibe
pedi los tenis en 26 y necesito 27 mexicano, cambienlo antes de enviar porfa
me equivoque con la talla de la chompa, la quiero en L, ya pague pero no la mandan aun
cambiar distrito a san borja porfa, todavia no despachan no?
agregale una nota q es para regalo y sin precio
se puede cambiar la entrega a un punto pack?
¿Puedo cambiar el modelo del pedido por el azul? Lo compré hace 10 minutos.
puse calle 45 y es carrera 45, corrijan x fa 🙏
quiero pasar mi pedido a un locker de inpost en lugar de casa
puedo editar el pedido? quiero otro talle de pollera
cambien la direccion a maracaibo, ya no estoy en valencia
podes unir la compra de ayer con la de hoy en un solo envio?
me mude de depa, como actualizo la direccion del pedido 5521?
cambiame la cantidad a 1, pedi 2 por error
la direcion esta mal escrita, me falto el numero de casa
quisiera cambiar la franela roja por la blanca antes de que la manden
quiero agregar al pedido unos calcetines 39-42, se puede?
hey cambia la talla del brasier a 36B porfa, recien lo pedi
corrijan el nombre del que recibe: es Jhonatan con h
me equivoque en el numero de la calle: es 1520 no 1250 ✍️
Añade por favor en la nota del pedido que llamen al timbre 2.
el pedido #3381 mandenlo a otra direccion, en montevideo centro
quiero cambiar el jean por uno 32 de cintura, aun no lo envian cierto?
se puede cambiar la entrega a la oficina de servientrega en vez de domicilio?
recien compre y quiero cambiar el vaquero de 40 a 42, se puede?
"""

DATA["cancel_order"] = """
quiero cancelar mi pedido
anulen el pedido porfa, ya no lo necesito
me arrepenti, cancelen la compra
ya no lo quiero, no lo manden
como cancelo una orden que acabo de hacer
¿Es posible anular la compra? La hice por error.
cancela uno de los dos pedidos bro, lo hice duplicado
quiero dar de baja el pedido 4412
cancelar orden x fa, ya encontre otra cosa
nos echamos para atras con la compra, cancelela por favor
cancelen, mi esposo ya lo compro en otro lado
no me lo envien, quiero anularlo
me arrepenti antes de que salga, anulen la orden de la cazadora
me puedes cancelar la chamarra? aun no la mandan
mejor no, cancelemos el pedido
Cancelen mi orden, ya no la puedo esperar tanto
se puede cancelar si ya pague con transferencia?
kiero cancelar el pedido
cancelen la compra de las ojotas porfa
ya no, gracias, cancelen todo 🙅‍♀️
anulame el pedido que hice anoche, me equivoque de producto
cancelar pedido urgente, lo compre dos veces el mismo
como anulo la orden desde la app?
necesito cancelar, me quede sin chamba y no me alcanza
Buenas, solicito la cancelación del pedido número 10234.
cancelen nomas, ya fue
cancelalo porfa, me lo regalaron
se puede cancelar un pedido que esta en preparacion?
no quiero ya las zapatillas, anulen la compra por favor
me cancelas el pedido? cambie de opinion
quiero cancelar la compra que pague con mercado pago
cancelen la orden de los championes, ya consegui en el centro
por favor no despachen mi pedido, lo quiero cancelar
anulacion del pedido por favor, lo compre sin querer
cancelame la orden que no voy a poder recibirla 😕
¿Hasta cuándo puedo cancelar sin coste?
ya no me interesa, cancela mi pedido porfis
cancelar pedido 7789 plis
quiero anular la compra de la campera, me salio mas cara en otro lado
cancelar la orden ya, no la quiero mas
"""

DATA["ship_time"] = """
ya pague, cuando lo despachan?
cuando me mandan el pedido? ya hice el pago ayer
¿Cuándo sale mi pedido del almacén?
lleva tres dias en preparacion, cuando lo envian?
hoy lo mandan o mañana?
ya pagué en oxxo, ¿cuándo lo entregan a la paquetería?
cuando lo despachan a la agencia shalom? ya pague con yape
en cuantos dias lo envian? ya hice el pago
sigue en "pendiente de envio", cuando lo van a mandar
para cuando lo mandan por correo argentino? ya esta pagado
xfa cuando sale mi pedido, ya pague
me confirman la fecha de despacho de mi orden?
ya lo embalaron? cuando se envia
cuando sale hacia venezuela? ya transferi
ya compre la chaqueta, la despachan antes del finde?
¿Lo enviáis hoy? Lo pagué esta mañana con Bizum
cuanto tardan en despacharlo desde que se paga? ya pague hace 2 dias
pueden mandarlo hoy mismo? ya esta pagado
cuando lo entregan a chilexpress, ya esta pagado
van a enviar mi pedido esta semana? 🙏
cuando sale el paquete de la bodega?
ya lo pague, porfa cuando lo mandan por servientrega
q dia lo despachan? necesito saber para estar pendiente
Buenas, realicé el pago el lunes. ¿Para qué día está previsto el envío?
cuando lo envian? aun no lo mandan y ya pague hace 4 dias
ya esta listo mi pedido para salir?
lo despachan el sabado o hasta el lunes?
cuando me lo mandas amigo, ya te deposite
cuando despachan lo q compre el viernes
mandenlo ya plis, cuando sale?
cuanto demoran en despachar mi compra? ya esta acreditado el pago
cuándo hacen el envío de mi pedido a uruguay? pagué por redpagos
ya pague los tenis, cuando los envian a guadalajara
cuando lo mandan x estafeta? ya pague
cuando mandan la encomienda? ya transferí
Hola, ¿en qué fecha me despacháis la compra? Ya está abonada.
cuándo se envía? pagué con nequi hace rato ⏰
cuando lo pasan a la empresa de envios, ya esta pagao
me dijieron q se enviaba en 24h y ya pasaron 3 dias, cuando sale?
pague por zelle ayer, cuando me lo despachan a miami?
"""

DATA["order_status"] = """
donde anda mi paquete de fedex?
me pasas el numero de guia porfa
cual es el codigo de seguimiento de mi pedido?
por donde viene mi encomienda de correo argentino?
en que va mi pedido parce? quiero ver la guia
quiero rastrear mi orden 5521
¿Me podéis dar el localizador del envío de Correos?
el tracking dice en transito desde ayer, que significa?
dice retenido en aduana, que quiere decir eso?
con que numero rastreo mi envio de estafeta
en que parte del camino va mi envio
ya lo tiene la paqueteria? quiero saber el estatus
estado de mi pedido porfa
me mandan el link para seguir el envio de andreani?
el numero de seguimiento de oca no me aparece en la pagina
la guia de servientrega no me sale nada cuando la pongo
hola, mi pedido esta en reparto hoy?
ya llego a la sucursal de chilexpress o todavia?
en que estado esta mi orden? ya va en camino?
mi paquete sigue en miami o ya salio para caracas?
ubicación de mi pedido por fa
tienen el tracking de olva? no me llego el correo con el codigo
el seguimiento de DHL no se actualiza hace 2 días, ¿en qué punto está?
me dice "en centro de distribucion", eso que significa
¿Dónde anda mi pedido? 📦
dnd esta mi pedio
seguimiento del envio a valparaiso por favor
me confirmas si mi paquete ya esta en la agencia de shalom
en que estado va mi pedido, amigo
rastreo de mi compra numero 88120
¿Cómo sigo mi pedido con el número que me mandaron?
mi paquete esta en correos de mexico, donde lo consulto
mi pedido sale "en camino" pero no dice donde, me ayudas?
la app dice entregado al transportista, y ahora por donde anda?
me pasas la ubicacion de mi bulto porfa
el paquete está en el centro de clasificación de Madrid, ¿va bien?
necesito el numero de rastreo de mi orden de ups
pásame el número de tracking del envío a Tegucigalpa
en que ciudad va mi paquete? segun la web ya salio de lima
me das el estatus de mi envio por redpack? 🚚
"""

DATA["not_received"] = """
no me ha llegado el pedido y ya paso la fecha
dice entregado pero yo no recibi nada
el paquete nunca llego
se perdio mi encomienda, hace un mes que la mandaron
el cartero dice que lo dejo pero no hay nada en el buzon
ya van tres semanas y nada del paquete
nunca me llego el envio de correos
según dhl lo entregaron ayer y aquí no llegó nada
la app dice que lo recibio el portero y el portero dice que no
todavia no me llega nada 😤 y ya pasaron 20 dias
me aparece "entregado" y no tengo ningun paquete
el repartidor nunca vino y dice que intento la entrega
mi pedido esta extraviado segun la paqueteria
no me ha llegado la encomienda de starken, tenia que llegar el lunes
ya se paso el plazo de entrega y sigo sin el pedido
nunca recibi mis tenis, dicen que se entregaron
el motorizado dice que lo entrego pero es mentira, aca no llego
no me llegó el pedido, vivo en Medellín y ya van 15 días hábiles
marcaron como entregado y mi vecino tampoco lo tiene
aun no me llega nada y me prometieron 5 dias
no recibí el pedido, ¿qué pasó?
mi compra no llega, ya deberia estar aca hace una semana
el pedido figura como recibido por mi, pero yo no firme nada
no llego nunca la remera, y decia entregado
lo dejaron en otra direccion? yo no lo tengo
Correos dice que dejó un aviso y en mi buzón no había nada, el paquete no aparece
sigo esperando el paquete, no ha llegado ni a la oficina
me robaron el paquete? dice entregado en la puerta y no esta
nunk me llego el pedio
lo pedi hace mil años y no llega
no me ha llegado lo que compre el mes pasado
el paquete se perdió, nadie sabe dónde está
mi mama estuvo todo el dia en casa y no vino nadie, pero dice entregado
ya es la segunda vez q dicen q llega y no llega
no lo recibi y ya vencio la fecha estimada
pedido 4410 no recibido
el envio de serpost nunca llego a mi casa
nada de nada, el paquete no aparece 📭
me dijeron que llegaba el viernes y hoy es martes, y nada
el rastreo de estafeta dice "entregado" en una colonia que no es la mia
"""

DATA["quality_issue"] = """
llego roto el vaso
la pantalla vino rajada
el cargador no prende
se le despego la suela a las zapatillas a la semana
el celular no enciende, vino fallado
la remera se descosio en la primera lavada
la caja llego aplastada y el florero quebrado
la licuadora hace un ruido raro y huele a quemado
se rompio el cierre de la campera
los audifonos solo suenan de un lado
la chamarra tiene un hoyo en la manga
vino manchada la blusa
el control no funciona, ya le cambie las pilas
la mochila vino con una costura abierta
la tele llego con rayas en la pantalla
el termo gotea por la tapa
se peló el color del bolso en dos dias
el reloj se paro al segundo dia
los tenis se abrieron de la punta 😡
la plancha no calienta
la silla vino con una pata chueca
la olla llegó abollada
el pantalon se destiño con la primera lavada
la franela vino con un hueco
el ventilador no gira, solo zumba
el teclado tiene teclas que no marcan
el espejo vino trizado
la bici llego con el rin torcido
las gafas vinieron con una patilla rota
mi pedido llegó dañado
El producto presenta un defecto de fábrica: la batería no carga.
la lampara parpadea y se apaga sola
el pantalón vaquero se ha rajado por la entrepierna al ponérmelo
se le cayo una piedra al anillo al primer uso
la cafetera pierde agua por abajo
el juguete vino sin funcionar, no prende ni con pilas nuevas
el parlante se escucha distorsionado
la crema llegó abierta y derramada
el tupper vino partido 💔
la cadena se oxido en una semana, quedo negra
el protector de pantalla vino con burbujas y quebrado
se jodio el secador al segundo uso, ya no sopla
"""

DATA["wrong_item"] = """
me mandaron otro producto
esto no es lo que pedi
pedi talla L y me llego una S
vino en color rojo y yo lo pedi azul
falta una pieza del mueble
no vienen los tornillos para armarlo
la caja vino incompleta, faltan dos vasos
pedi funda para iphone 13 y me llego una del 12
me llegaron zapatos de mujer y los pedi de hombre
no coincide con la descripcion, decia algodon y es poliester
pedi 3 playeras y solo vinieron 2
me enviaron el pedido de otra persona, viene a nombre de otro
el talle que vino no es el que compre
no es la marca que anunciaban
me llego una chompa que no pedi
pedi la version de 128gb y vino la de 64
el combo decia que traia cargador y no vino
este no es el modelo de la foto, es otro totalmente
pedí un 38 de zapatilla y en la caja dice 36
me mandaron la polera equivocada
vino un solo zapato 🤦‍♀️
faltan las instrucciones y el control remoto
la descripcion decia que era de acero y vino de plastico
me llegaron bragas en vez del sujetador que pedi
me mandaron el sabor equivocado de la proteina
en la caja vino otra cosa, un cable que no tiene nada que ver
El artículo recibido no corresponde con el pedido.
pedi 2 metros de tela y vino 1
llego el kit sin las baterias que dice el anuncio
la pollera que vino es de otro color y otra tela
me mandaron el modelo viejo, yo pedi el nuevo
hay un error, me llego un pantalon en vez de un short
nos mandaron la talla de niño y era de adulto
falta el cable usb en la caja
qué es esto? yo pedí una licuadora y vino una batidora
pedi medias y me mandaron calzones, que onda
no venia la tapa de la olla
vino el libro en ingles y lo pedi en español
me enviaron 1 caja y compre 4
me vino una remera M cuando pedi XL
"""

DATA["return_refund"] = """
quiero devolver el producto
puedo devolverlo aunque ya lo abri?
quiero que me regresen mi dinero
quiero mi plata de vuelta, no me gusto
cual es la politica de devolucion para la ropa que compre?
cuantos dias me dan para devolver una compra ya recibida?
¿Puedo ejercer el derecho de desistimiento? Lo recibí hace 5 días.
quiero aplicar el derecho de retracto
uso el boton de arrepentimiento, quiero devolver la compra
me pueden hacer el reembolso? no me convencio
quiero el reintegro del dinero
¿Aceptan devoluciones de ropa interior?
lo puedo regresar si ya le quite la etiqueta?
quiero devolver las zapatillas y que me devuelvan el dinero
solicito la devolución del importe
si no me gusta lo puedo devolver?
no me convencio, lo devuelvo
quiero el reembolso del pedido 3349
hay devolucion si el producto estaba en oferta?
puedo devolver solo una parte del pedido?
me lo quiero regresar, no es lo que esperaba
quiero devolverlo y que me lo reembolsen en la tarjeta
me devuelven el dinero si lo regreso cerrado?
devolucion porfa, no lo voy a usar
¿Tienen garantía de devolución de 30 días?
el vestido no me gusto como queda, lo quiero devolver
me devuelven la lana si lo mando de regreso?
quiero regresar la chamarra, ya no la quiero
cómo solicito un reembolso?
quiero que me reembolsen, no me sirve para lo que necesito
puedo pedir reembolso sin devolver el producto?
se puede devolver algo comprado con cupon?
quiero devolver el pedido entero 🙃
reembolso x fa
kiero devolverlo
¿Me podéis devolver el dinero? Me he arrepentido de la compra.
devuelvo los championes, no los quiero mas
si lo devuelvo me dan la plata o un vale?
se puede devolver un producto personalizado?
no lo use nunca, me aceptan la devolucion?
"""

DATA["exchange"] = """
me lo pueden cambiar por una talla mas grande?
quiero cambiar la remera por un talle M
cambio de talla porfa, me quedo chico
ya me llego, se puede cambiar por el color negro?
me quedaron grandes las zapatillas, las cambio por un 39?
cambiame la camisa por una XL, la L me aprieta
quiero hacer un cambio por otro modelo
puedo cambiar el jean por uno de 30 de cintura?
me quedo apretado el brasier, me lo cambian por uno 36?
aceptan cambios de talle? me quedo enorme
quiero cambiarlo por el mismo en azul
los tenis me quedan chicos, los cambian por medio numero mas?
cambio la chompa por una talla S
me gustaria cambiar el vestido por otro color
puedo cambiarlo por otro producto del mismo precio?
cambio de numero de los championes, del 40 al 41
¿Puedo cambiar la sudadera por una talla menos?
me queda chico el buzo, me lo cambian por uno mas grande?
me la cambian por la talla 10 de niña?
se puede hacer el cambio si ya me lo probe en casa?
quiero canjear las botas por unas del 38
cambiarlo x una talla mas plis
cambio de color de la funda, quiero la transparente
me quedo holgada la polera, la cambio por S
cambio de la franela por una M porfa
la campera me queda justa, la puedo cambiar por una L?
quiero cambiar el anillo por una medida mas chica
me quedo grande el calzado, quiero un 42 europeo en lugar del 43
Deseo cambiar el artículo por otra talla, ¿es posible?
las sandalias me aprietan, me las cambias por un numero mas?
cambio el short rosa por el verde 💚
me quedo chiqui la pollera, cambio x la M
podemos hacer el cambio por el modelo de manga larga?
los calcetines me quedaron chicos, los cambio por la talla grande
la cazadora me está grande, ¿me la cambiáis por una S?
kiero cambiar la talla del bikini
me quedo corto el vestido, me lo cambian por uno talla 12?
se lo regalé a mi hermano y le quedó chico, ¿lo cambian por una talla más?
el pantalon me quedo largo, lo cambio por el de tiro corto?
la playera me queda guanga, la cambian por una chica?
"""

DATA["refund_status"] = """
cuando me depositan el dinero de la devolucion?
ya devolvi el producto y no me llega el reembolso
cuando se acredita el reintegro en mi tarjeta?
todavia no me cae la plata de la devolucion
el reembolso sigue en proceso desde hace 10 dias
cuando hacen el extorno a mi cuenta?
¿Cuándo me hacéis el abono del reembolso?
ya me aprobaron la devolucion, cuanto tarda en llegar el dinero
no veo el reembolso en mi cuenta de mercado pago
como va mi reembolso?
cuando me reversan el pago?
me dijeron 5 dias habiles para el reembolso y ya pasaron 8
la lana del reembolso cuando me la depositan
me confirmas si ya mandaron el reembolso a paypal
ya recibieron mi devolucion? cuando me devuelven la guita
el reembolso me llega a la tarjeta o a la billetera?
hola, mi reembolso todavía no aparece 🙁
cuanto tarda el reintegro en la tarjeta de credito
el banco dice que no ha entrado nada del reembolso
ya me devolvieron el dinero? pedido 9920
estado de mi reembolso por favor
me pasan el comprobante de la devolucion del dinero?
en cuantos dias veo reflejado el reembolso?
cuando me reponen la plata en nequi?
me dijieron que me devolvian el dinero y nada
el rembolso no me llego
cuando me devuelven lo del pedido cancelado?
me reembolsaron solo una parte, y el resto cuando?
el reembolso ya fue procesado?
¿En qué estado está la devolución de mi dinero?
ya van 2 semanas y del reembolso ni sus luces
la transferencia del reembolso cuando sale?
me llego el mail de reembolso aprobado pero en la cuenta no hay nada
cuando vuelve la plata a mi tarjeta visa?
reembolso pendiente del pedido 1123, cuando?
ya me deberian haber devuelto la pasta, que pasa?
el reintegro a mi cuenta de banco cuando se hace efectivo?
el dinero de la devolucion a mi cuenta rut cuando llega?
hola, ¿ya salió mi reembolso? 💸
devolvieron mi pago por zelle? no lo veo todavia
"""

DATA["return_shipping"] = """
el envio para devolverlo lo pago yo o ustedes?
a que direccion mando el producto para devolverlo?
me mandan por mail la etiqueta para el retorno?
lo tengo que llevar a correos o pasan a buscarlo?
el flete de regreso lo pago yo o ustedes?
me pasan la guia de devolucion de estafeta
donde dejo el paquete para devolverlo?
lo puedo dejar en una oficina de servientrega?
cuanto me cuesta mandarlo de vuelta?
el envio del cambio quien lo paga?
mandan un motorizado a recogerlo?
como lo embalo para devolverlo?
lo devuelvo en la caja original o en cualquier caja?
¿Tengo que pagar yo el porte de la devolución?
a que sucursal de andreani lo llevo para devolver
el envio de retorno es gratis?
me pasan la direccion del almacen para enviar el cambio
puedo devolverlo en un punto pack?
la devolucion la hago por chilexpress o starken?
pasan a retirarlo a mi casa? vivo en cordoba
me descuentan el envio de vuelta del reembolso?
lo mando por correo normal o con la etiqueta de ustedes?
donde imprimo la etiqueta de devolucion? no tengo impresora
tengo que mandarlo por mi cuenta?
lo devuelvo a la misma direccion de donde vino?
cuanto sale el envio para cambiar las zapatillas?
lo puedo llevar a la tienda fisica en vez de enviarlo?
hola, ¿cómo envío la devolución desde Lima? ¿Por Olva o Shalom?
¿El envío de la devolución corre por vuestra cuenta?
recogen la devolucion o la llevo a la agencia?
cual es la dire pa mandar de vuelta el producto
me toca pagar el envio de regreso aunque vino defectuoso?
en que locker dejo la devolucion? 📦
necesito el codigo postal del deposito para la devolucion
quien cubre el envio del cambio de talla?
le pongo el numero de pedido afuera de la caja al devolverlo?
pueden mandar a alguien a buscar el paquete pa la devolucion
la devolución la envío por UPS o por USPS? estoy en Texas
devuelvo por DAC o por el correo uruguayo?
el codigo qr para devolver en correos donde me llega?
"""

DATA["dispute"] = """
abri una disputa en paypal
abri un reclamo en mercado libre, como sigue ahora?
ya hice el contracargo con mi banco
desconoci la compra en la tarjeta, que pasa ahora
como cierro la disputa de paypal? ya me llego
abri disputa en aliexpress, me responden por ahi?
ya se soluciono, cierro el reclamo de ML?
vi que respondieron la disputa, tengo que aceptar la propuesta?
quiero escalar la disputa a paypal
el banco me pide documentos por el contracargo, me mandan la factura?
les aviso que inicie un desconocimiento de cargo en mi tarjeta
ya abri el caso en paypal, espero la resolucion
pedi la mediacion de mercado libre para que intervengan
si retiro la disputa me mandan el producto?
abri un caso de garantia de la a a la z en amazon
hice un chargeback con american express
como cancelo la disputa si ya me resolvieron?
la disputa sigue abierta, cuando se cierra?
mi banco dice que ustedes tienen que responder la disputa
pedi la intervencion de la plataforma, ya no espero mas
voy a cerrar el reclamo en ML, ya llego todo bien
cuantos dias tienen para contestar la disputa de paypal?
abri disputa en temu por este pedido
abri una disputa x el pedido 7781
ya escale el caso a paypal 😤
quiero que paypal decida, no llegamos a un acuerdo
¿Puedo abrir una disputa si ya pasaron 30 días?
cerre la disputa por error, se puede reabrir?
el contracargo ya esta en proceso
como apelo la resolucion de la disputa?
Os informo de que he solicitado a mi banco la retrocesión del cargo.
el reclamo en mercado libre lo gane? que dice
la plataforma me pide pruebas para la disputa, que les mando
ya desconoci el pago en la app del banco, asi que no hace falta que respondan
mi tarjeta abrio un reclamo por cargo no reconocido
abri un contracargo, ya no me manden nada
les aviso que la disputa de paypal ya la cerré
mercado pago me dice que el reclamo esta en revision
cuando cierran la disputa que abri en shopee?
"""

DATA["complaint"] = """
pesimo servicio el de ustedes, de verdad
que falta de respeto, nadie me responde
estoy hasta la madre de esperar su respuesta
me tienen podrido con tanto verso
estoy hasta las narices de esta tienda
son unos estafadores de cuarta
ya me hartaron, mañana voy a profeco a denunciarlos
voy a poner una queja en la sic
voy a ir a defensa del consumidor
voy a pedir la hoja de reclamaciones
los denuncio en indecopi, ya me canse
voy a reclamar en el sernac, se los aseguro
que verguenza de atencion
una porqueria de servicio al cliente
los voy a escrachar en todas las redes
me tienen arrecho, nadie da la cara
que cagada de servicio
estoy cabreadisimo con vosotros
es inaceptable el trato que recibi
llevo una semana escribiendo y me ignoran
son unos chantas
me cansé de que me den largas
que onda con ustedes, nunca contestan
no vuelvo a comprar aca nunca mas
atencion de terror, que lata
esto es un robo a mano armada
me mintieron en la cara 😡
la peor tienda en la que he comprado
estoy emputado, prometen y no cumplen nada
Quiero presentar una queja formal por el trato recibido.
el chico que me atendio fue grosero
me dejan en visto siempre
una burla lo que hacen con los clientes
voy a subir todo a tiktok para que la gente sepa como son
que mal servicio weon
ya es el colmo con ustedes
se burlan de uno, que rabia
voy a reportar la tienda, no es justo
nefasto, no se los recomiendo a nadie
me tienen hasta la coronilla
"""

DATA["review"] = """
por donde le dejo una reseña al producto que me llego?
puedo editar mi opinion? puse 3 estrellas sin querer
donde califico al vendedor
dan cupon por dejar una reseña con foto?
quiero borrar mi comentario del producto
ya deje mi valoracion, cuando me dan el descuento por opinar?
no me deja subir fotos en la reseña
como cambio mi calificacion a 5 estrellas
la reseña que deje no aparece
si dejo 5 estrellas me dan algo?
te deje una reseña re linda, ya la viste?
¿Dónde puedo valorar mi compra?
quiero calificar el pedido pero no me aparece el boton
puedo dejar la review en ingles?
puedo opinar sobre el producto antes de que me llegue?
me borraron la reseña, por que?
quiero modificar la puntuacion que di
como subo un video a la reseña
les deje feedback en mercado libre, me califican tambien como comprador?
dejé una opinión en google, ¿les sirve?
la reseña tiene que tener cuantas palabras para el cupon?
ya puse mis estrellitas ⭐⭐⭐⭐⭐
como pongo una opinion del vendedor en amazon
quiero cambiar mi reseña negativa, ya me solucionaron
el link para calificar el pedido me da error
el puntaje que puse se grabo mal
como dejo un comentario con fotos en la app
cuando me dan los puntos por valorar el producto?
¿Podría ocultar mi nombre en la reseña?
puedo dejar una reseña por cada color que compre?
donde veo las opiniones que he dejado
dan cashback por reseña con foto?
kiero dejar mi opinion del producto
hasta cuando tengo para calificar? se me paso el aviso
la encuesta de satisfaccion de la compra donde la respondo?
mi reseña dice pendiente de aprobacion hace dias
como califico la entrega? quiero ponerle 5
se puede poner la reseña de forma anonima?
"""

DATA["human_agent"] = """
necesito que me pasen con un asesor humano
pasame con una persona real
no quiero un robot, quiero un humano
comuniqueme con un agente por favor
hay algun operador disponible?
quiero que me atienda un ejecutivo de la tienda, no la maquina
ponme con alguien de carne y hueso
necesito hablar con el encargado
pasame con un supervisor
asesor por favorrr
operador porfa
que me conteste un humano de verdad, porfis
me pueden atender por telefono? quiero hablar con alguien
hay algun numero para llamar y hablar con una persona?
el bot no me entiende, pasame con alguien
hablar con una persona, ya
quiero un agente humano ya
puedo hablar con alguien del equipo por whatsapp?
comunícame con alguien de servicio al cliente de verdad
¿Me podría transferir con un asesor, por favor?
necesito una persona que me atienda, no respuestas automaticas
dejame hablar con alguien de la tienda
quiero chatear con una persona
pasame con un ser humano 🙏
me atiende alguien? no el bot
hablar con agente real plis
una persona por fa
Solicito atención personalizada con un agente.
menu no, quiero asesor
pásame con alguien que sepa, que esto no avanza
hay alguna chica o chico que me atienda?
me puede contactar un asesor por llamada?
pasame con la vendedora
comuniqueme con el dueño del negocio
quiero hablar cn un humano
asesorr porfaa
me derivas con una persona?
pasame con alguien de atencion, el robot no sirve 🤖
¿Puedo hablar con un agente en vivo?
un ejecutivo que me atienda porfa
"""

DATA["thanks_bye"] = """
gracias mijo
mil gracias, chao
listo pues, gracias
dale, mil gracias che!
vale, gracias, hasta luego
chevere pana, gracias
bacan, gracias compadre
de una, gracias parce
sale, muchas gracias señito
va que va, gracias
joya che, abrazo grande
chau, buen dia
okis, muchas grax
muchas gracias por la ayuda
gracias chamo, bendiciones
te pasaste, gracias
pura vida, gracias
sos un capo, gracias
genial, nos estamos viendo
gracias mi amor, Dios te bendiga
ok entendido, gracias
listo, todo claro
chido, gracias
muchas gracias, que tengas un lindo dia
graciasss 😊
graciaaas, chaito
ya estuvo, gracias
bueno, hasta otra, cuidense
Le agradezco su atención. Saludos cordiales.
gracias, me sirvio un monton
mil gracias majo, hasta luego
gracias, muy amable de tu parte, adios
chaoo
okey, gracias, cuidate
genial, gracias por todo 👍
gracias, eso era todo
buenísimo, gracias totales
gracias, que padre
ta, gracias, nos hablamos
gracias x la info
grasias, bye
"""

DATA["other"] = """
estan contratando? busco chamba
tienen vacantes de trabajo en el almacen?
busco curro de repartidor, a quien le mando el cv
hay pega en la tienda?
busco laburo, toman gente?
soy influencer, quiero hacer una colaboracion con ustedes
quiero ser distribuidor de su marca en guatemala
sos un robot o una persona?
como te llamas, eres de verdad?
en que pais esta tu servidor?
como me registro en la pagina para tener usuario?
se me olvido la clave de mi usuario
el correo de activacion de mi cuenta nunca me llega
que clima hace hoy en bogota
viste el partido de anoche?
ofrecemos servicios de SEO y marketing para su tienda
gana dinero desde casa, escribe al link
me puedes hacer la tarea de matematicas?
sabes una receta de arepas?
jajajaja que risa el bot
con que programa te hicieron?
quien te creo?
tienes novia? 😏
quiero cambiar el correo de mi cuenta
quiero eliminar mi perfil de la web
qué opinas del presidente?
me prestas plata? jaja
echate un chiste bro
Somos una agencia de publicidad y nos gustaría presentarles una propuesta.
hablas portugues o solo español?
quiero vender mis productos en su tienda, como me uno como proveedor?
a quien le vas en el mundial
como se dice hola en portugues
tu eres chatgpt?
cambiar mi numero de celular en el perfil
uy que calor hace en maracaibo
tienen tiktok o instagram?
sos argentino o que?
recomiendame una serie de netflix
vendo seguidores para instagram, te interesa?
"""
