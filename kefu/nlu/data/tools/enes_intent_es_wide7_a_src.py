"""Spanish buyer messages, round 7: intents without their keywords and requests after a story, part A (pre-sale intents) (training set)."""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["greeting"] = """
hay alguien del otro lado o le estoy hablando a la pared?
toc toc, se puede pasar?
alguien con vida en este chat? 👀
perdon la hora, ya abrieron el changarro o sigo esperando?
psst psst, me atienden?
me asomo nomas a ver si hay alguien antes de soltar mi pregunta
aqui reportandome, hay quien conteste?
me dijo mi comadre que por aqui atienden rapidito, estan?
primero lo primero: me escucha alguien?
vi su anuncio en facebook y me anime a escribir, hay alguien ahi?
buenas tardes les escribe doña marta desde san pedro sula, quien me lee?
esta prendido esto? probando probando 🎤
que tal la jornada muchachos, andan por ahi?
mi hijo me instalo la app y es la primera vez que uso el chat, alguien me oye?
acabo de salir del laburo y por fin tengo un rato, siguen conectados?
ey, se anima alguien a atenderme?
saludos cordiales, me confirman que reciben este mensaje?
ayer me quede sin bateria a mitad de la charla, ya volvi, siguen ahi?
hola hola, hay alguien a cargo de la tienda hoy domingo?
les escribo desde el cel de mi esposo, me ven?
que hubo pues, andan despiertos?
good morning, digo, buen dia jaja, hay alguien?
oiga joven, esta disponible?
le escribo desde la oficina a escondidas jaja, esta ahi?
acabo de encontrar la tienda, saludos a todos! alguien atendiendo?
bendiciones hermanos, me atiende alguien?
mande un audio pero creo que no llego, alguien me lee por escrito?
hey there, digo hola, alguien activo x aca?
que tal amigos, como va el dia por alla?
disculpe que moleste, tiene un minutito?
la otra vez me atendio una chica muy amable, hoy quien esta de turno?
salu2 🙌 hay moros en la costa?
aqui de nuevo dando lata, estan?
buenas noches vecinos, alguien de guardia?
buenas tardes, mi nieta me enseño a usar esto, hay alguien que me lea?
ando por aca otra vez, me reciben?
"""

DATA["product_info"] = """
si me cae lluvia con el reloj puesto le pasa algo?
el sarten trae teflon o es acero pelado?
si le pongo el cargador de mi samsung al parlante, carga igual?
la cuna se convierte en camita cuando el nene crezca?
la mochila la puedo subir al avion como equipaje de mano o se pasa del medidor?
mi bebe muerde todo, ese juguete no trae cosas toxicas?
al termo le puedo echar agua hirviendo o solo fria?
el perfume huele mas a dulce o a madera?
mi perro es alergico al pollo, esa comida lleva pollo entre los ingredientes?
la crema la puede usar una embarazada?
la lampara se prende desde el celu o solo con el boton?
esa camisa hay que plancharla o sale lista del lavarropas?
cuantas latas le entran a la heladerita, unas 12?
el sofa se despliega pa dormir?
la aspiradora levanta pelos de gato de la alfombra?
compre el año pasado un taladro de otra marca y las brocas gruesas no entraban. este acepta brocas de 13 mm?
mi suegra es celiaca y viene a casa en navidad. el panettone que venden lo puede comer tranquila?
tengo un carro 2012 con el encendedor de los viejos. el cargador ese se enchufa ahi?
vivo en un tercer piso sin ascensor y la escalera es angosta. el ropero viene armado o en piezas?
mi hija tiene el pelo rizado y todo se lo reseca. ese shampoo tiene sulfatos?
me mude a madrid hace poco y aca todo es 230v. la freidora que venden la enchufo directo?
uso lentes y en otros cascos de realidad virtual no me entraban. este deja meter los anteojos adentro?
el otro dia se me cayo el celu a la pileta y murio. el que venden aguanta un chapuzon?
tengo una impresora hp de 2015, ya vieja. la tinta que ofrecen le entra a esa?
somos 5 en casa y cocinamos arroz a diario. cuantas tazas le caben a la olla?
mi gata tiene 12 años y problemas de riñon, el veterinario dijo que cuide el fosforo. cuanto fosforo trae ese alimento?
trabajo de noche y duermo de dia. las cortinas esas dejan pasar la luz o oscurecen todo?
el jabon deja la ropa oliendo a algo o es neutro?
el vino ese es seco o dulzon?
cuantos km anda la bici electrica con una carga?
tengo un iphone 11, la funda le calza?
la base tapa las manchitas o es ligerita?
a mi se me infectan las orejas con la bisuteria, esos aretes me los puedo poner?
cuantas personas duermen en la carpa?
eso lo armo yo solito o hay que llamar a un tecnico?
mi abuelo casi no ve los numeros del control. ese celular trae letras grandes y teclas de verdad?
"""

DATA["size_advice"] = """
tengo el pie de esos anchos tipo pato, la horma de estas me va a apretar?
peso 85 y mido 1.72, me corresponde la L o la XL?
le compre a mi hijo unas botas en otra tienda y le quedaron bailando. el usa 34 en adidas, aca cual le pido?
el vestido es pa mi graduacion y no lo puedo probar antes. tengo 92 de busto y 74 de cintura, cual elijo?
quiero que el buzo me quede tipo oversize, agarro uno o dos mas grande?
mi marido es de espalda ancha y las camisas le tiran en los hombros. siempre usa XL pero le quedan cortas de manga. de esta que le pido?
las botas vienen justitas o dejan espacio pa una media gruesa?
en la foto la modelo mide 1.75 y lleva la S, yo mido 1.60, me va a quedar de vestido?
mi nena tiene 3 años pero es alta como de 5, cual le va?
el año pasado me compre jeans de esta marca en 30 y me sobraba de cadera. ahora baje 4 kilos, cual me llevo?
el anillo es sorpresa y no le puedo preguntar nada. a ella le entra mi anillo de 7 en el anular, pido ese mismo?
me gusta que el pantalon quede sueltito, de las opciones cual agarro?
uso 36C americano de brasier, que copa me toca aca?
con 95 de cadera entro en la 40 de ustedes?
tengo un bulldog frances que es puro pecho, 60 cm de torax y cortito de lomo. que arnes le va?
soy ciclista y uso el casco bien ajustado. tengo 57 de contorno de cabeza, de los dos cual agarro?
mis gemelos nacieron chiquitos y a los 2 meses pesan 4 kilos cada uno. el enterito de 0-3 les va a quedar como carpa?
cual me entra si en pantalones soy 32 de cintura y 32 de largo?
esos tacones como hormean, normal o hay que ir uno arriba?
soy de piernas gruesas, el leggins me va a quedar como segunda piel o me va a estrangular?
mi papa tiene 70, es 1.68 y 78 kilos, y le gusta la ropa holgadita porque dice que lo aprieta todo. que polo le pido?
mi pie mide 24 cm de largo, cual elijo de la lista?
hace años tuve la misma zapatilla en 41 y la punta me rozaba. con la version nueva sigo en 41 o subo?
el traje de neopreno tiene que quedar pegado, cual agarro si mido 1.80 y peso 90?
que letra de camisa uso si mi cuello mide 41?
mi nene tiene 10 pero es flaquito, la de 10 le queda ancha?
los guantes de arquero cual le va a un pibe de 12?
estoy embarazada de 5 meses y la panza crece rapidisimo. el vestido me seguira entrando en el septimo si agarro el de siempre, o voy uno mas?
la faja tiene que apretar, me conviene bajar una?
soy chaparrita, 1.50, y siempre mando a cortar los pantalones. de estos cual me queda mejor de largo, el petite o el regular?
que le pido a mi esposo que en zapatos de vestir usa 9 gringo?
soy copa D, el top en M me va a sujetar bien o me voy por la L?
el cumple de mi sobrino es en 3 meses y esta pegando el estiron. ahora usa 6, le pido 8 pa que le dure?
cual de las opciones corresponde a 88-70-96?
tengo brazo de gimnasio, con la M voy a estar comodo o agarro L?
mi hermana vive en eeuu y me encargo unas sandalias. alla usa 8, de este lado cual seria?
"""

DATA["stock"] = """
me gusto el morado pero el boton sale apagado, ya volaron todos?
sigue existiendo el modelo con la capucha de peluche o ya lo descontinuaron?
llegaste a reponer el perfume de vainilla o todavia nada?
cuantas piezas tenes fisicas del cargador? necesito 15
si me espero a diciembre todavia voy a encontrar el abrigo rojo o se acaba antes?
el mes pasado les compre la mochila azul y a mi hija le encanto. ahora su amiga quiere la misma, todavia tienen?
se me perdio una de las tapas del tupper, venden la tapa sola?
la del 42 me sale en gris, volvera a habilitarse pronto?
fui a su local del centro y no tenian mi numero, me dijeron que por aca si. es cierto que tienen 44 en la zapatilla blanca?
el coche de bebe en verde oliva lo traen de nuevo o fue edicion limitada?
estoy armando el uniforme pal equipo de mi hijo y necesito 18 camisetas iguales. tienen esa cantidad o tengo que mezclar colores?
en que otros tonos sale la cartera aparte del negro?
tu proveedor cuando te manda mas lamparas de techo?
me regalaron la taza de la coleccion y se me rompio. sigue a la venta esa misma?
viene en tamaño familiar o solo la individual?
en otra tienda me dijeron que ya no fabrican este filtro. ustedes todavia tienen algunos guardados?
me avisas cuando vuelvan los de 500 ml?
tengo una boda en junio y el vestido que me gusto dice ultimas unidades. cuantas quedan mas o menos, pa saber si me apuro?
cuando entra mercaderia nueva de tenis de niño?
la edicion de coleccionista todavia se consigue con ustedes?
hace dos semanas me dijiste que el lunes te llegaba el repuesto del batidor. ya lo recibiste?
si hoy no lo pido, mañana sigue ahi o es el ultimo?
tienen mas de un ejemplar o solo el de la foto?
el ropero lo manejan de 4 puertas tmb?
mi perro solo come el sabor cordero y en el super ya no lo encuentro. ustedes lo siguen trayendo?
en el carrito no me deja agregar mas de 1, es porque no tienen mas?
la version de 256 regresa o ya fue?
tienen ese jarabe en bodega o hay que encargarlo?
compre 3 rollos de papel tapiz y me falto uno pa terminar la pared. tienen del mismo lote?
ese articulo se consigue en tu sucursal de guadalajara?
se me quemo la sarten grande del juego que les compre. la venden sola o tengo que llevar el juego otra vez?
cuando vuelvan a traer el sillon esquinero me apartas uno?
mi nieta me pidio la muñeca de la pelicula y en todos lados esta agotada. ustedes tienen o saben cuando les llega?
esta publicado pero al querer comprar me dice sin unidades, es un error o de verdad no hay?
del pantalon cargo en beige todavia tienen todas las tallas?
la variante con cierre ya se termino o aun me alcanza?
"""

DATA["price_bargain"] = """
si te pago hoy en efectivo, el numerito puede bajar un poquito?
soy de las clientas que les compra cada mes y siempre pago puntual. esta vez me haces un cariñito con el total?
no me da el bolsillo pa esos 80, en 65 cerramos?
hacele una atencion a la clienta, dale
mi hijo cumple el sabado y ya me gaste todo en la fiesta. la bici me la podes dejar en algo mas accesible?
si me llevo los cuatro me redondeas pa abajo?
cuanto es lo minimo que aceptas por la consola?
veo que ese modelo lleva meses publicado. me lo dejas en menos pa sacarlo de una vez?
lo que pides esta salado, bajale tantito y te lo llevo
tengo 200 justos, alcanza si me haces el favor?
no se puede hacer nada con el total? porfa
el mes pasado les compre la heladera y ahora quiero el microondas. me das algo por ser cliente repetido?
que me cobras por los dos si me los llevo hoy mismo?
mi ultima oferta: 1200 y pago ahorita
si no necesito la caja ni los accesorios, cuanto me lo pones?
ayudame con algo en la cuenta que ando corto
soy profe y compro pa los alumnos del taller, son 25 kits. me haces una consideracion?
me lo podes dejar a costo? jaja no, en serio, algo menos?
si te compro 10 cajas, a cuanto me queda la unidad?
hace semanas que miro esta camara y ya junte casi todo, me faltan 30. me la dejas en 420?
no seas codo, quitale unos pesitos
cuanto le das de bajada si te lo pago por transferencia?
mas abajo no se puede?
la silla de la foto tiene un raspon, se nota que es de exhibicion. por eso me la dejas en menos?
con 3 lucas menos me convences
somos 6 amigas y queremos el mismo vestido pa una boda. si pedimos todo junto nos mejoras el total?
echame la mano con el colchon porfa, es pa mi mama que esta enferma
lo que dice el anuncio es fijo o es conversable?
dejalo en numero redondo, 50, y trato
me ofrecieron lo mismo por 15 menos en otro lado, pero te quiero comprar a vos. te acercas a eso?
como revendedora me conviene si me lo pasas en menos, se puede?
se puede regatear un poco o es precio final de final?
ese valor tiene margen o es el que es?
el año pasado me lo vendiste a 90 y ahora esta en 110. me lo respetas al de antes?
trabajo en una fundacion de perritos y compramos comida cada mes. nos pueden hacer un precio solidario?
lo quiero, pero con ese numero no llego. ayudame un poquito
"""

DATA["promotion"] = """
pal hot sale van a tener algo o queda todo igual?
me llego un mail de bienvenida con un 10 por ciento pero no se donde se mete eso al pagar. me explicas?
si compro dos, el segundo sale a mitad como dice el banner?
con la compra viene algun regalito de la casa?
el cyber monday participan ustedes?
una amiga me paso un link de referido y dice que nos dan plata a las dos. como funciona eso?
los que cumplen años en el mes tienen algo especial?
compre la semana pasada y me dieron unas monedas en la app. en que las puedo usar?
el influencer que sigo dijo en su video una palabrita pa pagar menos en su tienda. tiene que ir en mayusculas?
cuando arranca la liquidacion de fin de temporada?
llevando el kit completo me dan el neceser que sale en la foto?
estuve mirando el reloj toda la semana y ayer desaparecio el precio tachado en rojo. ya se termino eso?
si me hago socio del club, que gano?
pal buen fin de este año que tienen preparado?
tienen algo pa los que pagan con tarjeta del banco nacion?
soy estudiante y en otras tiendas me piden el carnet pa darme algo. ustedes tienen beneficio pa estudiantes?
tienen esa tarjetita de puntos que se junta con cada compra?
pal dia de la madre van a regalar algo con las compras?
en el carrito me salio un banner de lleva 3 paga 2 pero al final me cobra los 3. aplica solo a ciertos productos?
las ofertas relampago a que hora empiezan?
hay sorteos o concursos este mes?
me llego un sms diciendo que tengo 5000 pesos de saldo de regalo pa usar antes del domingo. es real? como lo uso?
me salio un premio en la ruleta de la pagina, se suma con el 2x1 o es uno u otro?
estan dando algo por la apertura del local nuevo?
la ultima vez me llego una tarjetita con un numero pa la proxima compra. sigue valiendo despues de 3 meses?
lo de primera compra es solo en la app o en la pagina tambien?
si espero al 11 del 11 va a haber mejores cosas?
la caja de bombones de regalo es por cada pedido o una por cliente?
vi en su instagram un post de black week con 30% en muebles, pero aca no veo nada marcado. donde esta eso?
tienen algun plan de fidelidad pa los que compramos siempre?
las compras de mas de 100 llevan algo de cortesia?
mi prima recien se registro y le dieron algo de bienvenida, pero yo que estoy hace años no. yo no aplico?
la cajita de muestras viene sola al pasar el minimo o la tengo que elegir?
pa navidad sacan paquetes de regalo con algo extra?
hay algo vigente ahora o me espero al aniversario?
el mes pasado gane su trivia de facebook pero nunca me dijeron como reclamar el premio. como hago?
"""

DATA["shipping_fee"] = """
aparte del producto, cuanto pago porque me lo traigan a la casa?
vivo en un pueblito lejos de la capital y la ultima vez me cobraron casi lo mismo que el producto por llevarlo. con ustedes cuanto seria hasta aca?
el traslado hasta mi puerta esta incluido o va por separado?
cuanto le suman al total por mandarlo a iquique?
si junto varias cosas en un paquete, pago una sola vez lo del transporte?
ya tengo 3 cosas en el carrito y me dice que me faltan 12 mil pa que no me cobren el despacho. si agrego unas medias llego?
desde cuanto tengo que comprar pa que no me cobren nada por llevarlo?
lo que cobra la moto del reparto quien lo paga, vos o yo?
la heladera es pesada, eso sube mucho lo que cobra el transporte?
mi mama vive en otro estado y quiero que le llegue directo a ella. cuanto me sumaria mandarlo hasta monterrey?
el valor de la publicacion ya trae lo del traslado o me sorprenden al final?
llevarlo a la isla sale caro?
el mes pasado pedi unos zapatos y el mensajero me cobro 5 dolares en la puerta. con ustedes eso ya va incluido?
si lo retiro en la sucursal del correo me ahorro lo del transporte?
cuanto sale mandar 2 sillones a rosario?
si lo quiero express cuanto mas me cuesta?
soy de cuenca y siempre me toca pagar una fortuna por las encomiendas desde quito. ustedes cobran parejo a todo el pais o depende?
el recargo por zona rural de cuanto es?
en el checkout me aparece un monto extra de 7.99, eso es por mandarlo?
pa canarias cuanto se paga de portes?
lo de la paqueteria corre por su cuenta o por la mia?
les compre una mesa y no me cobraron nada por traerla. ahora quiero las sillas, tambien va sin cargo?
cuanto extra me sale tenerlo el mismo dia dentro de la ciudad?
a la casa de campo cobran distinto que a la ciudad?
si compro 2 me lo mandan sin cobrarme el traslado?
cuanto es lo del correo hasta asuncion?
tengo un negocio y les compraria cada semana. me pueden hacer un arreglo en lo que cobran por transportarlo?
el reparto a domicilio en la capital es sin cargo?
vivo en un quinto piso sin ascensor. subir la lavadora hasta arriba lo cobran aparte?
cuanto se paga de encomienda a tarija?
si pido la version grande, el bulto sale mas caro de mandar?
hasta aca al fondo de la sierra cuanto me cobrarian por llevarlo?
pense que era todo incluido pero al final el total subio 15 euros. eso es el transporte? se puede evitar?
mas o menos que me cobran por llevarlo a ciudad juarez?
la mensajeria cuanto me sale a barquisimeto?
mandando el colchon enrollado se paga menos?
"""

DATA["delivery_time"] = """
si hoy cierro la compra, pa cuando lo tendria en las manos?
mi hija se gradua el 15 y le quiero regalar el reloj. si lo pido hoy me alcanza la fecha?
cuanto espero desde que pago hasta que lo recibo en cordoba?
si pago ahorita, que dia lo estaria estrenando?
me voy de viaje en 10 dias y necesito la maleta. si hago el pedido mañana la recibo antes de irme?
si compro hoy desde veracruz, cuanto me toca esperar?
pa bolivia la espera es de semanas o de meses?
estaria en mi puerta antes de navidad si lo encargo esta semana?
la ultima vez compre en una tienda china y espere 2 meses. con ustedes es igual de lento?
lo puedo tener el sabado si lo pido hoy?
cuanto tiempo pasa entre la compra y la entrega en panama?
si lo pido a las 9 de la noche igual sale mañana temprano y lo tengo el jueves?
necesito el vestido pa una sesion de fotos el domingo y estoy en caracas. si lo compro ahorita me da tiempo?
que tan rapido lo puedo tener en san jose?
la entrega en medellin es de un dia pa otro?
trabajo toda la semana y solo estoy en casa el finde. si compro el martes, pal sabado ya estaria?
cuanto me toca esperar si elijo la opcion normal y no la rapida?
como viene de afuera, cuantas semanas le calculo antes de comprarlo?
mi cumple es el 20, si compro hoy que es 12 llego bien?
al perro le queda alimento pa 3 dias nomas. si hago el pedido hoy lo tengo antes de que se acabe?
en bogota cuantas horas pasan desde que pago hasta que me lo traen?
si elijo retirar en el punto, en cuanto lo tienen listo alli?
si lo encargo hoy, pa cuando estaria en valencia?
vivo en una zona rural de chiapas y a veces las cosas se tardan un monton. mas o menos cuantas semanas calculo antes de pedir?
comprandolo ahorita lo tengo antes del 1 de enero?
la fecha estimada que sale al comprar se cumple o es aproximada nomas?
cuanto calculo pa que me lo traigan a lima si pago mañana?
es un regalo de aniversario y es el jueves. antes de pagar decime si lo veo pal miercoles
cuando lo recibiria en miami si lo compro este weekend?
mi sobrina me pidio unos tenis y vive en el interior. antes de comprar queria saber en cuanto tiempo se los ponen ahi en salta
cual es el plazo de entrega a puerto rico?
si lo pido antes del mediodia lo recibo hoy mismo?
con que rapidez manejan las entregas a montevideo?
tengo que tenerlo pal lunes sin falta, me conviene pedirlo o no llego?
si lo pido ya, estaria antes del dia del niño?
otro vendedor me lo entrego al mes. antes de intentar con ustedes, cual es el tiempo normal a guayaquil?
"""

DATA["courier"] = """
quien es el que me lo trae a la casa, el correo o una privada?
la ultima vez que me mandaron por estafeta se perdio el paquete. ustedes con cual trabajan?
puedo pedir que me lo lleve la camioneta amarilla de dhl?
vivo en bolivia pero mi hermana me paso el link. ustedes llegan hasta aca o solo dentro de peru?
hasta costa rica hacen llegar las cosas?
en mi barrio solo entra andreani, los demas no quieren venir. me lo pueden mandar con ellos?
a canada se puede o solo estados unidos?
el paquete lo mueve una empresa de aca o una internacional?
quien se encarga de llevar las cosas a chiloe?
trabajo en un edificio con recepcion y solo reciben de ciertas empresas. ustedes trabajan con 99minutos?
lo mandan por bus de encomienda o por courier?
me lo pueden dejar en mi casillero de miami?
mi mama vive en galicia y yo en mexico. puedo comprar desde aca y que le llegue a ella en españa?
me lo mandas por shalom? en mi pueblo solo hay esa
con que agencia sale de tu bodega?
prefiero que sea por el correo oficial, se puede?
tengo cuenta con fedex por mi trabajo y me sale mas conveniente. puedo poner mi propia guia?
me lo dejan en un oxxo o solo a domicilio?
ustedes cruzan a ecuador?
que empresa de reparto usan pa provincia?
hace poco me mude a ciudad del este en paraguay. antes me compraban desde argentina sin problema, ustedes tambien despachan pa aca?
puedo pedir que sea con chilexpress y no con starken?
el que trae las cosas de ustedes es el mismo de mercado libre?
soy de puerto rico y muchas tiendas no nos mandan por ser territorio. con ustedes si se puede?
si vivo en alemania me lo hacen llegar?
el repartidor es propio de la tienda o tercerizado?
me robaron un paquete que amazon dejo en la puerta. con ustedes puedo escoger otra compañia que pida firma?
lo ponen en la terminal de buses pa que lo retire?
trabajan con tcc o con coordinadora?
me lo pueden dar a mi transportista de confianza? yo lo coordino
hacen llegar cosas a cuba por alguna via?
antes les compre y vino por ups, esta vez quiero que sea con otra. tienen alternativas?
¿Trabajáis con GLS o con MRW?
a las galapagos llegan o no?
si soy de montevideo, con que correo me lo hacen cruzar el charco?
el de las motos de rappi me lo puede llevar?
"""

DATA["authenticity"] = """
eso lo fabrica apple mismo o es de otra fabrica que lo copia?
el año pasado compre unos airpods en otra tienda y al conectarlos al iphone no salia la animacion. los de ustedes si son de apple?
me asegura que viene de la marca y no de un taller cualquiera?
a mi hijo ya le vendieron una camiseta de la seleccion trucha que se despego el escudo. esta es la misma que vende adidas en sus tiendas?
cuando me llegue puedo registrar el numero de serie en la pagina de sony?
la marca los tiene como revendedores autorizados o compran por fuera?
soy alergica y un perfume de imitacion me dio ronchas. este es el que sale de la casa francesa o uno de esos parecidos?
el que viene en caja cerrada con celofan es el de fabrica?
es el verdadero de la marca o un primo lejano? jaja
tienen papeles de importacion que demuestren de donde viene?
un amigo me vendio un cargador de la marca y se quemo a la semana, era chimbo. el suyo si es de samsung en serio?
el bolso trae holograma y tarjetita de la casa?
lo que dice la etiqueta es lo que es, o es inspirado en?
es mercaderia legal de la marca o de contrabando?
en tiktok vi que hay jordan copiadas identicas. como se yo que las suyas son las verdaderas?
el maquillaje ese frances es importado directo o lo envasan aca?
hay forma de comprobar con la marca que lo que me venden es legitimo?
compre un labial mac en una feria y olia rarisimo. el suyo es el mismo de la tienda mac?
si lo llevo al servicio tecnico oficial, me lo reconocen como producto de ellos?
no me vayas a mandar un generico con la marca estampada eh, es del fabricante?
el rolex es rolex rolex?
me caso en mayo y quiero alianzas de oro de ley, no enchapadas. estas traen el sello?
el vendedor de al lado dice que lo tuyo es chino copiado, es cierto?
mi mecanico me dijo que solo le ponga repuestos de agencia nissan. estos frenos salen de la misma nissan?
es de la linea de la marca o de esas marcas blancas parecidas?
cuando lo escanee con la app de la marca me va a salir como legitimo?
mi esposa colecciona carteras y distingue las de verdad al toque. no me hagas quedar mal, es de louis vuitton de verdad?
viene con el certificado del fabricante?
lo sacan directo de la marca o de un intermediario? pa saber si es legit
mi cuñado dice que en esta tienda venden puro clon. es verdad o son genuinos?
el whisky es el escoces de verdad o adulterado?
la lego es lego o de esas compatibles chinas?
los vinilos son prensados oficiales o bootleg?
es lo mismo que venden en la tienda de nike, sin trampa?
vi una publicacion igual a la tuya a la mitad y la gente se quejaba de que era falsificado. el tuyo es el legitimo?
el sello de seguridad de la caja viene intacto de fabrica?
"""

DATA["quality"] = """
aguanta el trote diario o es pa usar de vez en cuando?
compre una licuadora barata el año pasado y se le quemo el motor a los 3 meses. esta es mas fuerte o me pasa lo mismo?
me va a salir gato por liebre?
es de esas cosas que se desarman al primer mes?
tengo 3 perros grandes que destrozan todo. la cama esa resiste los dientes o la hacen pedazos?
cuantos años me acompaña si la cuido bien?
la tela se hace bolitas con las lavadas?
mi hijo juega futbol todos los dias en cancha de cemento. esas zapatillas le aguantan o se le abren al mes?
se siente robusta en la mano o medio de juguete?
esto es de lo bueno o de lo que se compra y se tira?
vivo frente al mar y todo se me oxida. la parrilla esa resiste el salitre?
la pintura del mueble se descascara con el tiempo?
soy peluquera y uso la secadora 8 horas al dia. esta me aguanta ese ritmo?
dale, decime la verdad, sirve o es una porqueria?
las costuras son firmes o se abren a la primera?
el baño dorado se le va con el agua?
ya tuve dos maletas que perdieron una rueda en el primer viaje. esta tiene ruedas que aguanten aeropuertos?
por lo que cuesta, rinde o me arrepiento?
la estampa se cuartea despues de unas lavadas?
las cerdas de la brocha se caen o quedan firmes?
los niños del jardin son muy bruscos con los juguetes. el triciclo soporta que lo usen 20 chicos?
el cierre es de los que se traban o corre bien siempre?
que dicen los que ya lo tienen, les ha ido bien?
me mude a un depa nuevo y quiero un sofa pa mas de 10 años. este esta bien construido o es pa salir del paso?
el cuero se cuartea con el sol?
la bateria del scooter pierde fuerza rapido con los meses?
soy camionero y el celu pasa horas en el tablero al sol. la funda se derrite o se pone pegajosa?
no es de esas sartenes que a los 2 meses se les sale la capa?
la repisa es firme o se pandea con peso?
mi mama es costurera y dice que la ropa de ahora es de papel. esta camisa esta bien cosida o es desechable?
esto se hizo pa durar o pa la foto?
que tan resistente es al uso diario de un chamo de 5?
las llantas de la bici se pinchan con nada o son resistentes?
en mi gym de casa las mancuernas viejas se pelaron. estas tienen un recubrimiento que aguante los golpes?
el elastico de la cintura se afloja con el tiempo?
si la lleno hasta arriba, las asas de la bolsa resisten o se cortan?
"""

DATA["price_compare"] = """
que trae de mas este pa valer el doble que el de al lado?
fui al mercado y vi uno igualito por la mitad. que tiene el suyo que justifique pagar mas?
el pro y el normal en que se separan aparte del nombre?
llevo un rato comparando tu licuadora con la de la tienda de enfrente. la de ellos sale 20 menos, que me pierdo si me llevo esa?
por que el de 2 litros cuesta casi lo mismo que el de 3?
en que se distingue el modelo 2023 del 2024 pa que cueste tanto mas?
mi esposo dice que estoy pagando de mas por la marca. convenceme: que tiene esta crema que no tenga la del super?
el de acero y el de aluminio, por que uno vale casi el triple?
que ventaja tiene el de 80 sobre el de 50?
en la misma tienda hay dos mochilas que se ven iguales, una a 30 y otra a 55. en que difieren?
el de 256 sale 100 mas, que gano aparte del espacio?
el sabado fui a su sucursal y este mismo estaba 15 mil menos. por que en linea sale mas?
que tiene de especial el de seda pa costar tanto al lado del de satin?
un compañero del trabajo se compro la misma bici en amazon por 200 dolares menos. es el mismo modelo o el suyo tiene algo distinto?
el x y el x plus son lo mismo o hay algo que se nota?
comprando 6 sueltos gasto menos que en la caja de 6, como es eso?
el reloj de 40 mm y el de 44, aparte del tamaño que cambia?
me dijeron que los suyos son importados y los de la competencia se arman aca. es por eso que cuestan mas?
este tiene mejores cosas que el de temu o es lo mismo con otra caja?
el aire de 12000 btu y el de 18000, mas alla del tamaño del cuarto, por que tanto salto?
llevaba semanas siguiendo este perfume y en el duty free del aeropuerto estaba bastante mas abajo. por que aca esta tan arriba?
el inverter y el normal, vale la pena lo que se paga de mas?
mi hija quiere la muñeca de la tele, pero hay una version sin la casita. que trae una y no la otra aparte de la casa?
que me da el colchon de resortes que no me de el de espuma, pa que cueste mas?
el mes pasado lo compre a 40 y hoy lo veo a 52 en otra publicacion suya. cual es la razon?
los dos taladros se ven iguales, que tiene el de 90 que no tenga el de 60?
por que cobran mas que en mercado libre si es el mismo articulo?
el cartucho de la marca y el alternativo, se nota algo en la impresion?
comparando con la tienda oficial de la marca, ustedes estan 25 arriba. que ofrecen que ellos no?
por que pagar mas por el de bambu que por el de plastico, que tiene?
el kit basico y el completo, que piezas le faltan al basico?
en el grupo de facebook alguien vendia la misma consola usada por mucho menos. la tuya es nueva, es solo eso?
como es que un cargador de 20 dolares y uno de 60 hacen lo mismo?
vi uno muy parecido de otra marca a la mitad, en que se diferencia?
queria la camisa pa mi y pa mi papa, y la xxl esta 8 mil arriba. es por la tela extra?
entre la version wifi y la de datos moviles, ¿qué justifica esos 100 euros?
"""

DATA["color_difference"] = """
lo que veo en la pantalla es lo que me va a llegar o viene mas clarito?
la vez pasada pedi un sueter que en la imagen era vino y me llego casi rosado. este bordo se ve asi en vivo?
con la luz del dia se sigue viendo asi de intenso?
el celu del fotografo le exagero lo vibrante o es asi?
estoy armando el cuarto del bebe todo en verde salvia y tiene que combinar con las cortinas. el de ustedes es salvia de verdad o tira a gris?
la imagen tiene filtro? quiero saber como se ve realmente
el dorado es amarillo o mas cobrizo cuando lo tenes en la mano?
el nude de la imagen en la vida real tira mas a rosado o a beige?
mi pantalla es vieja y todo se ve amarillento. el blanco de la mesa es blanco puro como aparece o mas cremita?
mandame una imagen sin editar del bolso pa ver como es realmente
es ese azul electrico de la publicacion o mas apagadito?
compre sabanas en otra tienda y el gris de la imagen era celeste en la casa. con estas me pasa lo mismo?
en persona el lila se ve igual de lila?
al natural el verde agua se ve mas verde o mas celeste?
el crudo que dicen ustedes es como hueso o amarillento?
mi novia es muy especial y quiere la cartera exacta a la de su instagram. el camel de ustedes se ve asi de calido sin el flash?
esos reflejos plateados que se ven, en vivo tambien brillan asi?
viene asi de saturado o es cosa de la camara?
pinte la sala color terracota y busco cojines que hagan juego. el ladrillo de la imagen es fiel o sale mas opaco?
no me vaya a pasar que lo veo de un verde y me llega de otro
el rojo del carrito a control remoto es mas oscuro en la realidad?
las imagenes de la gente que ya lo compro lo muestran mas oscuro que las suyas. a cual le creo?
la corbata tiene que combinar con el vestido de la madrina que es azul rey. la de la imagen es azul rey o marino en la mano?
el esmalte en la uña queda como se ve en el frasquito?
mi celu muestra todo mas brillante, el rosado se ve asi en vivo?
las sombras salen como en la paleta del anuncio o mas suaves?
el mostaza se acerca mas a amarillo o a cafe en la realidad?
es pal uniforme del colegio y tiene que ser exacto el azul del colegio. el de ustedes tira a morado como en la imagen o es por la luz?
vos que lo tenes en la mano, se ve como en la publicacion?
el marron chocolate no es mas negro cuando llega?
el plateado es brillante o tira mas a gris en la mano?
ya me paso que pedi un jarron celeste y vino turquesa. antes de comprar el tuyo, el celeste es pastel como se ve?
el estampado de flores tiene esos rosas fuertes o se ven desteñidos en la tela?
sin photoshop, como es?
con la luz de mi casa va a ser el mismo verde oliva?
me pasas una foto tuya con el celu, sin luces de estudio, pa ver el tono real?
"""

DATA["recommendation"] = """
si fueras yo, con cual te quedas?
mi papa cumple 70 y ya tiene de todo, le gusta el jardin y escuchar radio. que le puedo llevar de la tienda?
estoy perdida entre tantos modelos, cual es el que la gente se lleva mas?
tengo piel grasa, vivo en un lugar humedo y a las 2 horas ya brillo. cual de sus cremas me va mejor?
de los parlantes cual es el que mas vendes?
empiezo a correr la semana que viene, nunca hice deporte y peso 90 kilos. que zapatillas me convienen de las que tienen?
tengo 100 dolares y quiero unos audifonos pal gym, con cuales me quedo?
mi sobrino de 13 es gamer, que le regalo que le guste?
somos recien casados y el depa es chiquito, 35 metros. necesitamos una mesa que no ocupe mucho, cual de las suyas nos sirve?
cual es la estrella de la tienda?
que me llevo si quiero algo pa dormir mejor?
mi perro tiene 12 años y le cuesta subir al sillon. tienen algo que le ayude?
busco un regalo de 20 mil pal amigo secreto de la oficina, ideas?
entre estos tres, con cual no me equivoco?
cocino poco pero quiero empezar a hacer pan en casa. que necesito comprar de lo que venden?
que le compro a mi suegra que es super exigente?
tenes algo parecido a la campera de la foto pero mas abrigada?
mi hija entra a la universidad a estudiar arquitectura. que notebook de las suyas le aguanta los programas?
que tienen pa una persona que viaja mucho?
ayudame a decidir, estoy entre el gris liso y el modelo con capucha
quiero arrancar con el skincare pero no se nada y tengo 40. por donde empiezo?
que cafetera me hace el cafe como en la cafeteria sin complicarme la vida?
mi esposo ronca y yo me muevo mucho de noche. que almohada o colchon de los suyos nos salva el matrimonio? jaja
busco algo lindo pa decorar las mesas de la boda, que me muestras?
vos que sabes del tema, que camara agarro pa empezar en fotografia?
tengo una moto 250 y viajo mucho por carretera. necesito un casco comodo y con buena ventilacion, cual elijo?
quiero una planta que no se me muera, cual de las suyas aguanta todo?
mi bebe tiene 6 meses y ya empieza con solidos. que cosas de las suyas me hacen falta?
pa un regalo de bodas de plata, que me puedes mostrar?
tienen algo pa que el gato deje de rasguñar el sofa?
cual va mejor con un vestido negro largo, los aretes dorados o los plateados?
me regalaron una gift card y no se en que gastarla. que es lo mas lindo que tienen ahorita?
que perfume de mujer fresquito tienen pal dia a dia?
cual me sirve mas pa limpiar el carro por dentro?
juego padel dos veces por semana y mi paleta se partio. soy nivel intermedio, cual me llevo?
que combo me arman pa alguien que empieza a hacer ejercicio en casa?
"""

DATA["invoice"] = """
mi contador me pide el papel de la compra pa deducirlo, me lo mandan?
compre 4 sillas pa la oficina y la empresa me reembolsa si presento el documento fiscal. como lo consigo?
el xml y el pdf me llegan al correo?
soy autonoma y hacienda me pide justificar los gastos del trimestre. me hacen el documento con mi nif?
pueden poner el nombre de mi negocio en el papel de la compra?
es pal colegio y la directora me pide el documento oficial con el ruc. se los paso por aca?
necesito algo que tenga validez ante el sat
el seguro me cubre los lentes si les mando el papel con el detalle y el monto. me lo pueden generar?
me pasan el documento con el iva discriminado pa deducirlo?
mi rfc es XAXX010101000, me lo timbran?
trabajo en una municipalidad y pa pagar nos piden el documento tributario antes. me lo mandan antes de que transfiera?
con el nit de la empresa me lo emiten?
me das el ticket fiscal o solo el de la caja?
mi jefe me pidio que compre el proyector y despues le rinda con el papel. sale con los datos de la empresa?
el pdf con el detalle del iva donde lo descargo?
si mi cuit es responsable inscripto, me hacen la A?
devolvi parte del pedido y ahora el documento dice el monto viejo. me hacen una nota de credito?
pa la declaracion anual necesito los papeles de todas mis compras del año, me los juntan?
el documento fiscal sale a nombre de quien paga o de quien recibe?
es un regalo pa mi hermano y no quiero que vea lo que costo. no pongan papeles con montos en la caja, y el mio mandenmelo por mail
tienen dte electronico?
me lo emiten con los datos de mi consultorio?
soy medico y compro insumos pal consultorio. necesito que salga con mi numero de contribuyente, se puede?
el iva lo ponen aparte en el papel o todo junto?
el mes pasado me mandaron el documento con mal la razon social, dice SRL y es SA. me lo corrigen?
a la hora de pagar hay un lugar pa poner los datos de la empresa o te los mando despues?
me ponen el sello de la tienda y la firma en la nota de venta?
es pa la rendicion de la beca, necesito el documento tributario original
el gasto es de mi panaderia aunque pague con la tarjeta personal de mi marido. el papel fiscal puede ir a nombre de la panaderia?
cuanto tiempo tengo pa pedir el cfdi despues de comprar?
necesito el duplicado del papel de compra de enero, se me mojo
el contador dice que el documento que me mandaron no tiene el folio fiscal. me lo reenvian bien?
somos una escuela publica y estamos exentos. el documento puede salir sin el impuesto?
la nota de venta con iva desglosado la mandan con el paquete?
me pasas el comprobante fiscal del pedido 88412?
el papel con valor tributario lo piden antes o despues de pagar?
"""
