"""Spanish buyer messages, round 6: intent boundaries and short chat lines, part B (in-sale, after-sale and other intents) (training set)."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["payment"] = """
pago en efectivo cuando llegue el repa, se puede?
se puede pagar con apple pay desde el iphone?
y google pay tienen?
no me sale la opcion de pagar en cuotas
mi tarjeta es de otro pais, me la toman?
tarjeta rechazada otra vez 😩
el pago se quedo en procesando hace una hora
q bancos tienen con msi?
se puede pagar con vales de despensa?
pago una parte con saldo de mercado pago y el resto con tarjeta, se puede?
no quiero factura ni nada, solo pagar por deposito en bbva, me pasas la clabe?
el cupon ya quedo aplicado, lo que falla es el cobro: error al procesar el pago
no es el envio lo que me preocupa, es que no me deja pagar con debito
hice la transferencia, a donde les mando el comprobante para que validen el pago?
me llego un sms del banco diciendo compra rechazada en su tienda
como pago si no tengo cuenta en ningun banco?
reciben bitcoin o alguna cripto?
aceptan tarjeta naranja o cabal?
puedo pagar con la codensa?
el boton de pagar esta gris, no lo puedo tocar
me pide abrir cuenta paypal y yo quiero pagar con tarjeta nomas
vos aceptas cuenta dni?
hay pago con klarna en 3 plazos?
el pedido dice esperando pago pero ya te yapee hace rato
cuanto tiempo tengo para pagar la ficha de oxxo antes de que se venza?
el contraentrega es solo efectivo o el repartidor lleva datafono?
la pasarela me tira error de autenticacion 3D secure
me cobraron pero el pedido no se creo, que hago con ese pago?
se paga en dolares o en bolivares?
tienen pago por QR simple?
me mandan un link de pago por whatsapp?
quiero dividir el pago entre dos tarjetas
no tengo tarjeta, puedo pagar con codigo de pagoefectivo?
la gift card de la tienda sirve para pagar este pedido?
pague x paypal y sale pago retenido, q significa eso
desde el cel no me pasa el pago pero desde la compu si, que onda
"""

DATA["modify_order"] = """
no lo cancelen, solo cambien la talla a M porfa, aun no sale
todavia no me llega nada asi que no es un cambio, quiero modificar el color del pedido a beige
cambiar direccion porfa
me equivoque de depto, es el 302
ponele que es para regalo porfa
agreguen una nota: dejar con la vecina del 5
se puede pasar de envio normal a express? sigue en preparacion
lo quiero retirar en tienda en vez de envio a domicilio, se puede cambiar?
pedi 4 y quiero 2 nomas, todavia no lo despachan
sumale otro cargador al pedido antes de empacar
juntame los pedidos 1182 y 1190 en un solo paquete
la funda es para s24 no s23, me confundi al pedir, la cambian antes de enviar?
puse mal el apellido del que recibe, es Quispe con Q
sigue sin enviarse verdad? cambien la calle a Av. Arequipa 1450
antes de despachar cambien el sabor de la proteina a fresa
que la entrega sea el sabado y no el viernes
corrijan el cp porfa: 44100
el codigo postal ta mal
saquen el llavero de la orden, lo demas igual
me pasas el pedido a la direccion de mi trabajo? aun no sale
quiero cambiar la talla antes q lo manden
modificar pedido 2231
se puede editar un pedido ya pagado?
cambien la ciudad a rosario, puse santa fe capital
la cama para perro la pedi en M, pasenla a L antes de despachar
mejor mandalo a la casa de mi vieja, te paso la direccion
agreguen una tarjetita que diga feliz cumple Sofi
quiten la envoltura de regalo, no hace falta
me olvide de elegir el color, ponelo en gris porfa
cambiar el nombre del receptor a Daniela Paz, es para mi hermana
ya pague pero quiero agregar otra unidad igual, pago la diferencia
piso 3 puerta B, me falto ponerlo en la direccion
que lo dejen en conserjeria, anotalo en el pedido porfa
cambio de direccion de entrega pedido 55031, todavia no lo envian
pedi el juego de sabanas de 1 plaza y era de 2 plazas, aun no lo mandan verdad? corrijanlo
ya no quiero el express, pasenlo a envio normal que todavia no sale
"""

DATA["cancel_order"] = """
cancelen, no quiero cambiar nada, ya no lo quiero
no es devolucion porque ni salio todavia, solo cancelen la compra
cancelame eso
anula todo porfa
quiero cancelar antes de que lo despachen
se puede cancelar si ya esta empacado?
cancelar pedido 33019
ya no lo necesito, no lo envien por favor
me arrepenti del pedido, lo anulan?
cancelen la orden, demora mucho en salir y ya no me sirve
cancelo este pedido y compro otro modelo
cancela la taza nomas, lo demas mandalo
donde esta el boton de cancelar?
cancelar compra duplicada
la pedi dos veces sin querer, anulen una
quiero cancelar, pague en oxxo pero todavia no sale
cancelen todo el pedido de las mancuernas
q tengo q hacer pa cancelar
tengo tiempo de cancelar todavia?
no me sirve ya, cancelalo
cancelen xfa, me quede sin trabajo y no me alcanza
ya no hace falta el regalo, se suspendio la fiesta, cancelen el pedido
ya no kiero el pedio, cancelalo
anulen mi preventa de la figura de goku
cancelación del pedido por favor
lo pague en 6 cuotas, igual lo pueden cancelar antes de que salga?
me equivoque de color y prefiero no comprar nada, cancelen antes de que lo manden
Le ruego anule mi pedido, ya no me interesa.
cancelen lo de la cuna, ya nos regalaron una
cancelar la compra del celu, lo consegui mas barato en otro lado
si aun no salio, me lo cancelan?
cancel porfa, el de los audifonos
me dicen que no hay stock hasta el mes que viene, asi no, cancelen la orden
no quiero esperar mas a que lo despachen, cancelen y devuelvan lo cobrado
no me cambies la direccion, mejor anula el pedido entero
pucha me equivoque de cuenta al comprar, cancelen esa orden
"""

DATA["ship_time"] = """
ya pague, cuando sale?
y cuando lo despachan entonces? ya pague
pagado hace 2 dias y sigue sin guia, cuando lo mandan?
no pregunto cuanto tarda en llegar, pregunto cuando lo envian ustedes
todavia no tiene numero de seguimiento, para cuando el despacho?
ya esta empacado mi pedido?
ya lo prepararon?
ya pague, sale hoy o no?
lo mandan antes del viernes? ya esta pagado
el pedido esta listo para enviar desde el lunes, cuando lo recoge la paqueteria?
me dijeron que si habia stock, entonces por que no lo despachan? ya pague
cuando despachan los pedidos de la preventa? el mio ya esta pagado
mi pedido pagado sale el domingo o hasta el lunes?
a que hora despachan los pedidos del dia? pague a las 10
cuando lo entregan a la transportadora?
pague anoche, lo mandan mañana temprano?
sigue en preparacion, q onda, cuando sale
hace 5 dias pague y ni lo han despachado
decia envio inmediato, ya pague y aun no sale
me avisan cuando lo despachen? y mas o menos que dia seria
cuando empaquetan mi pedido?
cuando lo llevan a correos? ya esta pagado
ya pague la bici, en cuantos dias habiles la despachan?
porfa despachenlo hoy que lo necesito, ya esta pago
mi orden sigue por enviar, cuando la mandan?
pague el envio express, cuando sale del almacen?
pedido pagado 7712 sin despachar, fecha de envio?
todavia no lo mandan? pague el martes
cuando lo mandan pa Quito? ya hice la transferencia
Buenas, ¿podrían decirme cuándo despacharán mi compra? El pago ya figura como acreditado.
ya pague, lo envian en la semana?
el vendedor dice 3 dias de preparacion, se cuentan desde que pague?
es bajo pedido, cuando lo terminan y lo mandan? ya pague
cuando sale de la bodega de bogota
ya embalaron la mesa? cuando la mandan
ahorita que ya pague cuando lo envian wey
"""

DATA["order_status"] = """
ya lo enviaron, pero por donde va?
la guia porfa
numero de seguimiento?
no se perdio, solo quiero saber en que ciudad va
el tracking sigue en el centro de distribucion desde ayer, es normal?
en que va mi paquete
que significa en ruta de entrega?
el de la moto ya lo tiene para repartir o sigue en bodega?
hoy me llega? dice en reparto
me pasas el link de rastreo de chilexpress
el paquete ya paso la aduana?
ya llego al pais mi pedido?
donde esta mi pedido? ya me dijeron que lo despacharon
rastreo porfa: 8827361
el numero de guia que me dieron no aparece en la web de coordinadora
dice en transito internacional hace 4 dias, todo bien?
me llego aviso de que esta en la oficina de correos, ya lo puedo retirar?
en que estado esta mi envio
sigue en camino o ya llego a la sucursal?
el tracking dice excepcion, que paso con mi paquete?
ya lo tiene el cartero?
mi paquete ta en medellin o todavia en bogota?
quiero ver el seguimiento pero no me llego el correo con el codigo
con que numero sigo mi paquete que ya salio?
estatus de la orden 6621
el seguimiento dice que ya salio de china, cuanto le falta?
el paquete esta en Miami, cuando pasa para Venezuela?
dónde anda mi encomienda?
y por donde anda el paquete ahora? vi que ya lo mandaron
mi pedido aparece como enviado, me das la guia?
cada cuanto se actualiza el rastreo? no cambia nada
ya esta en mi ciudad?
¿Me confirmáis en qué punto del trayecto está mi paquete?
dime por donde va la caja de las sillas, salio ayer
mi pedido esta en la agencia de olva de arequipa?
le doy al link de rastreo y sale error
"""

DATA["not_received"] = """
dice entregado y no lo tengo
no llego nada
nunca me llego
ya no es que quiera saber por donde va, se paso la fecha y no llego
el seguimiento no se mueve hace 3 semanas, creo que se perdio
la fecha maxima de entrega era ayer y nada
marcado como entregado en el locker pero el locker estaba vacio
pusieron destinatario ausente y yo no me movi de casa, nunca tocaron
el tracking dice devuelto al remitente y yo nunca lo recibi
ya paso un mes y el pedido no aparece
dice firmado por Juan y aca no vive ningun Juan
hace 40 dias q compre y nada 😭
el pedido nunca se entrego y ya paso la fecha prometida
no me ha llegado, ya van 10 dias de retraso
sigo sin recibir el pedido 9921
el correo dice que lo dejaron en porteria y en porteria no hay nada
lo entregaron a otra persona, yo no lo recibi
la paqueteria dice que se perdio, que hacen ustedes?
lo esperaba el lunes y hoy es jueves, nada
el plazo era 15 dias habiles y van 25
no recibi el paquete y la app dice entregado hace 3 dias
aun no me llega el pedido
el regalo no llego para el cumple y sigue sin llegar
nada que llega mi pedido
segun dhl el paquete se perdio en el camino
entregado segun fedex pero sin foto ni firma, no lo tengo
todavia no recibo mi compra y ya deberia haber llegado
el envio lleva 2 meses, ya me rendi
me dicen q ya me lo entregaron pero jamas vi al repartidor
ni rastro del paquete
esto iba a llegar el 10 y estamos a 20
mi pedido esta perdido
hace rato debia llegar y no llega
no me ha llegado el pedido a Tegucigalpa y ya pasaron 3 semanas de la fecha
el mensajero puso entregado en la garita y el guardia no recibio nada
mae ya pasaron los 8 dias que dijeron y el paquete nunca llego
"""

DATA["quality_issue"] = """
me llego y no funciona
se rompio al primer uso
la calidad es malisima, se desarmo en una semana
ya lo compre y se rajo, no pregunto si es resistente, ya se que no
el material se descascara y lo tengo hace 3 dias
el cable hace falso contacto
la tela se llena de bolitas despues de una lavada
la funda transparente se puso amarilla en 2 semanas
el zapato derecho trae la suela despegada de fabrica
la bateria dura 1 hora, viene defectuosa
el celular se calienta mucho y se apaga solo
la tapa no cierra bien, viene fallada
se abrieron las costuras
vino con un golpe en la esquina
el faro que compre vino con la mica rajada
la correa del perro se rompio al primer tiron
el biberon gotea por la rosca
la piscina inflable pierde aire
los aretes se pusieron negros en 3 dias
la pesa vino con una grieta
el patin tiene una rueda que no gira
el atomizador del perfume no rocia, vino trabado
la bolsa de comida del gato llego rota y humeda
las galletas llegaron vencidas
la pantalla tiene un pixel muerto
el microfono no se escucha en las llamadas
el marco vino todo rayado
el cierre se trabo y ya no sube
el colchon llego con una mancha y huele a humedad
el cargador del auto echa chispas
la tablet no carga, ni con otro cable
la silla del bebe tiene el broche roto
el taladro se apago y ya no prende
me llego quebrado el plato
vino fallado de fabrica
no anda el control, recien lo saque de la caja
"""

DATA["wrong_item"] = """
ese no es el articulo que compre
me mandaron otro color
falta una pieza del armable, la tabla del medio
no esta roto, esta perfecto, pero es otro modelo
la mesa vino sin las patas
me llego la talla equivocada y yo pedi bien, no es que me quede mal
me mandaron 1 y pedi 2
el paquete trae cosas de otro pedido
la foto mostraba 3 piezas y vino 1
la etiqueta dice 60% sintetico y en la publicacion decia lana pura
pedi el cargador tipo c y mandaron uno micro usb
llego la version para niño y compre la de adulto
el juego vino para ps4 y yo compre el de ps5
pedi el acabado mate y mandaron el brillante, son dos opciones distintas en la pagina
decia 2 metros y mide 1.50, no es lo que describen
no trae el adaptador que decia el anuncio
me faltan los tornillos
el set tenia que traer 12 piezas y trae 10
no es el producto del anuncio
me llegaron 2 zapatos izquierdos 🤦
vino otro sabor, no el que pedi
faltan accesorios en la caja
esto no se parece en nada a la foto, es otra cosa
en la caja venia ropa de otro cliente, no lo mio
pedi dos colores distintos y vinieron los dos iguales
el perfume que llego es de otra fragancia
el vestido vino sin el cinturon que sale en la foto
pedi 1kg de cafe y vino de 500g
compre el pack x3 y solo vino 1
no vino el control remoto
la funda no es para mi modelo, yo elegi la correcta y mandaron otra
me mandaron una talla de niño
la caja decia 6 vasos y traia 4
esta bien hecho pero no es lo que compre
se equivocaron con mi pedido
llego otra marca
"""

DATA["return_refund"] = """
lo quiero devolver
quiero mi dinero de vuelta
como devuelvo?
puedo devolverlo si ya lo use una vez?
aceptan devoluciones de productos en liquidacion?
cuantos dias me dan pa devolver algo que no me gusto?
no quiero otra talla, quiero el reembolso
no pregunto cuando llega, pregunto si me pueden reembolsar, no me gusto
se puede devolver sin la caja?
quiero devolver el juguete, mi hijo ni lo uso
llego roto y no quiero otro, devuelvanme la plata
quiero hacer una devolucion
politica de devoluciones?
aplica devolucion en cosmeticos abiertos?
si devuelvo me reembolsan o solo dan credito en la tienda?
quiero devolver uno de los 3 que compre
no me sirvio, quiero que me reembolsen
tengo derecho a devolucion si lo compre en oferta flash?
quiero solicitar el reembolso del pedido 2210
se puede devolver la comida para perro si la bolsa esta cerrada?
no me quedo bien y tampoco quiero cambio, lo devuelvo
el plazo de devolucion cuenta desde que compre o desde que llego?
puedo devolverlo dentro de 30 dias?
llego tarde y ya no me sirve, quiero devolverlo
quiero que me reintegren el dinero
ya no puedo cancelar porque ya llego, entonces lo devuelvo
devolucion de un regalo sin ticket se puede?
me regresan mi lana si no me gusta?
no me convence el material, quiero devolverlo
puedo devolver algo que compre hace 2 meses?
la garantia cubre devolucion del dinero o solo reparacion?
quiero el reembolso completo, no parcial
acepto devolverlo, como lo solicito?
se aceptan devoluciones de trajes de baño?
che, si lo abro y no me gusta lo puedo devolver igual?
la licuadora funciona bien pero no la uso, me reciben la devolucion?
"""

DATA["exchange"] = """
me queda chico, lo cambio?
cambio x talla L
lo puedo cambiar por otro color?
ya lo recibi y no me gusta el color, lo cambio por el verde
no quiero reembolso, quiero que me manden otro igual que si funcione
me mandan uno nuevo a cambio del que vino fallado?
cambio de talla, el 40 me queda grande
puedo cambiarlo por el de manga corta?
las zapas me quedaron chicas, me las cambian por 42?
cambiar la cartera por otro modelo, pago la diferencia
ya me llego la L, quiero el cambio por la M
se puede cambiar por algo de otra categoria?
canjeo el vestido por uno de otro color?
me hacen el cambio de los aretes?
la chaqueta del niño le quedo pequeña, la cambio por una talla mas
hacen cambios en tienda fisica?
cuantos dias tengo para cambiar una prenda por otra talla?
no lo devuelvo, lo cambio por otro tamaño
me cambian el colchon por uno de 2 plazas? el de 1.5 no me sirve
reemplazo del audifono fallado porfa
mandenme otro en reemplazo del que llego rajado
la polera ya la lave, igual la puedo cambiar?
cambio la licra talla S por M
cambiame el body del bebe por 6-9 meses
mi marido quiere cambiar la camisa por otra talla
quiero cambiar el color del case, me aburrio el rosa
ya me llego el disco de 500gb, lo cambio por el de 1tb pagando la diferencia
cambio de talla porfis, ya me llego y no me queda
se puede cambiar el talle del jogging?
las botas me lastiman, las cambio por medio numero mas
me lo cambian? me quedo corto
quiero cambiar las cortinas por las de 2 metros de largo
el casco me queda flojo, cambio por S
no lo quiero devolver, prefiero cambiarlo por otra cosa
en vez del dinero denme el mismo en otro color
cambiar el producto por uno igual pero talla 38
"""

DATA["refund_status"] = """
y la plata de la devolucion? nada todavia
cuando me devuelven la plata? ya devolvi el paquete
el reembolso no llega
aprobaron la devolucion hace una semana y nada de plata
no pregunto si puedo devolver, ya lo devolvi, cuando me pagan?
desde cuando esta el reembolso en proceso?
me confirman que ya hicieron el reembolso?
cuanto tarda en verse el reembolso en la tarjeta de debito?
reembolso del 2230 cuando?
me llego solo la mitad del reembolso
el dinero del pedido que cancele aun no vuelve
cancelaron mi pedido x falta de stock, cuando me reintegran?
mi banco dice q no hay ningun reembolso de ustedes
me dicen que ya esta reembolsado pero yo no veo nada
reembolso pendiente hace 15 dias
a donde me mandaron el reembolso?
ya les llego el paquete devuelto? entonces cuando me devuelven el dinero
el reembolso se fue a una tarjeta que ya di de baja, que pasa ahora?
cuanto falta pa mi reembolso
me pasan el numero de operacion del reembolso?
el reembolso sale como completado pero no tengo nada
el reembolso fue a mercado pago o a la tarjeta?
hace un mes que espero la plata de la devolucion
la devolucion del dinero a mi cuenta de ahorros cuando es?
el saldo a favor ya me lo cargaron en la cuenta?
me dijeron 72 horas y ya van 6 dias del reembolso
donde veo el estado de mi reembolso en la app?
el reembolso a yape cuando llega
ya esta aprobado, me reembolsan en soles o en dolares?
nada del reintegro todavia
cuando vuelve mi dinero?
reembolso aprobado, pero cuando cae?
todavia no me reembolsan lo del producto defectuoso
mi reembolso sale rechazado, por que?
ya pasaron los 10 dias habiles que dijeron y el reembolso no aparece
el correo dice reembolso emitido, en cuanto lo veo en la cuenta?
"""

DATA["return_shipping"] = """
quien paga el envio de vuelta?
direccion de devolucion?
como lo mando de vuelta?
me mandas la etiqueta pa devolver porfa
que si puedo devolver ya me dijeron, lo que no se es a donde lo mando
el reembolso lo veo despues, pero el envio de retorno corre por mi cuenta?
para el cambio de talla mando yo la prenda o la pasan a recoger?
pasan a recogerlo o lo llevo yo?
con que courier hago la devolucion?
me cobran el flete de devolucion?
la devolucion es gratis o la pago?
se puede devolver por correo argentino?
cuanto me sale mandar el paquete de vuelta a españa?
me dicen en la agencia que el codigo de devolucion no sirve, me mandan otro?
en que sucursal dejo la devolucion?
la devolucion la dejo en un oxxo?
tengo que embalarlo de nuevo para mandarlo?
el paquete de devolucion va a nombre de quien?
programan la recoleccion de la devolucion para mañana?
no vinieron a recoger mi devolucion
cual es el codigo de devolucion pa poner en la caja?
necesito la guia prepagada para devolver las zapatillas
mando la devolucion por DHL o por correos?
la devolucion hay que mandarla hasta China?
pago yo el envio de retorno y me lo reponen despues?
me pasas la direccion pa mandarlo
si vino mal ustedes cubren el envio de regreso, no?
el punto de devolucion mas cercano a Lanus cual es?
puedo devolverlo en el mismo locker donde lo recogi?
el motorizado de la devolucion a que hora pasa?
tengo que sacar la guia yo pa devolverlo?
devuelvo la caja entera o solo el producto?
la devolucion se hace en la agencia o la recogen a domicilio?
quien corre con los gastos del envio por el cambio de talla?
la etiqueta de devolucion sirve en cualquier agencia de starken?
con la etiqueta de devolución ¿puedo dejarlo en cualquier oficina de Correos?
"""

DATA["dispute"] = """
acabo de abrir disputa por el pedido
ya abri reclamo en ML
no es queja nomas, voy a abrir un caso en paypal ahora
el banco ya inicio el contracargo
ya solicite mediacion de mercado libre en el reclamo
quiero escalar el reclamo a mercado libre
como cierro el caso de la disputa?
ya retire el reclamo de ML, les aviso
me cerraron la disputa en contra, quiero apelar
no quiero hablar con nadie, ya abri el caso en paypal y que decida paypal
respondan mi disputa porfa, ya van 3 dias
aceptaron reembolsar en la disputa o no?
que pruebas subo al caso de aliexpress?
me llego un correo de una disputa sobre mi pedido, que tengo que hacer?
reporte el cargo como no autorizado y el banco abrio una investigacion
la mediacion de amazon dice que ustedes no respondieron
el caso de paypal lo cierro si me mandan el reembolso hoy
desconoci la compra con visa
pedi contracargo
escalar disputa
la disputa en shein como va?
la plataforma me dio la razon, ahora cierro la disputa?
no voy a poner una queja y ya, voy a abrir disputa formal en temu
les dejo el numero de caso de paypal: PP-D-88213
ya tengo abierto el reclamo por producto no recibido en ML
mi reclamo de mercado libre dice esperando respuesta del vendedor
la disputa por articulo defectuoso ya la abri en aliexpress
si abro disputa pierdo la garantia?
cuanto tarda paypal en resolver el caso?
el banco resolvio el contracargo, ya no tienen que mandar nada
ya pedi que aliexpress intervenga en la disputa, asi que respondan ahi
se puede abrir disputa despues de confirmar la recepcion?
quiero modificar la disputa y pedir reembolso total en vez de parcial
voy a reportar el cargo a mi tarjeta para que lo reviertan, ya llame al banco
la disputa se vencio sin respuesta suya, ahora que?
el reclamo que abri en mercado pago sigue en revision
"""

DATA["complaint"] = """
pesima atencion
que servicio de porqueria
no voy a abrir ninguna disputa, solo les digo que son un desastre
voy a dejar una estrella y contar todo lo que paso
voy a hacer un hilo en twitter contando como me trataron
ni contestan, una vergüenza
que bronca como tratan a los clientes aca
el bot no sirve pa nada, que mal servicio
me tienen harta
su empresa es un fraude
nunca mas compro aqui
ya perdi la cuenta de las veces que me fallan, que desastre de tienda
que atencion tan mala la del chico del chat
voy a reportar su tienda a la plataforma por mentirosos
ya meti queja en la oficina del consumidor de mi ciudad
vergonzoso
una tomadura de pelo
me parece un abuso
ustedes juegan con el tiempo de la gente
ya me harte de sus excusas
inaceptable
que chafa servicio
vaya tela con esta tienda
me estan tomando el pelo?
que mala onda, ni un perdon
me siento re estafado por esta tienda
que bronca me da, nadie se hace cargo
pura mentira lo que prometen
no tienen verguenza
lo peor de lo peor
estoy muy decepcionada con la atencion, no lo esperaba de ustedes
pesimos, no se los recomiendo
que falta de seriedad responder con copia y pega
deberian cerrar esta tienda
ya hable con el supervisor y tampoco hizo nada, una burla
si no lo arreglan les pongo la peor reseña del mundo
"""

DATA["review"] = """
donde se deja la reseña del producto?
quiero calificar
donde pongo las estrellas
ya les puse 5 estrellas
quiero cambiar mi reseña de 1 a 5, ya me lo solucionaron
no es queja, solo quiero saber donde dejo mi opinion
me piden reseña por mail, es obligatorio?
el cupon por reseña cuando llega?
se puede borrar una calificacion?
me calificaron como comprador, puedo responder esa calificacion?
como subo fotos a mi opinion
cuanto dan por reseña con video?
me ocultaron la reseña, por que?
la nota al vendedor y la del articulo se ponen por separado?
el boton de opinar no me aparece en mercado libre
mi calificacion salio con 1 estrella y yo puse 5
tengo q esperar que llegue pa reseñar?
donde escribo la opinion sobre el envio
las reseñas con foto dan puntos?
me pueden quitar la reseña mala que deje x error?
cambiar calificacion
editar reseña
puedo dejar una reseña de la tienda en google maps?
quiero poner mi opinion del champu, ya lo use un mes
el sistema no me deja poner menos de 3 estrellas??
cuantas fotos puedo subir en la reseña?
se puede calificar un pedido cancelado?
me llego un mensaje pidiendo valorar, lo hago desde ese link?
no me deja enviar la reseña, da error
puedo poner un apodo en la reseña en vez de mi nombre?
cuando se publica mi reseña?
la valoracion del vendedor donde esta?
quiero dejar una reseña buena, donde la escribo?
no quiero quejarme, quiero dejar un comentario positivo del envio rapido
la reseña que deje en el producto equivocado la puedo mover?
cuantos caracteres minimo pide la reseña?
"""

DATA["human_agent"] = """
asesor humano x fa
quiero hablar con alguien
una persona porfa, no el bot
estoy furioso, pasame con un humano ya
no pienso explicarle esto a una maquina, quiero un encargado
esto es complicado de explicar, me pasas con alguien del equipo?
hay alguien real?
agente en vivo
quiero hablar con el gerente
pasenme con un supervisor ya mismo
tienen whatsapp de un asesor?
tienen telefono de atencion para hablar con una persona?
no me sirven las respuestas automaticas, quiero un humano
me atiende una persona de verdad?
pueden llamarme al 5512345678? quiero hablar con un asesor
quiero humano
habla alguien o son solo robots?
sos bot? pasame con alguien que no sea bot
deja de contestarme tu y pasame con tu jefe
necesito un asesor humano urgente
con quien hablo para que me resuelvan? una persona digo
comunicarme con servicio al cliente, con una persona
quiero atencion humana
no quiero seguir con el asistente virtual
me contactan con un representante?
pasame con ventas, con una persona
quiero un ejecutivo
transfiereme con un agente porfa
hay alguien de turno que me atienda?
alo? hay alguien que no sea maquina?
atencion personalizada por favor
ponme con alguien de soporte
prefiero hablar con la chica de la tienda
hablar con humano xfa
quiero un agent real porfa
mandame con una persona, el robot me da vueltas
"""

DATA["thanks_bye"] = """
graciassss!!
ok graciass
listo
perfecto, muchas gracias
entendido, mil gracias
vale tio, gracias
genial, gracias por la info
gracias, ya lo resolvi
gracias, ya me llego todo bien
chao chao
nos vemos, cuidate
hasta mañana
ya po, gracias
ok, quedo atento
de acuerdo, espero entonces
que rapido contestaste, gracias
muy amable de su parte, seño
bien ahi, gracias
buenazo, gracias
gracias x todo, saludos
perfecto, me queda claro
okas
dale
gracias, era solo eso
ya vi, gracias
mil gracias, muy atentos
mil gracias, que descanse
besos, chau
gracias reina
ta bien
oki doki
thanks, muy amable
ok sale, gracias
con eso basta, gracias
super, ya quedo
ya con eso, que esten bien
"""

DATA["other"] = """
sos un robot?
no me acuerdo la clave para entrar a mi cuenta
no me deja loguearme en la app
la app se me cierra cada vez que la abro
como cambio mi foto de perfil?
quiero borrar mi cuenta y todos mis datos
me llegan muchas notificaciones, como las apago?
que hora es alla en la oficina de ustedes?
cual es tu nombre
me hackearon la cuenta y cambiaron mi correo
el codigo de verificacion para entrar no me llega
la app tiene modo nocturno? me molesta la luz
la pagina no carga en chrome
perdi acceso a mi correo, como recupero la cuenta?
no quiero recibir mas newsletters, como me doy de baja?
cuantos años tenes bot?
que dia es hoy?
jajsjajs no puede ser
cual es tu comida favorita? jaja
probando probando 1 2 3
test test
escribi mal, ignora eso
perdon, era para otro chat
me equivoque de chat jaja
mi hijo agarro el celu y escribio, disculpe
mi usuario tiene un error de ortografia, se puede editar?
se pueden tener dos cuentas con el mismo correo?
la app me pide actualizar y no se actualiza
quiero entrar con mi cuenta de google en vez de correo
que opinas de la inteligencia artificial?
que comiste hoy bot? jaja
me ayudas a escribirle un mensaje a mi novia? jaja
fabricamos cajas de carton, les interesa como proveedor?
estudio diseño, puedo hacer practicas con ustedes?
eres humano o ia? solo curiosidad
como cambio el pais de mi cuenta?
"""
