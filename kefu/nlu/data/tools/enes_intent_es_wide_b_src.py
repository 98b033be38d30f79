"""Mensajes de compradores en español (lote amplio B, 18 intenciones in-sale/after-sale): regiones, registros y categorías variadas."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["payment"] = """
hola, quiero pagar con Mercado Pago pero no me aparece la opcion
se puede pagar en OXXO? es para unos audifonos bluetooth
aceptan yape o plin? soy de lima
puedo pagar el vestido con bizum?
me sale error al pagar con PSE, mi banco es bancolombia
la tarjeta de debito no pasa, dice fondos insuficientes pero si tengo saldo
la notebook se puede pagar en 12 cuotas sin interes?
cuantas cuotas puedo hacer con visa
los meses sin intereses con banamex aplican para la freidora de aire?
pague en oxxo hace 2 horas y la orden sigue como pendiente de pago
ya hice la transferencia, a donde les mando el comprobante de pago
xq no me deja pagar con paypal
no m deja pagar dice transaccion rechazada
Estimados, intenté abonar el pedido 7781203 con mi Mastercard y el banco me indica que la operación fue bloqueada por seguridad. ¿Existe otra forma de completar el pago? Saludos cordiales.
puedo pagar la mitad ahora y la otra mitad cuando me llegue?
hay pago contraentrega para medellin?
aceptan nequi o daviplata
el link de pago me expiro, me mandan otro porfa
la ficha de oxxo se vencio, como genero una nueva
el codigo de pago de efecty no me funciona
pago con tarjeta argentina, me lo cobran en dolares o en pesos?
aceptan criptomonedas? tengo usdt
puedo usar dos tarjetas para pagar la misma compra
se puede pagar una parte con saldo de mercado pago y el resto con tarjeta?
que medios de pago tienen en chile, hay webpay?
puedo pagar con cuenta rut de banco estado
el pago quedo en procesando hace un dia y la plata ya salio de mi cuenta
mi banco dice que el cargo esta retenido, que hago
no me llega el codigo del banco para confirmar la compra, asi no puedo terminar de pagar
PAGUE Y ME SIGUE DICIENDO QUE NO HE PAGADO!!!
porfa ayuda le doy a pagar y la pagina se queda cargando y cargando
se puede pagar con zelle? estoy en houston
aceptan cash app para la silla de bebe?
tengo una tarjeta de regalo y no encuentro donde poner el codigo al pagar
me descontaron de la tarjeta pero la orden salio cancelada por falta de pago
el banco me rechazo la compra por ser internacional, como hago para pagar
me aparece metodo de pago no valido con mi tarjeta del BCP
tengo que pagar todo junto o puedo dar un adelanto para la guitarra
Buenas, hice el pago por Yape al numero que me dieron, les paso la captura, me confirman porfa
me sale pago fallido codigo 05, que significa
con q tarjeta me conviene pagar pa que salga a meses sin intereses
quisiera saber si aceptan american express para el pedido de las cremas
oye una pregunta yo quiero pagar el celular pero no tengo tarjeta de credito solo de debito y efectivo como le hago
el cobro salio dos veces en mi estado de cuenta, pedido #48211, solo hice una compra
se puede abonar con tarjeta naranja en 3 cuotas?
"""

DATA["modify_order"] = """
me equivoque de color en la funda del celular, pedi roja y la queria negra, me la cambian antes de mandarla?
puedo agregar otra correa al pedido del reloj antes de que lo despachen?
cambien la direccion porfa, ahora es calle 45 #12-30 apto 502, medellin
puse mal la comuna, es ñuñoa no providencia
el depto es el 4B, me falto ponerlo en la direccion
cambiar la talla del jean de 30 a 32 en la orden 55210398, todavia no sale
q sea talla 6 años el conjunto del nene y no 4, todavia no lo mandan verdad?
quiero sumar dos cartuchos de tinta mas a la compra que hice hoy
pueden poner el paquete a nombre de mi mamá, Rosa Quispe
cambie de celular, el nuevo numero es 11 5555 0192, pónganlo en la orden
che, me cambiás la direccion de entrega? me mudé a palermo
Estimado equipo: solicito modificar la dirección de envío del pedido AE-77120 antes de su despacho. Nueva dirección: Av. Diagonal 401, 3º 2ª, 08008 Barcelona. Gracias.
se puede pasar mi pedido a retiro en sucursal en vez de envio a domicilio?
envienlo a la agencia shalom de arequipa en vez de a mi casa
hice 3 ordenes separadas, me las pueden mandar en una sola caja?
bajen la cantidad de 4 a 2 sillas porfa, aun no lo envian
pedi 1 crema y queria 3, me agregan 2 y les pago la diferencia
en la nota pongan que no toquen el timbre q hay un bebe durmiendo
pongan en la caja que es fragil, es una lampara de vidrio
cambiar el perfume de 50ml a 100ml antes de que lo envien, pago lo que falta
mejor el modelo de 256gb, todavia estan a tiempo de cambiarlo?
el collar mandenlo en plateado en vez de dorado, aun no sale verdad?
el cp esta mal puesto, es 44100 no 44010
editar direccion orden #10877
cambio de direccion urgente antes del despacho!!
es un regalo, quiten el precio de la caja porfa
agreguen envoltura de regalo al pedido de los peluches
en vez de la mochila azul quiero la gris, el pedido es de ayer y sigue sin enviar
mi nombre esta mal escrito en el pedido, es Yésica con Y
se puede añadir el cargador al pedido que hice hace una hora o tengo que hacer otro?
puedo pasar el envio a express? pago la diferencia
me pueden corregir la calle, puse 5 de mayo y es 5 de febrero
quiten la funda del pedido y dejen solo el protector de pantalla
el numero de la casa es 1520 no 1250, corrijanlo porfa
ay me equivoque y puse la direccion de mi ex 😅 cambienla a la nueva porfa
mandenlo a mi oficina mejor: torre b piso 7, santa fe, cdmx
pueden juntar el pedido de la cafetera con el de las tazas? son del mismo dia
hola quiero cambiar el estampado de la polera elegi el de dinosaurio y mi hijo quiere el de tiburon ya pague pero todavia no lo han mandado
la direccion tiene un error en el distrito, es san juan de lurigancho
me corrigen el dni del destinatario? puse un numero mal
cambien el brasier de 34B a 36B antes de enviarlo
el control de ps5 lo queria negro y no blanco, sigue en preparacion, se puede cambiar?
Buenas noches, me gustaría cambiar la cantidad de globos de 50 a 100 en mi pedido para el cumpleaños, aún no ha sido enviado.
puse mal el correo en la orden, es maria.g con punto
quiero cambiar el dia de entrega del sofa al sabado, todavia no sale de la bodega
"""

DATA["cancel_order"] = """
cancelen la orden de la licuadora porfa
ya no necesito el coche de bebe, cancelen el pedido
quiero anular la compra que hice ayer
anular pedido 3320918
como anulo una compra desde la app
me arrepenti, no me manden el vestido
canselen mi pedido xfa
cancelar orden AE-55190, no quiero esperar 20 dias
Hola, ¿todavía se puede cancelar? Lo compré hace 10 minutos y me equivoqué de modelo.
desisto de la compra, anulenla antes del envio
pague con la tarjeta equivocada, cancelen y lo hago de nuevo
Estimados, por la presente solicito la cancelación del pedido n.º 5520017, ya que aún no ha sido despachado. Agradezco su confirmación.
no me lo envien, ya lo compre en otro lado
cancelen porfa, me quede sin trabajo y no lo voy a poder pagar
se puede cancelar un pedido que pague en cuotas?
me salio el pedido duplicado, anulen el segundo
anulen la compra del taladro
dejen sin efecto mi pedido de la impresora
no lo despachen, lo cancelo
cancelame la orden wey, ya no lo ocupo
cancelame el pedido che, al final no lo necesito
no me aparece el boton de cancelar, como cancelo la orden?
pedi la cancelacion hace 2 horas y sigue pendiente, me la aprueban?
acepten la cancelacion porfa
quiero cancelar el pedido de las vitaminas, mi medico me dijo que no las tome
kiero kancelar mi orden
cancelen la compra d los aretes porfa
como todavia no lo han enviado prefiero cancelarlo, gracias
cancela el pedido del sofa, acabo de medir y no entra por la puerta 😩
quiero cancelar la preventa del libro
reserve la consola pero ahora quiero cancelar la reserva
puedo cancelar solo la funda y dejar el celular en el pedido?
hola buenas noches fijate que me equivoque de direccion y de talla mejor cancelen todo y lo vuelvo a comprar bien
CANCELEN YA MI PEDIDO
no quiero el pedido 77100234, cancelarlo por favor
Disculpe, quisiera anular mi orden de compra del colchón, ¿me confirma si es posible?
cancelar pedido hecho x error
cancelenlo, mi esposo ya lo compro
en cuanto tiempo se hace efectiva la cancelacion?
mi hija hizo la compra desde mi cuenta sin permiso, por favor cancelen ese pedido
tio cancelad el pedido que ya no lo quiero
ya no quiero la bici, cancela la orden antes de que la manden
anulacion del pedido de las cortinas porfa
puedo cancelar si ya pague con oxxo?
me confundi de modelo de celular, cancela y hago otra compra
"""

DATA["ship_time"] = """
cuando despachan la freidora? pague el lunes
ya pague el celular, pa cuando lo mandan
mi orden dice pendiente de envio hace 4 dias, cuando sale?
ya pague la encomienda, en cuantos dias me la despachan
lo mandan esta semana?
cuando me envian los aretes q compre el sabado
hola, el pedido 99120045 todavia no tiene guia, cuando lo envian
cuando generan la guia de mi pedido?
che, cuándo lo despachás? ya te pagué
para cuando sale mi pedido de la bodega
ya pasaron 5 dias habiles y no lo han enviado, que pasa
Buenos días, realicé la compra de una silla de oficina el día 3 y aún figura en preparación. ¿Podrían indicarme la fecha estimada de despacho?
cuando lo entregan a la paqueteria
lo despachan antes del viernes? lo necesito para un cumple
xfa envien mi pedido ya
mandamelo hoy porfa que viajo el jueves
ya pague, cuanto tardan en enviarlo?
el vendedor dijo 48h para despachar y ya van 4 dias
la preventa decia envio el 15, ya es 20, cuando lo mandan
porque sigue en esperando envio mi orden
cuando lo envian pa lima
mi pedido ya lo despacharon o aun no?
hoy lo despachan?
sale hoy?
q dia lo envian
cuando lo mandas bro
el pedido de las tintas cuando se envia, las necesito en la oficina
os pague por bizum, cuando me lo enviais?
hola amiga ya deposite, me avisas cuando lo mandes
llevo una semana esperando q lo manden y nada
en la app dice que no ha salido del almacen, cuando lo despachan?
compre el sabado y hoy martes sigue sin enviarse, cuando?
cuantos dias mas para que lo despachen
sigue en procesando pedido, cuando pasa a enviado?
ya esta listo mi pedido para enviar?
ya empacaron mi pedido?
cuando me despachan el coche para el bebe, nace en 2 semanas
cuanto se demoran en mandar un pedido ya pagado
CUANDO VAN A ENVIAR MI ORDEN?? PAGUE HACE 6 DIAS
when van a enviar mi order, ya hice el pago
hola buenas tardes queria saber cuando me mandan el vestido que compre el miercoles porque lo necesito para una boda el otro sabado
el taladro que compre todavia no lo despachan, hay algun retraso?
lo mandan hoy o mañana? ya esta pagado
la fecha maxima de envio es hoy y sigue sin enviar
cuando despachan lo de la orden 30021877
"""

DATA["order_status"] = """
me pasan el tracking de la orden #20331
cual es la guia de mi envio?
por donde va mi encomienda
dnd va mi paquete
el rastreo dice en transito internacional desde hace 8 dias, es normal?
como rastreo el paquete en correos de mexico
mi paquete esta en la aduana de santiago, tengo que hacer algo?
que significa arribo al pais de destino
ya llego a colombia mi pedido?
el numero de seguimiento no aparece en la pagina de la paqueteria
me dieron este codigo UB123456789CN pero no se donde rastrearlo
en que parte del camino esta mi compra
la app dice que esta en reparto hoy, mas o menos a que hora pasan?
Buenas tardes, quisiera conocer el estado actual del envío del pedido 6650123, ya que el enlace de seguimiento no carga.
como se si mi paquete esta en correo argentino y tengo que ir a buscarlo
como se si mi pedido ya salio de china
el seguimiento dice que esta en miami hace una semana
rastreo 9400111899223 por favor
me mandas el link de seguimiento?
en starken me aparece que el envio no existe
el codigo de servientrega que me dieron no sirve
mi pedido ya aparece en olva courier?
que paqueteria lo lleva y cual es la guia
actualizacion de mi pedido?
hay noticias de mi orden 30921?
status de mi order porfa
mi paquete ya va en camino?
ya esta en mexico o sigue en china
cuanto le falta para llegar? lo enviaron hace 5 dias
el rastreo dice que esta en otra ciudad, por que esta alla
el seguimiento se quedo en liberado por aduana
el tracking dice retenido en aduana, tengo que pagar algo?
donde veo el seguimiento en la app
mi encomienda por chilexpress donde va
en que centro de distribucion esta ahora mi paquete
me dice pendiente de retiro en sucursal, en cual sucursal?
el seguimiento dice entregado a la agencia local, que agencia es esa
hola buenas quisiera saber como va mi pedido de los cuadernos y plumones que pedi para el cole de mi hijo
cual es el estado de la compra de las pesas
ya salio a reparto?
oigan me pueden decir donde esta mi pedido de la camara, el link no me abre
porfis el numero de rastreo de mi compra
me pueden actualizar el estado del envio de la bici? lo mandaron el lunes
donde queda la oficina donde esta mi paquete? dice listo para retirar
ya cruzo la frontera mi orden? es para el paso texas
"""

DATA["not_received"] = """
me marca entregado y no tengo ningun paquete, ya pregunte en porteria
paso la fecha estimada y la tablet no llega
ya van 45 dias y de mi encomienda nada
la guia dice entregado a las 14:05 pero no habia nadie y no dejaron aviso
el repartidor dice que lo entrego y es mentira, no me llego nada
no recibi mi perfume, el pedido es 4410278
nunca me llego la silla de auto para el bebe
pedido perdido??
correos dice que no tienen mi paquete, se perdio
en el rastreo figura que regreso a origen, yo nunca lo recibi
Estimados, el plazo de entrega de mi pedido venció el 12 de marzo y todavía no he recibido nada. Solicito que revisen qué ha ocurrido.
hace mes y medio q compre y no me llega nada
oigan mi paquete no llego y ya cerraron la orden como completada
me llego la notificacion de entregado pero en mi casa no hay nada
la encomienda no llega y el seguimiento no se mueve hace 3 semanas, ya se paso de la fecha
el conserje no lo tiene y dice entregado
deberia haber llegado hace 10 dias
compre los audifonos para navidad, ya paso navidad y no llegaron
me dijeron 15 dias habiles y van 30
NO ME HA LLEGADO NADAAA
no llega no llega no llega
todavía no me llega la orden
aun no me llega mi compra y pague hace 2 meses
alguien firmo por el paquete pero yo no lo recibi, no se quien fue
en la foto de entrega sale otra casa, no es la mia
el cartero dice que lo dejo en el buzon y no hay nada
el paquete nunca llego a mi pais
ya esta por vencer el plazo de la compra y el paquete no aparece
a mi tia en puerto rico no le llego lo que le mande
no e resivido mi pedido
no me yego el paquete
hola buen dia es que resulta que yo compre unas pesas hace como un mes y me dijeron que llegaban en dos semanas y hasta hoy no me ha llegado nada
marcaron como entregado en lima pero yo vivo en cusco
se extravio mi envio?
el kit de herramientas nunca llego
la compra de los libros aparece como recibida y no la tengo
no he recibido el pedido #88124 y en la web pone entregado
mi pedido se quedo en el limbo, ni llega ni nada
pasaron las 72 horas de la entrega express y nada
me llego el email de entregado pero nunca toque un paquete
la comida del perro no llego y el pobre sin comer 😭
sigo sin recibir el anillo, era para pedir matrimonio 😩
de los dos paquetes del pedido solo llego uno, el otro nunca
en la oficina de correos me dicen que mi paquete no esta, pero el aviso dice que si
ya paso un mes de la fecha de entrega de la lampara, que paso con mi paquete
"""

DATA["quality_issue"] = """
la freidora hace un ruido raro y huele a quemado
el celular se reinicia solo desde que llego
la pantalla del portatil tiene una linea verde
los audífonos se escuchan con estática
el smartwatch no carga, el cargador no hace contacto
el dron no vincula con el control
la lente de la camara vino con un rayon
el juego de platos llego con 2 platos quebrados
la silla se tambalea, una pata viene floja
la lampara parpadea todo el rato
el edredon tiene una mancha amarilla
al coche de bebe una rueda no le gira
el juguete no suena y ya le cambie las pilas
al vestido se le salio el cierre la primera vez que lo use
el jean se descosio en la entrepierna
el anillo se puso negro en una semana
los aretes se despintaron al segundo dia
se rompio el broche del collar
el reloj se atrasa 10 minutos por dia
se le despego el asa a la cartera
la base de maquillaje llego derramada por toda la caja
el perfume llego con la tapa rota y medio vacio
la plancha de pelo no calienta
el secador se apaga solo a los 2 minutos
las vitaminas llegaron derretidas y pegadas
el rascador del gato llego con el tubo partido
el cargador del auto no funciona en el encendedor
el taladro echa chispas
la manguera del jardin gotea por la conexion
a la mancuerna se le salio el disco, vino mal soldada
la carpa tiene un hoyo en el techo
el libro vino con paginas en blanco
el cartucho nuevo imprime con rayas y manchas
el control tiene drift, el joystick se mueve solo
la guitarra llego con el mastil rajado
los globos se revientan al inflarlos
el protector de pantalla llego trizado
el teclado tiene varias teclas que no responden
a la polera se le corrio el estampado en el primer lavado
el ventilador vibra muchisimo
ME LLEGO TODO ROTO, LA CAJA DESTROZADA Y LA TAZA EN PEDAZOS
hola mira resulta que la cafetera que me llego ayer gotea por abajo y moja todo el meson y no se si es normal pero no creo
Buenas tardes, les informo que la aspiradora recibida con el pedido 7712034 dejó de funcionar al tercer uso. Adjunto video. Quedo atento.
la crema vino vencida, la fecha es de hace un año
el tinte de pelo llego abierto y seco
"""

DATA["wrong_item"] = """
pedi funda para iphone 15 y me mandaron una de 13
me llego un cable usb-c y yo pedi lightning
los audifonos son de otra marca, no son los de la publicacion
pedi el vestido largo y me llego uno corto
pedi el jean azul oscuro y me mandaron el celeste
el set de cuchillos vino sin el afilador que dice la descripcion
el juego de sabanas es de 1 plaza y compre de 2 plazas
llego el coche de bebe sin la capota
me mandaron el perfume de 30ml y yo pague el de 100
la lampara vino sin el foco que supuestamente incluia
el escritorio llego sin la bolsita de tornillos y llaves
me llegaron las pulseras pero no los aretes del mismo pedido
el libro vino en ingles y lo pedi en español
el teclado vino con distribucion americana, lo pedi en español con ñ
pedi comida para gato adulto y me mandaron de cachorro
esto no es un reloj inteligente, es un reloj comun
me mandaron el modelo viejo, no el 2024
el celular es version china, no global como decia el anuncio
el taladro vino sin bateria y en el anuncio dice que la incluye
pedi 10 cuadernos y llegaron 6
me mandaron una talla 10 de niño y pedi 12
compre un brasier 34C y me llego 32A
llego una guitarra 3/4 y yo pedi tamaño completo
recibi un paquete con cosas que no compre
la descripcion decia acero inoxidable y es aluminio
el pendrive dice 2tb y en la compu aparece de 64gb
el set de maquillaje vino incompleto, falta la brocha
pedí la crema de día y me mandaron la de noche
el kit para el auto no trae el adaptador que sale en la foto
me mandaron un repuesto para otra marca de bici
pedi las pastillas de freno delanteras y me llegaron las traseras
me llego otro peluche, era el unicornio y vino un oso
a la mesa le faltan 2 patas
la tinta que llego es 664 y yo pedi 544
vinieron los dos tenis del mismo pie
el anillo es talla 6 y en el pedido puse 8
no es lo q compre
esto no lo pedi yo
me mandaron otra cosa
Hola, recibí el pedido 5530129 pero el contenido no corresponde: pedí una batidora de mano y llegó un exprimidor. ¿Cómo lo solucionamos?
el pack decia 3 unidades y solo trae 1
el disfraz vino sin la mascara
la camara no trae la tarjeta de memoria que prometian en la publicacion
me llego en rosado y yo seleccione lila
oigan el vestido es de otro estampado, no el de flores que elegi
"""

DATA["return_refund"] = """
quiero devolver la licuadora, no me convencio
me arrepenti de la compra del celular, lo puedo devolver?
devolucion de los audifonos porfa
hasta cuando puedo devolver el sofa si lo recibi el lunes?
puedo pedir el reintegro del dinero?
quiero que me reintegren la plata del vestido
me devuelven la plata si no le queda a mi hijo?
la chaqueta no me gusto, quiero mi dinero de regreso
quiero el reembolso del perfume que llego roto
no lo quiero, me devuelven mi dinero?
quiero devolver los aretes, me dieron alergia
se pueden devolver productos de higiene como la afeitadora?
aplica devolucion para ropa interior?
cual es el plazo para ejercer el derecho de retracto?
quiero ejercer mi derecho de desistimiento sobre el pedido de la cafetera
Estimados, por medio del presente solicito la devolución del importe del pedido 88120334, dado que el producto no cumple mis expectativas.
me dan un reembolso parcial por lo que tardo?
me devuelven la mitad y me quedo con la silla rayada?
prefiero el dinero antes que otro producto
devuelvanme la plata q esto no sirve
quiero devolver la consola, esta sin abrir
se puede devolver un articulo que compre en oferta?
aceptan devolucion si ya lo abri?
quiero devolver 2 de los 5 cuadernos
tienen politica de devolucion de 30 dias?
el regalo no le gusto a mi novia, lo puedo devolver?
quiero regresar el producto
quiero regresar la bolsa y que me regresen mi dinero
como solicito la devolucion en mercado libre
ya me llego el colchon pero me quiero echar para atras, lo puedo devolver?
rembolsenme lo de la lampara q llego sin funcionar
en vez de cambio prefiero la devolucion del dinero
hola, la crema no me sirvio y me dijeron que si no funcionaba me devolvian el dinero
ya no lo necesito, si lo devuelvo me reembolsan? el paquete esta sin abrir
reembolso del pedido AE-33910
devolución del dinero porfa, el vestido me queda enorme
QUIERO MI DINERO DE VUELTA YA
hay garantia de devolucion de dinero?
se puede devolver despues de 15 dias?
como hago para pedir la devolucion del pedido? no encuentro el boton
quiero q me devuelvan lo que pague por el drone, vino con la helice rota y no quiero otro
devolver producto
me pueden reembolsar el costo de envio? llego una semana tarde
los zapatos de mi nena no le quedan, quiero devolverlos
oye mira te cuento compre tres juegos de mesa para los chicos pero ya tenian dos asi que quiero devolver esos dos y que me reembolsen
"""

DATA["exchange"] = """
me queda chico el vestido, me lo cambian por una L?
puedo cambiar la funda por otro color? ya me llego
cambio de talla del jean, 28 por 30
quiero cambiar el body del bebe por el de 6-9 meses
hacen cambio de talla en brasieres?
el anillo me queda grande, me lo cambian por un numero menos?
quisiera cambiar la polera por una M, me quedo apretada
se puede cambiar por el modelo de al lado? pago la diferencia
quiero cambiar la chaqueta negra que me llego por la verde
me cambian la almohada por una mas firme?
me llego la silla roja que pedi pero en casa no combina, me la cambian por la gris?
el reloj me gusto pero prefiero la malla de metal, se puede cambiar?
quiero que me manden otro celular, este vino fallado, no quiero reembolso
mandenme otro igual, este llego roto
reemplazo del taladro porfa, no quiero la plata
puedo cambiar los aretes por un collar del mismo valor?
ya me llego la tablet, puedo cambiarla por la version con mas memoria y pagar la diferencia?
Hola, recibí los tenis talla 7 pero necesito 8, ¿cómo hago el cambio?
mi hijo crecio y el pijama le queda chico, lo cambio por talla 10?
el color no me gusto en persona, lo cambio por el beige
cambiar producto
cambio porfa
aceptan cambios en productos de oferta?
cuanto tiempo tengo para hacer un cambio?
hacen cambio si ya le quite la etiqueta?
cambio x otra talla xfa
me lo cambias por el tamaño grande che? este es re chiquito
el perfume no me gusto el olor, lo puedo cambiar por otra fragancia?
el casco me aprieta, lo cambio por talla L
quiero el mismo reloj pero en 42mm, el de 38 me queda chico
se lo cambian a mi mama por otro color? se lo regale yo
cambienmelo por el modelo que si es compatible con mi auto
Estimados, solicito el cambio de la lámpara recibida por el mismo modelo en acabado negro mate.
hagan el cambio del edredon king por uno queen
me llego bien pero quiero cambiarlo por otro tono de base, el 220 me quedo oscuro
la cama del perro es chica para mi labrador, me la cambian por la XL?
mandenme otra talla y yo les devuelvo esta
puedo hacer cambio en vez de devolucion?
kiero cambiar la talla
se puede cambiar la mochila por una mas grande? la de 20 litros no me alcanza
el coche de bebe es muy pesado, lo puedo cambiar por el modelo liviano?
cambiar el short de futbol talla S por M
el vestido de fiesta me queda largo, me lo cambian por el petite?
hola mira me llegaron las zapatillas de mi hijo y le quedan justas justas entonces quisiera cambiarlas por un numero mas
la freidora llego sin funcionar, prefiero que me la cambien por una nueva
"""

DATA["refund_status"] = """
cuando cae la devolucion del dinero a mi tarjeta
el reintegro cuando se acredita en mercado pago?
devolvi la licuadora hace 2 semanas y no veo el reembolso
me aprobaron la devolucion pero el dinero no llega
en cuanto tiempo se ve reflejado el reembolso en mi cuenta bbva
hace 15 dias me dijeron que me reembolsaban y nada
reembolso del pedido 45510229, sigue en proceso?
cuando me depositan mi dinero?
ya recibieron el paquete que devolvi? cuando me pagan
mi tarjeta de credito no muestra el reintegro
y mi reembolso??
la plata del reembolso cuando vuelve
oigan me dijeron 5 dias habiles para el reembolso y ya van 12
me devolvieron solo una parte, falta el resto del reembolso
me reembolsaron 20 dolares pero eran 35, que paso con lo demas
cancele el pedido el martes, cuando me regresan el dinero
cuando me devuelven lo de la orden cancelada 771239
el reembolso a yape cuanto demora
ya se proceso mi reintegro?
Buenos días, el pasado 4 de mayo se aprobó el reembolso de mi compra y a la fecha no se ha reflejado en mi cuenta. ¿Podrían enviarme el número de operación?
me pasan el numero de operacion del reembolso para reclamar en el banco
a que cuenta mandaron el reembolso?
todavia espero el dinero del drone que devolvi
cuanto demora la devolucion del dinero a tarjeta de debito
el dinero del reembolso ya salio?
no me ha caido el reembolso
la devolucion de mi dinero sigue pendiente, ya paso un mes
reembolso?
q paso con mi reembolso
hola, ya me mandaron el dinero del vestido que devolvi? el courier lo entrego el viernes
se supone que ya me devolvieron la plata pero no la veo en mi cuenta de mercado pago
me pueden confirmar si ya me reembolsaron los audifonos
por que el reembolso sigue en revision
devolvi la compra que hice en cuotas, cuando me reintegran? me siguen cobrando las cuotas
cuantos dias faltan para el reembolso del pedido de perfumes
el almacen confirmo que recibio el producto el dia 3, y el reembolso?
where esta mi refund? ya lo devolvi hace rato
me llego un correo de reembolso emitido, cuanto tarda en verse en la cuenta
me dijeron reembolso en 24 horas y ya son 4 dias
el reembolso de la freidora que cancele aun no aparece
la tienda dice que ya me reembolso pero mi banco no ve nada, me mandan el comprobante del reembolso?
mi reintegro ya tiene fecha?
cuanto falta pa que me devuelvan la plata de la silla
Estimado vendedor: han transcurrido 20 días desde que aceptaron mi devolución y el importe aún no ha sido abonado en mi tarjeta. Les ruego revisen el estado.
oye todavia no me devuelven el dinero de la camara ya ni se cuanto tiempo ha pasado como un mes o algo asi
"""

DATA["return_shipping"] = """
el envio de vuelta corre por mi cuenta o por la de ustedes?
a que direccion mando el vestido para devolverlo
me pasan la guia de devolucion?
como hago la devolucion por correos, me dan algun codigo?
lo tengo q llevar a la oficina de servientrega o lo pasan a recoger?
pasan a buscar el sofa o tengo que enviarlo yo?
el costo de mandarlo de regreso quien lo asume
no voy a pagar el envio de la devolucion si el error fue de ustedes
cuanto me sale mandar el paquete de vuelta a china
me reembolsan el envio de la devolucion? pague 8 euros en correos
la etiqueta de devolucion no carga, me la mandan por email?
puedo dejar la devolucion en un oxxo o tiene que ser en estafeta?
que courier uso para regresar el producto
ya deje el paquete en la agencia, este es el numero de envio de la devolucion 1Z999AA10123456784
devolvi por starken, aqui va el codigo de seguimiento 8812332
tengo que pagar aduana para devolverlo?
el envio de regreso es gratis si vino fallado?
como empaco el televisor para devolverlo si ya no tengo la caja
la direccion que me dieron para devolver no existe
me pasaron una direccion de devolucion en shenzhen, de verdad tengo que mandarlo hasta alla?
pueden mandar a alguien a retirar la devolucion a mi casa en quilmes?
en el cambio de talla quien paga el envio de ida y vuelta
cuanto cobran por el envio de la devolucion si solo me arrepenti
si lo devuelvo me descuentan el envio del reembolso?
no tengo impresora para la etiqueta de devolucion, que hago
el codigo QR de devolucion de la app no funciona en la oficina
puedo mandarlo por correo normal o tiene que ser certificado
la devolucion la envio al mismo remitente que aparece en el paquete?
direccion para devolucion porfa
Estimados, ¿podrían confirmarme la dirección y el procedimiento para enviar de vuelta el artículo defectuoso? Quisiera saber también si el coste del envío corre de su cuenta.
yo no pago el envio de regreso, el aparato vino malo
la devolucion la hago por mercado envios? como genero la etiqueta
donde queda el punto de entrega para devolver
cuantos dias tengo para despachar el paquete de vuelta despues de que me aprueben
les mando el producto de vuelta por DHL y me devuelven lo del envio?
el envio para devolver me cuesta 30 mil pesos, eso lo cubren ustedes?
q paqueteria recoge la devolucion en monterrey
la etiqueta prepagada se vencio, me mandan otra
lo devuelvo por correo argentino o por andreani?
tengo que pagar yo el flete de devolucion del colchon?
de donde saco la etiqueta para mandarlo de regreso
necesito que me digan como lo envio de vuelta, en la app no aparece nada
el envio de la devolucion me lo cobran aparte?
en la oficina de correos me pidieron 15 dolares para devolverlo, eso me lo reponen?
hola queria saber si para devolver la cafetera tengo que ir yo al correo o si viene el repartidor a buscarla a mi casa porque trabajo todo el dia
"""

DATA["dispute"] = """
abri una mediacion en mercado libre, me responden ahi?
ya inicie el reclamo en mercado libre por la tablet, revisenlo
voy a desconocer el cargo con mi tarjeta
le pedi al banco que revierta el cobro
inicie un contracargo con visa por el pedido de los audifonos
mi disputa en aliexpress dice que tienen 5 dias para responder, respondan porfa
como respondo a la disputa que abri?
si me mandan el reemplazo cierro la disputa
ya cerre la disputa del pedido 3381, revisen que les aparezca cerrada
subi el video del paquete vacio a la disputa
aliexpress me pide que negocie con ustedes antes de escalar la disputa
por que rechazaron mi propuesta en la disputa?
rechazaste mi disputa sin motivo, la voy a escalar
voy a escalar el caso a paypal
abri una reclamacion en paypal por articulo no recibido
retiro el reclamo de paypal, el paquete por fin aparecio
como retiro el reclamo de mercado libre?
me llego un correo de la plataforma sobre mi disputa, que tengo que hacer
el plazo de la disputa vence mañana
acepten el reembolso en la disputa y listo
abri disputa por el dron, acepten la devolucion dentro de la disputa
cuanto tarda en resolverse la disputa?
necesito abrir una disputa, donde esta el boton?
no me deja abrir la disputa, dice que ya paso el plazo
la proteccion al comprador ya cerro, puedo reabrir la disputa?
Estimados, les informo que he abierto un caso ante PayPal por el pedido 66120087 debido a que el producto recibido no coincide con la descripción.
si hoy no me responden pido el contracargo
ya hable con mi banco y van a revertir el pago
el banco abrio una investigacion por el cargo de su tienda
la disputa paso a arbitraje
la plataforma fallo a mi favor en la disputa
subo las fotos en la disputa o se las mando a ustedes?
escale la disputa porque nunca respondieron
disputa abierta pedido AE-99012
me dicen que cierre la disputa y me reembolsan, es seguro hacerlo?
no voy a cerrar la disputa hasta ver el dinero
abri una garantia de la a a la z en amazon
abri un caso en temu por el pedido que nunca llego
la disputa dice esperando respuesta del vendedor, contesten xfa
modifique mi disputa a reembolso parcial, la aceptan?
voy a meter un reclamo en paypal
denuncie el cargo en mi banco como no reconocido
hola te escribo porque abri la disputa el lunes y todavia no me contestan en la plataforma y ya me queda poco tiempo
solicite la intervencion de la plataforma en mi reclamo
ya esta abierto el reclamo en mercado pago por el cobro de la compra
"""

DATA["complaint"] = """
llevo 3 dias escribiendo y nadie me contesta, que falta de respeto
que mal servicio tienen, de verdad
nunca mas vuelvo a comprar en esta tienda, que decepcion
no compren aqui, son una estafa total
voy a poner una queja en profeco
los voy a denunciar en indecopi
voy a poner la queja ante la superintendencia de industria y comercio
hago la denuncia en defensa del consumidor
los voy a reportar al sernac
pido la hoja de reclamaciones
su atencion es una basura
ESTOY HARTA DE ESPERAR UNA RESPUESTA
me tratan como tonto con la misma respuesta automatica de siempre
que poca seriedad
estoy super decepcionada, era un regalo y me arruinaron el dia
los voy a escrachar en redes
voy a subir un video a tiktok contando como me trataron
el vendedor me contesto de muy mala manera
la chica que me atendio fue grosera
me prometieron llamarme y nunca llamaron
un desastre de empresa
una verguenza como atienden
no tienen palabra
cada vez peor su servicio
les voy a dejar una reseña negativa para que todos sepan como son
1 estrella y denuncia
es el peor servicio q he tenido en mi vida
q asco de atencion
una falta de respeto total
me tienen dando vueltas hace 2 semanas
me cansé de sus excusas
ustedes son unos ladrones
Por medio de la presente quiero dejar constancia de mi malestar con la atención recibida. He escrito en cinco ocasiones sin obtener una respuesta concreta.
que pesimo, ni un perdon
no saben trabajar
exijo una explicacion por el mal trato
su servicio deja mucho que desear
voy a contarle a todo el grupo de mamás que no compren aqui
me siento estafado
atienden horrible
no me ayudan en nada, solo me dicen que espere
es increible que una tienda tan grande trate asi a sus clientes
estoy indignada
malísimo todo 😡😡
la tienda es un chiste, nadie se hace responsable de nada
"""

DATA["review"] = """
como califico la compra en mercado libre?
donde dejo la reseña del vestido
ya deje mi comentario con fotos, me dan el cupon?
el descuento por dejar reseña cuando me lo mandan
quiero borrar la opinion que deje, ya me solucionaron todo
quiero subir mi calificacion a 5 estrellas, como se hace
les deje 5 estrellas 😊
ya los califique
puedo poner la reseña antes de que llegue el pedido?
la reseña con video da mas puntos?
cuantas palabras tiene que tener la reseña para ganar el bono?
no me deja subir fotos en la valoracion
me borraron la reseña de los audifonos, por que
quiero editar mi comentario, me equivoque de producto
donde veo las reseñas que he dejado
como puntuo al vendedor y no al producto?
ya puse mi opinion en la tienda, la vieron?
valoracion hecha, saludos
me dieron puntos por comentar? no los veo
la pagina me pide valorar el pedido, es obligatorio?
puedo dejar la reseña en anonimo?
puedo escribir la reseña en ingles?
quisiera dejar una buena referencia del producto, donde lo hago?
Buenas tardes, deseo modificar la valoración de mi pedido 33021, ya que el problema fue resuelto satisfactoriamente.
calificar
quiero dejar feedback del producto
como hago el review del producto
puedo contestar la reseña de otro comprador?
hay algun regalo por dejar comentario con foto de mi perrito usando la cama?
ya paso el tiempo para calificar? queria poner 5 estrellas
ya recibi y les deje la valoracion positiva ⭐⭐⭐⭐⭐
sin querer le di 1 estrella en vez de 5, ayuda
donde estan las opiniones de otros clientes de este producto?
este producto tiene reseñas?
me pidieron opinion por correo, respondo ahi o en la app?
les puedo dejar reseña de la tienda en google?
por que no puedo comentar mi compra si ya la recibi
el boton de opinar no me sale
quiero agregar foto del anillo puesto a mi reseña, como?
deje la reseña hace una semana y no se publica
premio por valoracion?
hice la review del kit de camping, cuando me acreditan el cashback
oye me llego un mensaje que deje mi opinion del producto pero no encuentro donde se hace en la app me ayudas
cuando llegue la bici les dejo mi valoracion, se puede poner foto?
quiero cambiar lo que escribi en mi comentario, puse mal el nombre del producto
"""

DATA["human_agent"] = """
atencion humana porfa
me puede atender una persona?
quiero hablar con alguien de verdad, no un programa
pasame con alguien que sepa
este bot no me entiende, operador por favor
necesito que me atienda un ejecutivo
me comunica con un asesor humano?
prefiero que me llame una persona por telefono
tienen whatsapp para hablar con alguien de la tienda?
agente
operador humano xfa
humano
hablar con agente
representante por favor
quiero un representante en español
pasenme con alguien que hable español, no con la maquina
no quiero respuestas automaticas, quiero una persona
hay alguien real atendiendo?
que me conteste un humano x favor
ejecutivo porfa
puedo hablar con el vendedor directamente y no con el asistente?
Buenas tardes, solicito ser atendido por un agente de servicio al cliente; el asistente virtual no resuelve mi consulta.
derivame con un asesor
me derivan con una persona?
me transfieres con soporte humano
quiero hablar con el dueño de la tienda
sacame del bot
pasame con tu jefe
hay alguien que me atienda de verdad o son solo robots?
llamenme al 55 1234 5678, quiero hablar con alguien
necesito hablar con un agente urgente por mi pedido
asesor humano ya
ya no quiero hablar con la maquina
me das con alguien?
hay atencion por llamada con un asesor?
cuando se conecta un asesor?
hablar con persona
ayuda de un humano por favor
k me atienda una persona
talk to agent porfa
con quien puedo hablar que no sea el chatbot
pasame con atencion al cliente, con una persona
ponme con alguien de la tienda
me gustaria que me atendiera una persona, gracias
mira ya le explique tres veces a este asistente y no entiende nada pasame con alguien de carne y hueso por favor
"""

DATA["thanks_bye"] = """
listo, mil gracias amigo
dale, gracias genio
dale, chau
okis gracias 😊
muchisimas gracias por todo
gracias, muy amable
muy amable, hasta luego
vale, gracias majo
genial, un saludo
bueno gracias, que esten bien
ya quedo, gracias
sale, gracias
va, gracias
ya, gracias po
bacan, gracias
listo parce, gracias
chevere, gracias
ok bro gracias
gracias, bendiciones
dios le pague
mil gracias, me salvaste
perfecto, quedo atento
quedo atenta, gracias
Muchas gracias por su pronta respuesta. Saludos cordiales.
agradezco mucho su ayuda
ok ok entendido
entendi, gracias
ah ok, perfecto
okii muchas gracias
👍 gracias
🙏🙏
gracias ❤️
de acuerdo, hasta pronto
bueno, nos hablamos
nos vemos, buen finde
gracias y buenas noches
eso era todo, gracias
nada mas, gracias
resuelto, gracias
todo claro
grasias
grax x todo
sip gracias
un abrazo, chao
ok, espero entonces, gracias
"""

DATA["other"] = """
como cambio el numero de telefono de mi cuenta
no me llega el correo para verificar la cuenta
me hackearon la cuenta
como me doy de baja del boletin
venden al por mayor? tengo una tienda en guayaquil
quiero ser distribuidor en bolivia
buscan personal? quiero trabajar con ustedes
hacen colaboraciones con influencers? tengo 20k seguidores
soy proveedor de empaques, con quien hablo para ofrecerles
que hora es en china
cual es la capital de peru
sabes cocinar?
quien gano el partido de anoche
me recomiendas una pelicula para hoy
jajajaja que buena
xd
........
123456
sssssssssss
kjhkjh
estas hecho con chatgpt?
de donde eres?
tienes novia? jaja
cambiar contraseña
no puedo entrar a mi cuenta con google
borren mi cuenta y mis datos
ganaste un iphone, haz clic aqui
inviertan en bitcoin con nosotros, ganancias del 300%
tienen tienda fisica en madrid?
me ayudas con la tarea de matematicas
como se dice zapato en chino
me puedes traducir esto al ingles
que opinas de la politica
te aburres?
aqui probando el chat
envie el mensaje por error, ignoralo
perdon, me equivoque de chat
puedo cambiar mi nombre de usuario?
como descargo la app en el celular
la app se me cierra sola en android
hacen dropshipping? quiero vender sus productos en mi pagina
oye y tu que haces en tu tiempo libre jaja es que estoy aburrido esperando el bus
a que hora abren el local de lima?
"""
