"""Spanish buyer messages, round 7: intents without their keywords and requests after a story, part B (in-sale, after-sale and other intents) (training set)."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["payment"] = """
le doy al boton de comprar y me sale un cartelito rojo de que el banco no autoriza, que hago
la plata la tengo, el problema es que la web no me la quiere agarrar
como hago para que me salgan las 12 cuotitas sin interes en la pantalla final?
se puede abonar en efectivo en algun kiosco o algo asi? no manejo banco
mi visa de debito me la rebota la pagina cada vez q intento terminar la compra
aceptan que les gire por western union?
la compra se me quedo colgada en esperando confirmacion del banco desde la mañana
el codigo que me dieron pa el oxxo ya expiro, me generan otro?
hay forma de ir abonando de a poquito, tipo apartado?
mi banco dice que ellos no bloquearon nada pero la tienda no me deja terminar la compra
se puede usar la tarjeta de mi papa aunque el pedido este a mi nombre?
me descontaron dos veces el mismo monto del saldo y compre una sola vez
ustedes toman mercadopago o solo transferencia?
cuanto quedaria cada mensualidad si lo saco a 6 meses con liverpool?
la ficha de deposito me sale con un monto distinto al del carrito
le di a finalizar y la pantalla se quedo en blanco, no se si me cobro o no
Ayer intente comprar la freidora de aire, puse los datos de la tarjeta tres veces y las tres me dijo error. El banco dice que todo esta bien de su lado. Que otra opcion tengo?
queria regalarle a mi sobrina la muñeca pero vivo en EEUU y mi card es de alla, la pagina no me la acepta. como le hago para pagar desde aca?
la semana pasada les compre con paypal sin problema, hoy quiero repetir las mismas zapatillas y paypal ya no aparece como opcion, lo quitaron?
hice el yape de 89 soles como me dijo el chico del chat y le mande la captura, pero el pedido sigue pendiente. que falta para que lo den por pagado?
mi mama es mayor y no usa internet, quiere la faja pero solo tiene efectivo. puede ir a algun local con un codigo a dejar la plata?
estoy armando el carrito con la cuna y el cochecito, sale casi 900 lucas. lo puedo partir en cuotas con la cmr falabella?
soy de maracaibo y aca no hay como usar tarjeta internacional. les puedo hacer pago movil en bolivares o zelle?
compre hace rato el taladro, en el resumen de la tarjeta ya aparece el cargo pero en mi cuenta de la tienda no hay ningun pedido. me cobraron o no?
tengo saldo a favor de una compra vieja y quiero usarlo para el casco nuevo, pero en el checkout no aparece. como lo aplico?
Le estoy comprando unos repuestos de moto a mi hermano en Bolivia y quisiera abonarlo yo desde España. ¿Sirve una tarjeta española aunque la entrega sea allá?
me gustaron los lentes pero no tengo credito, solo la debito del banco estado. me sirve esa para comprar aca?
intente con apple pay desde el celu y me dijo transaccion no completada, despues con la tarjeta directo y lo mismo. ya no se que mas probar
en la tienda fisica me dijeron que por la web podia sacar el sillon en 18 meses, pero aca solo me da hasta 6. de donde saco la opcion de 18?
mi esposo me paso los datos de su cuenta para la tele pero pide un codigo que le llega a el al celular y esta de viaje. hay otra manera de completar la compra?
bro ya te hice la transferencia de los 120 dolares por zelle, te paso el screenshot, me confirmas que te entro?
queria abonar al repartidor en la puerta como la vez pasada pero ahora no me aparece esa opcion para mi zona, ya no lo hacen?
"""

DATA["modify_order"] = """
me mude el finde y el paquete todavia no sale, mejor que llegue a mi casa nueva en Av. Brasil 2230
uy puse la casa de mi ex en el pedido, todavia estan a tiempo de que no vaya para alla? la buena es Los Olmos 455
en vez de la rosada pongan la celeste, aun no la empacan no?
el telefono que deje en la compra esta mal, el bueno es 0981 223 445
de las 3 tazas que pedi que sean 5, cobrenme lo que falte antes de que salga
el timbre no anda, pongan en el pedido que el repartidor me llame al celu
lo de ayer y lo de hoy metanlo en la misma caja asi recibo una sola vez
a ultima hora me di cuenta que el 38 le va a quedar chico a mi hija, le pueden poner el 39 antes de sacarlo?
que no vaya a mi casa sino a la agencia de olva de la av. grau, todavia no sale
que no diga el precio adentro que es regalo, todavia no lo cierran no?
me comi una letra en el apellido del que recibe, es Gonzalez con z al final
la segunda remera sacala, me quedo solo con la negra, lo demas igual
pongan el pedido a nombre de mi cuñada que es la que va a estar en casa
olvidense del depto 4, pongan casa 12, pasaje los aromos, aun no lo mandan verdad?
si todavia no salio el colchon, que sea el de 2 plazas en lugar del de plaza y media
puedo sumar una correa al mismo pedido del collar del perro? pago aparte el extra
Hice el pedido del vestido para la boda de mi prima a las 11 y me acabo de dar cuenta que elegi el largo corto. Todavia esta en preparacion, me lo pasan al largo?
ayer compre un juego de sabanas azul y ahora mi vieja dice que quiere el verde para su pieza. si aun no salio, pongan el verde en lugar del azul
el chico del chat me dijo que el pedido sale mañana. antes de eso necesito que el codigo postal sea 1425 y no 1424, me equivoque tipeando
compre el kit de frenos para el corolla 2015 pero revisando el manual el mio es 2016 y lleva otra pieza. todavia no lo mandan, me ponen la del 2016?
Les hice un pedido el martes con entrega a domicilio, pero esa semana voy a estar de viaje. ¿Podrían dejarlo para recoger en la sucursal del centro?
vi que el pedido sigue en por preparar. aprovecho y le agrego un protector de pantalla para el mismo celu, me lo suman?
mi hijo cumple el domingo y le compre la bici, pero ahora quiere la roja en vez de la azul. todavia no sale, verdad? si se puede que sea roja
pedi la comida del gato de adulto, pero el veterinario me dijo que la de cachorro es mejor. mientras no salga, me la reemplazan por la de kitten?
pedi los tenis con entrega normal y resulta que me voy el jueves de viaje. si pago la diferencia me lo pasan a urgente antes de que salga?
ayer puse en la compra que lo dejen en porteria, pero el portero se fue de vacaciones. que lo entreguen en mano nomas, actualicen eso porfa
la caja de herramientas la pedi a Quilmes pero me la van a recibir en Lanus, calle Sitio de Montevideo 950. aun no la mandaron, no?
Soy de Cali, hice la compra desde el celular de mi hija y quedo la ciudad de ella, Pereira. Todavia no la despachan, la pueden poner para Cali?
pedi 6 botellas de vino pero mi suegro dijo que traia el, asi que bajenlo a 3 si todavia no salio
compre la mochila y la lonchera en dos compras distintas sin fijarme, son para el mismo nene y la misma casa. me las juntan en un paquete?
el sofa lo pedi gris oscuro pero en persona vi la muestra y prefiero el gris claro. todavia estan a tiempo antes de armarlo?
me pidieron elegir el horario de entrega y puse de mañana, pero trabajo hasta la 1. si aun no sale, pongan de tarde
"""

DATA["cancel_order"] = """
olvidense de mi pedido, ya no lo voy a necesitar, no lo saquen
echemos para atras la compra de la licuadora antes de que la manden
dejen sin efecto la orden 4471 porfa
deshagan la compra que hice hace una hora, me confundi de producto y no quiero nada
no lo manden, ya no lo quiero, y que no me quede cobrado
paren todo, no quiero ese pedido
frenen el pedido de las sillas, no las quiero mas
mejor no, ya no me interesa la compra, que no salga
dale de baja al pedido de la freidora, cambie de idea
no me manden nada, me arrepenti de comprar
es posible que mi compra no siga adelante? todavia no la despacharon
bórrenme esa compra, la hice medio dormido jaja
quiero echarme para atras con lo del celular, sigue sin salir
ya no va, no lo necesito, que quede sin efecto la compra
no quiero seguir con la compra, como la detengo antes de que salga?
me dio cosa gastar tanto, no quiero el pedido, que no lo manden
Compre el disfraz para la fiesta del colegio pero la suspendieron por lluvia y ya no hay fecha. Todavia no lo mandan, asi que mejor que no salga, ya no lo quiero
hice el pedido del perfume anoche y hoy mi novio me regalo el mismo jaja, asi que el mio ya no hace falta. me lo anulan antes de que salga?
me dijeron que el sillon tarda 20 dias en fabricarse, pero me mudo en 10 y no tengo como recibirlo. prefiero no seguir con la compra
ayer pedi el cochecito pero mi suegra nos regalo el suyo casi nuevo. ya no lo necesitamos, cancelenlo que aun figura en preparacion
pague con transferencia los neumaticos, pero el mecanico me consiguio unos mas baratos. no quiero que me lo manden, anulen la orden y me devuelven lo pagado
me quede sin trabajo esta semana y no puedo darme el lujo de la tele ahora. si todavia no la despacharon, prefiero que la compra no siga
hice la compra con la cuenta de mi hermana y ella no sabia, se enojo. la orden todavia no sale, la pueden dejar sin efecto?
Llevo cuatro dias esperando que despachen la mesa y sigue igual. Ya consegui una en una muebleria de aca, asi que ya no la quiero, cancelen
la preventa de la consola era para diciembre y ahora dicen marzo. no voy a esperar tanto, saquenme de esa lista y anulen mi reserva
pedi los lentes de contacto con mi graduacion vieja y el oculista me la cambio ayer. prefiero que ese pedido no salga y hago uno nuevo con la receta nueva
estaba comprando el vestido y en el apuro le di dos veces al boton, me llegaron dos confirmaciones. una sobra, bajen una de las dos
mi perro fallecio ayer y el pedido de su comida y la camita todavia no sale. ya no tiene sentido, no lo manden por favor 😢
compre unos audifonos a las 2am y ni se por que. todavia estan en preparacion, no los quiero, me deshacen la compra?
Buenas tardes. Realicé una compra el lunes pero ya no la necesito porque me trasladan de ciudad. Les pido que no procesen el pedido.
me salio el mismo taladro mas barato en la ferreteria de la esquina. si todavia no lo mandaron, no lo quiero
el regalo era para mi jefa que se jubila el viernes y me dicen que sale recien el lunes. asi ya no me sirve, cancelemos la compra
"""

DATA["ship_time"] = """
ya esta pagado, cuando lo sueltan de la bodega?
cuando le pasan mi paquete al correo? el pago se acredito el martes
mi compra sigue como preparando pedido desde el viernes, cuando la largan?
ya me cobraron, cuando pasa el camion a llevarse lo mio?
pague hace rato, cuando le ponen la etiqueta y lo largan?
cuantos dias mas se queda en su deposito algo que ya pague?
el pedido ya esta abonado, que dia lo sueltan para que viaje?
esta semana sale de ustedes o la otra? ya pague
el estado dice pagado y no avanza de ahi, cuando pasa al siguiente paso?
me lo pueden poner en camino hoy? ya transferi
ya esta cobrado, a que hora cierran los despachos del dia? quiero saber si el mio entra hoy
pague el flete express y todavia no lo recoge nadie, cuando lo entregan al mensajero?
cuando lo van a poner en la calle? ya pague hace tres dias
cuanto tiempo les lleva armar el paquete despues de que uno paga?
ya deposite, cuando sale mi caja de su almacen pa Guayaquil?
el pago ya figura aprobado, me dicen mas o menos que dia lo sacan?
compre el lunes las zapatillas para mi hijo que se va el sabado de campamento. El pago se acredito enseguida pero todavia no tengo guia. Llegan a mandarlo mañana?
Mi pedido es personalizado, con el nombre grabado en la taza. Pague hace una semana y me dijeron 3 a 5 dias de produccion. Ya deberia estar lista, cuando la entregan al correo?
hice la compra en el cyber y me avisaron que por el volumen habria demoras. ya van 6 dias pagado y sin salir, hay fecha estimada de despacho?
el vendedor me confirmo por chat que tenia stock en Bogota y que salia al dia siguiente. Eso fue el jueves y hoy es lunes, pago hecho. cuando lo mandan al fin?
les pague con yape el domingo, me llego la boleta al toque, pero el pedido sigue en por despachar. cuando sale para Arequipa?
a mi hermana le compraron en la misma tienda y se lo mandaron en un dia. yo pague hace tres y el mio sigue quieto. cuando lo despachan?
necesito los repuestos para arreglar el auto del trabajo. ya esta pago, solo quiero saber el dia en que sale de su bodega para organizarme
Pagué por transferencia el viernes por la tarde; entiendo que el fin de semana no trabajan. ¿El lunes ya lo entregan a la empresa de transporte?
compre la cama para perro con la opcion de salida en 24 h y ya pasaron 48. el cobro salio el mismo dia. cuando lo ponen en camino?
me avisaron por correo que mi pedido esta empaquetado desde ayer pero falta que lo retire la paqueteria. cuando pasan a buscarlo?
era preventa con salida el 15. ya es 17 y el mio pagado sigue sin movimiento. cuando lo sacan?
me llego el mail de gracias por tu compra y despues nada, ni guia ni aviso. ya pague. cuando lo preparan y lo mandan?
soy de Montevideo y pedi con retiro en agencia DAC. Ya esta abonado por redpagos. Cuando lo llevan a la agencia para que viaje?
ayer les pregunte y me dijeron hoy sale. hoy pregunto y me dicen lo mismo. pague hace 4 dias, en serio, cuando sale?
Mi suegra me encargo unas cremas para llevar en mi viaje del 20. Ya pague todo. Si salen de su deposito esta semana llego a tiempo, cuando salen?
en la web decia que despachaban en 2 dias habiles despues de la compra. pague el miercoles, hoy es martes, cuando lo mandan?
"""

DATA["order_status"] = """
ya lo soltaron, pero ahora mismo por que parte del pais viene?
me dijeron que lo mandaron el lunes, ya cruzo a Ecuador o sigue en Colombia?
el codigo ese que empieza con LP, como lo miro para saber por donde va?
la pagina de correos dice admitido nomas, que quiere decir, avanza o no?
ya lo subieron al camion de reparto o todavia esta en la central?
hoy lo tiene el repartidor? quiero saber si espero en casa
en que ciudad duerme hoy mi paquete jaja
me mandas el numerito para ver el recorrido de lo que me mandaron?
la ultima actualizacion dice arribo a pais de destino, ya falta poco?
sigue en la aduana o ya lo liberaron?
el paquete que salio ayer, ya llego a la terminal de Santa Cruz?
me salio intento de entrega programado, a que hora mas o menos pasan?
que dice su sistema de lo mio, ya va camino a mi casa?
el courier lo tiene desde el sabado, hay novedades de mi bulto?
me pasas el codigo para ver en la web de servientrega por donde viene lo mio
ya lo dejaron en la sucursal o sigue viajando?
me mandaron un correo el martes diciendo que el pedido habia salido, con un link. el link me lleva a una pagina en chino que no entiendo. me dicen en español por donde va?
compre una pulsera para el aniversario que es el sabado. Ya se que salio hace dos dias, todavia no es tarde, pero queria saber por donde anda para quedarme tranquila
el repartidor de otra compra me dijo que mi zona la reparten los jueves. el de ustedes ya salio, esta ya en el deposito de mi zona?
la app dice en camino desde el lunes y el mapita no se mueve. no digo que este perdido, solo quiero saber en que punto esta
me llamo un numero desconocido diciendo que eran de la paqueteria y que mi paquete estaba en la oficina. ustedes ven eso en su sistema?
mi vecina recibio su pedido de ustedes ayer y el mio salio el mismo dia. el mio en que va?
Soy de Cuenca, el vendedor me dijo que lo enviaron por Servientrega el miercoles. ¿Ya llegó a la agencia de Cuenca o todavía está en Guayaquil?
les escribi la semana pasada y me dieron un numero, pero en la pagina del correo dice objeto no encontrado. me confirman si el numero esta bien?
el paquete viene de china, la ultima vez que mire estaba en Shenzhen. ya se subio al avion?
el mail de despacho decia entrega en 3 a 5 dias y van 3. todo normal, pero en que punto va?
mi hijo esta esperando la consola como loco y me pregunta cada hora. ya la mandaron ayer, me dicen mas o menos donde va para que se calme? jaja
la semana pasada el estado cambio a centro de distribucion Lima y ahi quedo. ya salio para Trujillo?
hice la compra desde Miami para mi mama en Santo Domingo, me dijeron que ya salio. ya llego a la isla?
me llego un sms que dice que mi paquete necesita datos adicionales para aduana. que pasa con mi envio, esta retenido?
anoche vi en reparto y hoy sale en sucursal. volvio para atras? que paso
Tengo dos compras vuestras que salieron juntas. Una ya me llegó y la otra no sé ni por dónde va, ¿me decís?
"""

DATA["not_received"] = """
la app jura que lo tengo en mis manos y aca no hay nada
el plazo que me dieron ya vencio hace rato y la caja nunca aparecio por aca
sigo con las manos vacias y ya paso la fecha que prometieron
segun ustedes lo firme yo, pero yo estaba trabajando todo el dia, alguien mas lo agarro
mi buzon sigue vacio y el sistema dice que ya me lo dejaron
se lo trago la tierra al paquete, hace semanas que no sabemos nada
la compra de marzo, ya estamos en mayo y ni señales
el mensajero dice que vino pero en mi edificio hay camaras y no vino nadie
el correo dice que lo tiene otra persona y yo ni la conozco
45 dias esperando, a esta altura ya doy por hecho que no va a aparecer
el seguimiento se quedo congelado hace 20 dias en el mismo lugar, eso ya no es normal
me aparece como recibido por familiar y vivo sola
el plazo maximo era el 5 y hoy es 18, sigo sin nada en la puerta
nunca tocaron el timbre pero figura que me lo dieron
se lo dieron al vecino? porque a mi no y dice que ya esta
a esta altura ese pedido es un fantasma, no aparece ni en casa ni en la agencia
Compre unas botas para mi viaje al sur que era el 10. Prometieron entrega el 7, me fui sin ellas, ya volvi, y todavia no aparecen. Que pasa con ese pedido?
el martes me escribieron que el paquete estaba en reparto, despues dice entregado en porteria. Baje y el portero no tiene nada, revisamos el libro y no hay registro
mi mama me estaba esperando el regalo en su casa en Cochabamba. Ustedes dicen que llego hace una semana y ella no recibio ninguna caja
ya les escribi el lunes y me dijeron que esperara 48 horas. pasaron 5 dias, la fecha limite era el 3 y el pedido sigue sin llegar
pedi pañales y formula para mi bebe hace 3 semanas, el tiempo era de 7 dias. Ya tuve que comprar en la farmacia porque nunca llego nada
el repartidor me mando foto de la entrega pero la puerta de la foto no es la mia, es otra casa. yo no tengo el paquete
me avisaron que el paquete volvio a su bodega por direccion inexistente, y mi direccion es la misma de siempre. yo nunca lo tuve en mis manos
el seguimiento de chilexpress termino en entregado el viernes a las 14h, ese dia estuvimos todos en la casa y nadie trajo nada
Hace un mes la paqueteria me dijo que el envio estaba demorado por el clima. Desde entonces no se mueve y nunca llego. Que van a hacer?
mi pedido iba a llegar antes de navidad, ya es año nuevo y nada. el arbolito ya lo guardamos jaja, pero igual quiero saber que paso
compre dos cosas y me avisaron que vendrian en dos paquetes. uno llego hace dos semanas, el otro tenia fecha para el lunes pasado y nada, ni se mueve
estoy en Guatemala, me dijeron 15 dias habiles. ya contamos 30 con mi esposo y nada de nada, el pedido nunca llego
fui al punto de retiro con el codigo que me mandaron y la señora me dijo que ahi no hay nada a mi nombre, pero ustedes dicen que ya lo retire
el cartero dejo un aviso de que volvia al otro dia y nunca volvio, ya van dos semanas y el sistema dice finalizado. yo no tengo nada
hace 10 dias me dijeron que se habia extraviado en el centro de distribucion y que lo buscarian. no me dijeron nada mas y sigo sin mi pedido
Le compre a mi abuelo un tensiometro, el plazo era una semana. Ya van tres y el pobre sigue preguntandome cuando llega. ¿Qué pasó con ese envío?
"""

DATA["quality_issue"] = """
el secador a los 3 dias murio, no da señales de vida
lo enchufe, hizo un chispazo y nunca mas prendio
la primera vez que me la puse se me quedo la tira de la sandalia en la mano
las medias ya tienen agujeros en el talon y las use dos veces
a la olla nueva ya se le esta saliendo el antiadherente
el parlante suena como si tuviera arena adentro
al sacarla de la caja la pata de la mesa vino partida en dos
los auriculares prenden pero a los 10 minutos uno se queda mudo
el reloj se atrasa 10 minutos por dia desde que lo tengo
la silla gamer rechina y se va hundiendo sola cuando me siento
el cuero del sillon se empezo a pelar como cascara a las dos semanas
el plato del microondas trae una rajadura que se nota al toque
la camiseta se encogio a talla de niño con la primera lavada en frio
al celular se le apaga la pantalla sola y hay que reiniciarlo cada rato
las zapatillas chillan al caminar y ya se les abrio la punta
la crema vino separada, como cortada, y con olor raro
le compre la muñeca a mi hija para su cumple, la abrio toda feliz y cuando le apreto la panza para que hable no hace nada. le pusimos pilas nuevas y sigue muda
Compré la cafetera hace diez días. Las primeras veces bien, pero ahora sale el agua tibia y gotea por debajo de la base. ¿Qué hago con esto?
el casco lo use para ir al trabajo la primera semana y hoy note que la visera se esta rajando sola en el borde, no tuvo ningun golpe
mi hijo usa los patines solo en el patio de la casa, y en 5 dias una rueda quedo trabada y la otra cruje
pedi la bolsa de pienso para el perro, al abrirla tenia bichitos y olor a humedad. no se la puedo dar asi
me regalaron para navidad la freidora de aire de su tienda, la use tres veces y ahora el boton no responde y la pantalla parpadea
Mi suegra usa la faja que le mande y al segundo dia se le salieron los ganchos de la tela. Me pidio que les cuente a ustedes
compre la parrilla electrica para la casa de la playa, la conectamos el finde, salio olor a quemado y salto la luz de toda la casa
el bolso de cuero que me vendieron como para todos los dias, a la semana ya se le descosio el asa y colgaba de un hilo
la bateria del taladro la cargue toda la noche como dice el manual y dura 4 minutos y se apaga
pedi frutos secos para la oficina, al abrir la bolsa estaban rancios y algunas nueces con moho
el vestido me lo puse para la boda de mi amiga y a mitad de la fiesta se le solto el cierre entero, y es la primera vez que lo usaba
llego el monitor bien embalado pero al prenderlo tiene una linea vertical verde en el medio
la funda que compre era anti golpes y al primer golpe se quebro en la esquina junto con el vidrio
monte la estanteria siguiendo el instructivo y una de las repisas se doblo apenas le puse tres libros
a mi papa le compre el celular con la idea de que le dure, y en la primera semana el microfono va y viene, la gente no lo escucha
"""

DATA["wrong_item"] = """
abri la caja y adentro habia un par de ojotas, yo compre una campera
en la foto la taza era de ceramica y lo que vino es plastico finito
el lego dice 500 piezas y conte 420, varias bolsitas no estan
la remera tiene estampado un gato y la que elegi era la del perro
el cargador vino con enchufe europeo y yo elegi el de tres patas para Argentina
en la caja vino un juego de cubiertos y yo lo unico que compre fue una almohada
ese color que me llego es un mostaza, yo elegi el verde oliva en la pagina
pedi 12 velas y en el paquete hay 8
el mueble trae tornillos de sobra pero ninguna bisagra, asi no lo puedo armar
la publicacion mostraba un sofa de tres cuerpos y me llego uno de dos
me llego un libro en portugues, yo lo compre en castellano
es un XS de mujer y yo compre un L de hombre
el kit de maquillaje venia con brochas segun la foto y solo vino la paleta
pedi repuesto para una lavadora samsung y me mandaron uno de LG, no entra
la proteina que abri es de vainilla y en mi compra dice clarito chocolate
esto es un modelo del 2019, en la ficha ponia que era el nuevo
compre la lampara para el cuarto de mi hijo, en la foto tiene una pantalla de tela celeste. Llego y la pantalla es de plastico blanco. No es lo que se mostraba
mi pedido eran 3 cosas: crema, serum y protector solar. En el paquete venian la crema y el serum, el protector no esta por ningun lado
Encargue unas pastillas de freno para una Hilux 2018, revise los codigos al llegar y son para un modelo del 2010. No encajan
le pedi a mi esposa que abriera el paquete y me dice que son unas zapatillas de nena talla 28. nosotros compramos unas de adulto 42
hace tiempo compro aca y siempre bien, pero esta vez el te que llego es verde y yo pedi negro, como siempre
la publicacion decia incluye control remoto y soporte de pared. abri todo, revise el fondo de la caja y solo vino el ventilador
compre el pack de tres camisetas blancas para el uniforme del trabajo. vinieron tres, pero una es gris
Encargué una cafetera de 12 tazas para la oficina. La que llegó es de 4 tazas, lo dice claramente en la caja.
hice el pedido de comida humeda para gato y en la bolsa vino alimento para perro
me llego la impresora, pero adentro no estan los cartuchos que decia el anuncio ni el cable
en el chat me aseguraron que la funda era para el iphone 15 pro max y me llego una para el 15 normal, no le calza
la muñeca de la foto tenia el pelo largo y vestido rosa. la que me llego es de pelo corto y overol, otra completamente
pedi un anillo grabado con M y J y vino con N y J
compre las cortinas blackout para que no pase la luz. Las que llegaron son de tul transparente, se ve todo
Mi mamá abrió el paquete por mí: dice que viene un solo cojín y yo compré el juego de cuatro
me llego el juego de mesa, pero cuando lo abrimos con los chicos no habia dados ni las fichas rojas
"""

DATA["return_refund"] = """
si al final no me convence, lo puedo mandar de regreso y quedamos a mano?
los 40 dolares pueden volver a mi tarjeta? no me sirvio la lampara
no me quiero quedar con esto, como hacemos para deshacer la compra? ya me llego
que pasa si abro el paquete y no es lo que esperaba, me pueden recibir la compra de nuevo?
lo recibi ayer y no es para mi, quiero que me vuelva lo que pague
me arrepenti despues de recibirlo, tengo algun plazo para deshacerme de la compra?
no quiero otro, no quiero cambio, quiero lo mio de vuelta en mi cuenta
si la ropa interior no me queda, se puede regresar o eso no aplica?
si el tapado no me gusta en persona, tengo chance de que me reintegren todo?
cuantos dias tengo de arrepentimiento desde que me llega?
me quiero echar para atras con la compra, pero ya la tengo en casa
que se lleven esta caminadora y me acrediten lo que pague, ocupa media sala y no la uso
tengo derecho al retracto si compre por internet?
no es mala, simplemente no la quiero, se pueden quedar con ella y me vuelve mi saldo?
existe eso de que si no estas conforme te regresan lo tuyo?
mi platita vuelve si se los regreso sin abrir?
Le compre unas zapatillas a mi sobrino para su cumple pero otra tia le regalo las mismas. Estan sin usar con la caja. Quiero que me reintegren lo que pague
la mesa llego bien pero medida en el comedor no entra, me equivoque yo. no quiero otra, solo devolverla y recuperar el dinero
compre el vestido para una fiesta que al final se suspendio. Ya me llego y tiene la etiqueta puesta. Lo puedo regresar y que me paguen?
el chico del chat me dijo el otro dia que tenia 30 dias para arrepentirme. Ya pasaron 12. Como hago para solicitar la devolucion?
pedi un serum y me salio alergia en la cara al probarlo, el dermatologo me dijo que lo deje. Ya esta abierto, igual puedo pedir el reembolso?
me mude a un departamento mas chico y la cafetera grande que compre la semana pasada no tiene lugar. sin usar, me la reciben de vuelta y me reintegran?
compramos el cochecito para el bebe pero al final nos lo presto mi cuñada. el nuestro esta cerrado en su caja, llego el lunes. quiero mi dinero de vuelta
Soy de Madrid. Recibí el abrigo hace 5 días y no me convence el corte. ¿Me lo podéis recoger y abonarme el importe?
la silla vino con un raspon y me ofrecen un descuento, pero yo prefiero que me devuelvan todo lo que pague y se la lleven
el libro que pedi lo encontre en la biblioteca del barrio, recien llego y ni lo abri. puedo pedir que me regresen lo pagado?
compre dos pares para ver cual me quedaba mejor, me quedo con uno. el otro lo quiero regresar y que me reintegren esa parte
el taladro llego tarde y ya contrate a alguien que hizo el trabajo. ya no me sirve, quiero mi plata de vuelta
el perfume era un regalo para mi novia y cortamos antes de darselo. esta sellado, lo puedo devolver? jaja triste pero real
Mi papá compró por error desde mi cuenta una caja de vinos y yo no tomo. Llegó ayer, intacta. ¿Me pueden devolver el importe?
lo compre en el hot sale, llego, lo probe y no es lo que esperaba. los productos en oferta tambien entran en la politica de devolucion?
ya arme la biblioteca y me di cuenta que queda horrible en el living. si la desarmo y la dejo en su caja, me reciben la devolucion?
"""

DATA["exchange"] = """
me queda como para mi hermanita, me mandan el de un numero mas y les doy este?
le entra solo hasta la mitad del pie, tendria que ser el 40 en vez del 38 que me llego, se puede?
quiero el mismo modelo pero en negro, y este azul se los regreso
el de 2 litros no me alcanza, les doy este y me dan el de 4 pagando lo que falte?
el anillo me baila en el dedo, hay uno mas chico por el que pueda darlo?
se los doy de vuelta y me mandan el de manga larga en lugar de este?
en vez de la plata prefiero otro par que me calce bien
le quedan como carpa a mi papa, no habra uno un numero menos para darle a cambio?
este jean me quedo de tiro bajo, me lo reemplazan por el de tiro alto?
quiero que me lo reemplacen por uno que si prenda, no quiero el dinero
el body le queda justo al bebe, me lo truecan por uno de 12 meses?
la chaqueta me tira de hombros, hay como pasarme a una mas holgada?
me quedo chico el acuario para mis peces, lo puedo permutar por el de 60 litros?
en lugar de arreglarlo, me pueden dar uno nuevito igual?
la pollera me quedo larga, existe la chance de pedir la mas corta a cambio de esta?
me sirve mas la version inalambrica, me dejan pasarme a esa dando esta y pagando la diferencia?
le regale a mi esposo una camisa para su cumple y le queda apretada de pecho. Me gustaria que me manden una L y yo les hago llegar la M
me llegaron las zapatillas de running el lunes, sali a correr una vez y me di cuenta que me quedan cortas en el dedo gordo. Se pueden reemplazar por medio numero mas?
compre la funda de sillon en color beige, pero en mi living se ve amarilla. No quiero la plata, preferiria la gris
mi hija queria el vestido de princesa azul pero la abuela se confundio y le compro el rosa. esta sin usar, me lo pueden reemplazar por el azul?
compre el casco de bici para mi hijo de 8 años. Le queda suelto aun con el ajuste al maximo. Quisiera el S en vez del M
el sillon para el bebe vino con la tela rasgada, no quiero que me den la plata, solo que me manden otro igual en buen estado
hace una semana recibi las cortinas, son preciosas pero no llegan al piso, me faltan 20 cm. me las pueden cambiar por las de 2,40?
en el chat anterior me dijeron que podia mandar la chamarra y recibir la talla correcta. Ya la tengo empaquetada, me confirman que me mandan la XL?
compre unos guantes de arquero talla 8 y a mi hijo le bailan. Aun tienen la etiqueta. Podria pedir los 7 a cambio?
Me llegó el colchón de 1,35 y al ponerlo en la cama sobra espacio, la cama es de 1,50. ¿Podría recibir el de 1,50 entregando este?
el perfume que elegi para mi mama resulto que no le gusta el aroma. esta cerrado. en lugar de la plata, me lo pasan por otra fragancia del mismo precio?
mi papa queria la camiseta titular del club pero la que le compre es la de visitante. No esta usada, se puede hacer el trueque?
me encanto la campera, el unico problema es el color, en persona es muy oscura. me la pasan por la misma en arena?
la cama para gato llego perfecta pero mi gato es grandote y no entra. si les mando esta me pueden mandar la L?
les compre unos tenis a mis gemelos, uno del 30 y otro del 31, pero los dos necesitan 31. Me cambian el 30 por otro 31?
pedi el set de ollas de 5 piezas y resulta que mi cocina es de induccion y estas no sirven. me las reemplazan por el set para induccion?
"""

DATA["refund_status"] = """
ya entregue el paquete hace una semana y mi cuenta sigue igual de flaca
la plata de lo que regrese donde anda? no aparece
miro el resumen de la tarjeta todos los dias y nada de lo que me dijeron que volvia
cuando cae lo del pedido anulado? sigo esperando
ya se que lo aprobaron, lo que no se es cuando lo veo en mi banco
me dijeron que no habia stock y que me reintegraban, eso fue hace 12 dias y sigo sin ver nada
hace diez dias habiles me dijeron en proceso, sigue en proceso?
ustedes dicen que ya salio de su lado, pero mi banco dice que no entro nada, quien tiene mi plata?
ya les llego lo que mande de vuelta? porque de lo mio, ni un peso todavia
me pasan el comprobante de que me reintegraron? el banco me lo pide
en que paso va lo de mi reintegro?
cuanto tarda en reflejarse en la cuenta lo que me van a regresar?
a mi nequi no ha entrado nada de lo que me iban a regresar
vi que entraron 25 lucas pero me debian 50, el resto cuando?
lo que mande de vuelta, ya lo revisaron? cuando me acreditan?
ese saldo que me iban a dejar en la billetera de la app no lo veo por ningun lado
Devolvi la licuadora el 3 de mayo por la agencia, la recibieron el 6 segun el tracking. Me dijeron que en 5 dias habiles tenia el dinero. Hoy es 20 y nada
cancele el pedido de los audifonos antes de que saliera y me mandaron un mail que decia reembolso aprobado. de eso ya van dos semanas y en mi tarjeta no aparece nada
me pidieron fotos del producto fallado, las mande y me dijeron que si. desde ahi silencio y sin plata. en que quedo?
la vez pasada que devolvi algo me llego en 3 dias. esta vez ya van 10 y nada. paso algo con mi reembolso?
hice la devolucion de las botas en la sucursal y me dieron un papelito con un numero. con ese numero puedo ver cuando me pagan?
me avisaron que me reintegraban en el mismo medio con que pague, pero pague con saldo de mercado pago. eso a donde vuelve y cuando?
les regrese la chaqueta hace un mes, me dijeron por telefono que ya estaba el reintegro hecho. Mi banco, el BCP, dice que no hay ningun movimiento. Me mandan el numero de operacion?
el repartidor se llevo la devolucion el lunes. me dijeron que cuando llegue a su bodega me pagan. ya llego? cuando me pagan?
Era un regalo que no le gusto a mi hija, lo devolvimos y nos prometieron un vale por el total. Ya paso una semana y el vale no llega al correo
abri el reclamo y ustedes aceptaron devolverme el dinero sin mandar el producto. muy bien, pero el dinero nunca llego
en la app me sale reembolso en camino hace 9 dias. en camino de donde? jaja cuando llega a mi cuenta
pague en efectivo en el oxxo y me dijeron que como no hay tarjeta me devolvian por transferencia. ya les pase mi clabe hace una semana, cuando depositan?
me devolvieron la plata en dolares y yo pague en pesos, me falta como un 10%. el resto me lo van a completar?
ya me canse de esperar el dinero de la cancelacion, fueron 15 dias habiles hasta hoy. que fecha me dan?
Hace tres semanas que devolví el robot aspirador. En la web figura artículo recibido en almacén y no avanza. ¿Cuándo se hará efectivo el abono?
el pedido lo pague en 6 cuotas y lo devolvi. me siguen cobrando las cuotas en la tarjeta, cuando me las anulan?
"""

DATA["return_shipping"] = """
la caja la llevo yo a algun lado o pasan a buscarla?
el viaje de vuelta del paquete quien lo banca?
como les hago llegar de nuevo la campera?
a que domicilio les mando la caja?
tengo que pagar yo el correo para mandarlo a ustedes?
me pasan el papel ese para pegar en la caja y mandarlo?
lo dejo en cualquier sucursal de oca o tiene que ser una en especial?
la caja original la tire, lo puedo mandar en una bolsa?
a que hora pasa el motoquero a llevarse lo que no quiero?
si lo mando por correo comun me lo cubren despues?
el costo de mandarlo a su deposito me lo descuentan o me lo reponen?
no hay agencia de esa empresa en mi pueblo, por cual otra les puedo mandar?
quien se hace cargo del flete si lo mando de regreso?
ya la embale, ahora que hago, donde la dejo?
lo tengo que llevar hasta su almacen en Lima o hay algun punto mas cerca?
les mando el paquete a la misma direccion de donde me llego?
ya me aprobaron que lo devuelva, el problema es que trabajo todo el dia y las agencias cierran temprano. Pueden pasar a retirarlo por mi casa un sabado?
el secador vino fallado y me dijeron que lo devuelva. Como fue error de ustedes, asumo que ustedes pagan el envio, me mandan la guia?
hable con la chica ayer y me dijo que podia cambiar el vestido. Me falta saber a donde lo mando y si tengo que pagar yo el correo
en Bolivia no tienen punto de entrega, y dice que tengo que mandarla a Miami. Eso sale carisimo, quien paga eso?
Tengo que devolver la silla de oficina y es enorme. En Correos me dijeron que por el tamaño no la aceptan. ¿Cómo la mando entonces?
ya fui dos veces a la sucursal de andreani con el paquete y me dicen que no tienen ninguna orden de retiro a mi nombre. entonces como lo mando?
me llego un correo que dice programar recoleccion pero el link no abre. el paquete ya esta listo en la puerta, como agendo que lo vengan a buscar?
son 3 cajas de ceramica que pesan bastante. si las mando yo por encomienda me sale mas que el producto. no hay forma de que las retiren ustedes?
Devolví un pedido el año pasado y me cobraron el envío. Esta vez el producto llegó mal, ¿tengo que pagar el envío de regreso otra vez?
el que me atendio dijo que mandara la bici a su taller, pero no me dio la direccion ni el nombre para ponerle al paquete
me van a mandar la nueva talla cuando reciban la vieja. para mandar la vieja, uso la misma bolsa en que vino y pego encima la etiqueta nueva?
vivo en un edificio y el conserje no puede entregar paquetes. El retiro de la devolución, ¿me avisan antes para estar?
la devolucion ya esta aceptada en la app, pero dice entregar en punto de recogida y el unico punto es en otra ciudad. hay otra forma?
en lo que tarde en empaquetar se me vencio la etiqueta. me mandan otra para poder despachar lo que les devuelvo?
me confundi y mande el paquete de devolucion por servientrega pagado por mi, 18 mil pesos. ustedes me reintegran ese envio?
la caja vino con el sello de la tienda, tengo que mandarla asi o le saco todas las etiquetas viejas antes de llevarla al correo?
"""

DATA["dispute"] = """
ya le pedi a mercado libre que se meta y decida quien tiene razon
llame al banco y les dije que ese cobro no lo reconozco, ellos van a investigar
que paypal decida, yo ya subi las fotos alla
aliexpress me pide que responda en la parte de proteccion al comprador, que pongo ahi?
pedi que el banco me revierta el cobro de su tienda
amazon ya me dio la razon, ahora que hago con la solicitud abierta?
ya escale lo mio en mercado libre, ahora que resuelva la plataforma
su respuesta en la mediacion de shopee no tiene sentido, voy a apelar
si me mandan el reemplazo hoy retiro la solicitud que abri en paypal
me llego aviso de que el vendedor rechazo mi solicitud en aliexpress, como subo mas evidencia?
la plataforma me pide que acepte o rechace la propuesta de ustedes, la del 50% no la acepto
llame a la emisora de mi tarjeta y congelaron el cobro mientras investigan, les aviso
la proteccion al comprador de ebay cubre esto? porque ya la active
ya intervino mercado libre y me dijeron que ustedes tienen 48 horas para responder
cuanto tarda el banco en resolver cuando uno desconoce una compra?
quiero bajar la solicitud que abri en temu, ya me solucionaron
les escribi cinco veces por el pedido que nunca llego y nadie me respondio. Hoy entre a PayPal y abri la disputa por articulo no recibido. Ahi los espero
pedi reembolso en la tienda y me lo negaron. Entonces fui a Mercado Pago y abri un reclamo. Lo que quiero saber es si ustedes van a responder ahi o no
Compre un reloj que llego sin funcionar y el vendedor me ofrecio solo 5 dolares. No acepte y pedi mediacion de aliexpress. Que documentos me conviene mostrar?
El mes pasado abrí un contracargo con Visa por una compra suya que no autoricé. Ahora me dicen que ustedes presentaron pruebas. ¿Qué pruebas presentaron?
me llegaron zapatillas truchas, obviamente falsas. mercado libre ya esta mediando, no me hablen por aca, contesten alla
mi esposa vio un cargo doble de su tienda en la tarjeta y llamo al banco. El banco inicio una investigacion. Ustedes tienen que hacer algo de su lado?
ya me dieron la razon en la plataforma y me reembolsaron. Pero el sistema me pide confirmar el cierre del caso, lo confirmo yo o ustedes?
en shein la disputa se cerro sola porque no respondi a tiempo, estaba en el hospital. Se puede reabrir?
abri el caso en paypal por la lampara, despues me la mandaron y llego bien. Como retiro el caso?
mi tarjeta me informa que el contracargo quedo a mi favor pero ustedes me escriben que van a apelar. Que significa eso para mi?
el vendedor me pidio por whatsapp que cierre la disputa y que me devolvia por fuera. eso se puede o es trampa?
Tengo la disputa abierta en Amazon por artículo no conforme desde hace dos semanas, ¿cuándo toma una decisión Amazon?
me dijeron que si abro un reclamo en ML me quitan la opcion de devolucion. es asi? igual lo quiero abrir
le di a tengo un problema en mercado libre y elegi necesito ayuda de mercado libre. ahora que pasa, ustedes tienen que contestar ahi?
en temu la solicitud esta en esperando tu respuesta pero ya respondi dos veces, que mas tengo que subir para que avance?
ya que no me responden, el paso siguiente era que el banco desconozca el cobro. lo inicie esta mañana, que quede claro
"""

DATA["complaint"] = """
me tienen dando vueltas como trompo hace una semana
ya me voy a encargar de que todo el barrio sepa como trabajan
tanta amabilidad en la venta y despues ni la hora te dan
se nota que les importa un pepino el cliente
ni mi perro me ignora tanto como ustedes
esto es el colmo de los colmos
cada vez que escribo me contesta alguien distinto que no sabe nada, asi no se puede
para cobrar son rapidisimos, para responder desaparecen
voy a subir un video a tiktok mostrando todo esto
la verdad me hacen arrepentir de haberles confiado
estoy que echo chispas con ustedes
que manera de tomarle el pelo a la gente, no tienen nombre
una falta de respeto total lo que hacen
le voy a contar a profeco todo lo que me hicieron
me prometieron el oro y el moro y mira
es la ultima vez que pongo un peso en esta tienda
Hace tres semanas que estoy escribiendo, me dijeron que me llamaban y nunca llamaron, me dieron un numero de caso que nadie reconoce. Estoy harta, no puede ser que traten asi a la gente
compre para el dia del padre, llego tarde, llego mal, y cuando pregunte me contestaron con un mensaje copiado. De verdad, que decepcion de empresa
mi mama de 70 años les pregunto algo por el chat y le respondieron con mala onda. No se trata asi a una señora mayor
les doy una ultima oportunidad de hacer las cosas bien, si no, mañana mismo publico en todos los grupos de facebook del pueblo lo que paso
en la tienda fisica me atendieron de maravilla, pero por internet son otra cosa. ni un gracias, ni una disculpa, nada
yo les recomende a mis amigas y ahora me da verguenza, porque a las tres les fue igual de mal que a mi
el repartidor me tiro el paquete por encima de la reja y se fue riendo. se lo digo para que sepan que gente contratan
llevo 40 minutos en espera y cuando por fin atienden me cortan. Es una falta de respeto
el vendedor me dijo que era mi culpa por no leer bien. encima que me equivoco, me lo dicen de mala manera. asi no se atiende
Mire, soy cliente de años, siempre pagué a tiempo. Que me traten como si fuera un estafador es indignante
ayer me dijeron una cosa, hoy otra, mañana me van a decir otra. no se ponen de acuerdo ni entre ustedes, que desorganizacion
le escribi al dueño por instagram y me bloqueo. eso es lo que hacen cuando uno pide ayuda? vergonzoso
compre confiando en las estrellas que tienen y ahora entiendo que deben ser compradas, porque el trato es un horror
mi primera compra y ya me arrepiento, ni una respuesta en tres dias. asi pierden clientes
desde el lunes me dicen estamos revisando, ya es viernes. si esto no lo arreglan voy a la defensoria del consumidor
tienen suerte de que no tengo tiempo, porque si no les hacia un escandalo. que experiencia mas fea
"""

DATA["review"] = """
donde cuento que tal me fue con el producto para que otros lo vean?
quiero poner algo lindo sobre la atencion en la pagina, donde va eso?
mi comentario en el producto salio con un error de tipeo, lo puedo corregir?
me equivoque y puse la carita triste, queria la feliz jaja, se arregla?
lo que escribi del champu no aparece publicado, por que?
hay algun premio por contar mi experiencia con foto?
puedo puntuar solo al vendedor y no el producto?
quiero sacar lo que escribi el mes pasado, ya me lo solucionaron y no es justo dejarlo
me mandaron un mail de contanos que te parecio, donde clickeo?
el puntaje que le puse al producto, lo puedo subir? me arrepenti de ponerle tan poco
el boton de deja tu comentario no me aparece en mis compras
es verdad que si subo un video contando que tal, me dan puntos?
puedo contar lo que me parecio aunque todavia no lo use mucho?
ustedes pueden borrar los comentarios feos que la gente deja en el producto?
quiero escribir sobre lo rapido que llego, en que parte lo pongo?
el vendedor contesto mi comentario, yo le puedo contestar de vuelta?
Hace un mes deje una mala nota porque el paquete llego abierto, pero despues me mandaron uno nuevo super rapido. Quiero corregir eso y poner cinco estrellas, como lo hago?
me llego una tarjetita en el paquete que dice deja tu reseña y te damos 10% en la proxima compra. ya la deje, como les mando la captura?
la vendedora fue un amor conmigo, me ayudo a elegir todo por chat. Me gustaria que su jefe sepa, hay donde dejar un comentario sobre ella?
compre la crema para las manchas y la vengo usando hace 6 semanas con muy buenos resultados. Puedo subir fotos del antes y despues en la pagina del producto?
mi reseña tenia fotos de mi bebe usando el portabebe y ahora me arrepiento de haberlas subido. como borro las fotos sin borrar el comentario?
a mi vecina le aparece la opcion de calificar y a mi no, y compramos lo mismo el mismo dia. como hago?
Le compré a mi padre un reloj y quiere dejar su opinión, pero la compra está en mi cuenta. ¿Puede escribirla él desde la suya?
me pidieron por sms que califique al repartidor, pero era de la agencia, no de ustedes. eso igual cuenta para la tienda?
el producto era bueno pero la entrega fue lenta. quiero poner eso en el comentario sin bajarle puntos al producto, hay como separar?
escribi una reseña larguisima ayer, le di a publicar y desaparecio. ahora no me deja escribir otra, dice que ya califique
me dijeron que si dejaba comentario con foto me regalaban una muestra. ya lo hice el martes y la muestra no vino en el pedido siguiente
compre 4 articulos en un solo pedido, tengo que comentar cada uno por separado o uno solo para todo?
hace dos semanas el vendedor me pidio que cambie mi opinion negativa a cambio de un descuento. eso se puede hacer? no quiero que me baneen
En mi valoración puse que la talla era pequeña, pero era error mío. ¿Puedo editar ese texto?
mi pedido llego hace dos dias y todavia me sale aun no puedes opinar. cuantos dias hay que esperar?
queria subir a mi comentario un video de la licuadora triturando hielo pero me dice archivo muy grande. hay un limite?
"""

DATA["human_agent"] = """
quiero que me conteste alguien de carne y hueso
hay alguien ahi que respire o son todos programas?
no quiero mas mensajes prearmados, quiero a alguien que lea lo que escribo
me comunicas con tu jefe o con quien sea que no sea una maquina?
necesito hablar con alguien que pueda tomar decisiones
pasame con la gente de la tienda, la de verdad
que me llame alguien de ustedes a este numero, por escrito no me entiendo: 3014456789
tenes un numero donde atienda alguien de verdad?
deja de mandarme opciones numeradas, quiero conversar con alguien
este chat automatico no me entiende, me derivas con alguien del equipo?
la que me atendio ayer, la Vane, me la podes pasar?
quiero alguien que me escuche, no un menu
me podrias transferir con el area de atencion? la de verdad
oiga, hay algun encargado disponible ahorita?
che, sos de verdad o sos el robot? si sos robot pasame con alguien
pa que me entienda alguien, hay un whatsapp atendido por gente?
Ya probe todas las opciones del menu y ninguna tiene que ver con mi problema, que es raro y largo de contar. Necesito que me atienda alguien de su equipo
mi papa tiene 80 años y no entiende estos chats. el quiere llamar y que le conteste una voz. hay un telefono asi?
le explique tres veces lo mismo al asistente y me sigue contestando sobre envios. por favor, alguien real que lea esto
tengo un problema con tres pedidos a la vez y el bot me pide un numero nomas. esto lo tiene que ver un ser humano, me derivan?
la semana pasada me atendio Carlos y quedo en llamarme. Me pueden comunicar con el o con alguien que tenga mi caso?
tengo una tienda y quiero hacer un pedido grande para reventa. no se si el chat automatico sirve para eso, me pasan con alguien de ventas?
Estoy muy nerviosa porque es un regalo importante y las respuestas automaticas no me tranquilizan. Prefiero hablar con alguien, ¿es posible?
ya me dieron la misma respuesta copiada 4 veces. no me sirve. quiero a alguien con nombre y apellido del otro lado
no escribo bien español, soy de Brasil. alguien de ustedes puede atenderme por llamada mejor?
es un tema de un cobro raro y no me siento seguro dando datos a un bot. me pasas con alguien del area?
la app me dijo que un representante me contactaria en 24 horas, ya pasaron 48. como hago para hablar con alguien ya?
mi caso es de garantia de una heladera, es complicado y tengo fotos y papeles. quiero explicarselo a alguien que entienda, no a un formulario
ayer en la tienda me dijeron que por aca me atendia un vendedor y me sale esto automatico. donde esta el vendedor?
Soy mayor y me cuesta escribir con estas máquinas. ¿Hay manera de que me atienda un empleado de la tienda?
escribo desde el trabajo y no puedo andar eligiendo opciones. alguien del personal me puede escribir al correo juanca.m@hotmail.com?
vengo hablando con el asistente hace media hora y no avanzamos. si hay alguien de guardia, que tome la conversacion
"""

DATA["thanks_bye"] = """
me salvaste la vida, sos un sol
listo, eso era todo lo que necesitaba
ya esta, resuelto, buen finde
sos un crack, un abrazo grande
que dios te bendiga, mija
perfecto, quedamos asi entonces
genial, no molesto mas jaja
muy bien, hasta la proxima compra
buenisimo, nos estamos hablando
te pasaste, excelente atencion, un beso
ok ok, ya entendi todo
dale, me quedo tranquila entonces
bacan, cualquier cosa te escribo
de lujo, que tengan lindo dia
fino parce, muy amable
joya, me retiro
me llego el pedido hoy y todo perfecto, el perro ya estreno la cama. era solo para contarles, que esten bien
ya el chico de ayer me soluciono lo de la direccion, asi que no necesito nada mas. saludos a todo el equipo
Al final encontre el numero de guia en mi correo, estaba en spam. Ya esta, disculpen la molestia y buen dia
vi que ya se acredito todo y que lo mandaron, asi que nada, muy agradecida y hasta luego
mi mama abrio el regalo y le encanto el chal, lloro y todo. ustedes son lo mas, de corazon
ok, entonces espero el correo que me dijiste. por ahora es todo, cuidate
Ya recibí el reembolso en mi cuenta esta mañana. Todo en orden, muchas gracias por la paciencia y que tengan una excelente semana.
ya hable con la paqueteria y lo tengo aca. perdon por escribir tan enojado antes, y gracias por la ayuda
perfecto, con lo que me explicaste ya pude pagar. eso seria todo por hoy 🙌
me quedo claro todo lo de las medidas, lo pienso con mi esposo y cualquier cosa vuelvo. hasta luego
Bueno, entonces quedo a la espera de que me avisen. Agradezco mucho su tiempo, buenas noches.
ya esta, ya lo arme y funciona de diez. listo, no los molesto mas 😄
ah okey, era eso nomas. que les vaya bien
ya encontre la talla en la tabla que me mandaste, ta todo bien. nos vemos
chévere, ya me quedó claro. bendiciones para ustedes
recibido, voy a estar pendiente entonces. abrazo
"""

DATA["other"] = """
la app me quedo en ingles, como la pongo en español?
me olvide con que correo me registre, como lo averiguo?
tu como te llamas? me gusta hablar con alguien con nombre
jajaja perdon, mi gato camino por el teclado
estan contratando? busco trabajo en bodega
que musica escuchan en la oficina? jaja
se puede poner la cuenta con doble verificacion? me da miedo que me la roben
quiero cambiar el numero de celular asociado a mi perfil
les vendo mis artesanias, les interesa tenerlas en su tienda?
cual es el sentido de la vida bot? jaja
el clima alla como esta? aca llueve horrible
perdon, le estaba escribiendo a mi hermana
la pagina se ve toda desacomodada en mi tablet
tienes sentimientos? pregunta seria
ya no me acuerdo mi usuario, el que use hace 3 años
la pagina me dice que mi sesion expiro cada cinco minutos
Ayer intente entrar a mi cuenta desde la compu del trabajo, puse mal la clave tres veces y ahora dice bloqueada. Como la desbloqueo?
mi hijo de 10 años quiere hacer un proyecto del colegio sobre tiendas online. le pueden contestar unas preguntas sobre como trabajan?
Tengo dos cuentas, una vieja con mi correo de hotmail y otra nueva con gmail. Se pueden juntar en una sola?
me llego un correo de su cuenta sera suspendida con un link para poner mis datos. eso lo mandaron ustedes?
estaba viendo su tienda y me dio curiosidad, los que atienden el chat trabajan desde la casa o en una oficina?
mi abuela quiere aprender a comprar por internet y me pidio que pregunte: hay algun tutorial para principiantes en su pagina?
cambie de celular y cuando instale la app de nuevo no me reconoce el usuario. que hago?
Me ha pasado que escribo aquí y luego el mensaje desaparece. ¿Es un problema del chat o de mi móvil?
queria preguntar algo pero se me olvido jaja, dejame pensar
ustedes son la misma empresa que la tienda de la calle florida o son otros?
mi cuenta esta a nombre de mi ex y quiero ponerla a mi nombre, se puede cambiar el titular?
soy periodista, tienen un correo de prensa para mandarles unas preguntas?
no entiendo nada de esta app nueva, antes era mas facil, donde quedo el menu de mi perfil?
los fines de semana atiende el chat o solo de lunes a viernes?
me llego una notificacion en ingles que no entiendo, no tiene nada de pedidos, dice update your preferences. que es?
perdon, era para la tienda de al lado, me confundi de pestaña
"""
