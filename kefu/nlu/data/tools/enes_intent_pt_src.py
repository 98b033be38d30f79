"""Mensagens de compradores escritas à mão, por intenção (treino, português).

Conjunto menor e opcional: sobretudo português do Brasil (vc, pfv, obg, cadê,
rastreio, frete, Correios, taxa), algum português europeu. Um por linha.
"""

from __future__ import annotations

DATA: dict[str, str] = {}

DATA["greeting"] = """
oi
olá
ola tudo bem
oi tem alguem ai
bom dia
boa tarde
boa noite
oii
opa
e ai
oi vendedor
olá, está disponível?
alguém?
oi amigo
boa tarde, alguém pode me atender
bom dia, tudo bem?
oi, uma pergunta
olá, estão online?
"""

DATA["product_info"] = """
é couro legítimo?
qual o material
é impermeável?
pode lavar na máquina
quais as medidas da bolsa
quanto pesa
serve no iphone 13
é compatível com samsung a54
é bivolt?
vem com carregador
a sola é de borracha
tem forro por dentro
o creme tem álcool
serve pra pele sensível
quantas peças vem no kit
a bateria dura quanto
o tecido estica?
vem montado ou tem que montar
"""

DATA["size_advice"] = """
qual tamanho devo pegar
qual numeração eu peço
calça 38 no brasil, qual eu pego aqui
meu pé tem 25 cm, qual número
tenho 1,70 e 65 kg, qual tamanho
forma pequeno?
veste grande ou pequeno
tem tabela de medidas?
me manda a tabela de tamanhos pfv
devo pedir um número acima?
uso M normalmente, serve?
qual tamanho pra criança de 5 anos
entre 39 e 40 qual vc indica
tenho pé largo, qual numero
o corte é justo ou folgado
qual tamanho de anel pra 17 mm
peso 80 kg qual tamanho de camiseta
tô entre P e M, qual fica melhor
"""

DATA["stock"] = """
tem na cor preta?
tem no 42?
tem em estoque?
ainda tem?
quando volta ao estoque
vai repor o azul?
tem o branco no G
esgotou? vai chegar mais
tem outras cores
tem tamanho maior que GG
tem 2 unidades? quero pra mim e minha irmã
tem o mesmo modelo em marrom
tem disponível no tamanho 37
não consigo escolher o rosa, acabou?
tem a versão de 128gb
ainda vende esse produto
tem pra pronta entrega?
preciso de 20 peças, tem tudo isso?
"""

DATA["price_bargain"] = """
faz desconto?
tem como fazer um precinho melhor
qual o menor preço
se eu levar 3 faz desconto?
faz por 50?
tá caro, abaixa um pouco
desconto pra atacado?
me dá um desconto que eu fecho agora
melhor preço pra 10 peças
consegue baixar o valor?
faz um desconto pra cliente antigo
aceita 30 reais?
dá pra negociar o preço?
se pagar à vista tem desconto?
faz 2 por 80?
tá salgado, faz um descontinho
preço de amigo?
"""

DATA["promotion"] = """
tem cupom?
tem cupom de desconto
como uso o cupom
o cupom não funciona
quando tem promoção
vai ter desconto na black friday?
tem brinde?
a promoção leve 3 pague 2 ainda vale?
onde pego os cupons da loja
segui a loja, cadê meu cupom
tem cupom de primeira compra
dá pra juntar dois cupons?
até quando vai a oferta
vai ter promoção no 11.11?
tem cashback?
o cupom venceu, manda outro?
tem desconto pra quem segue a loja?
"""

DATA["shipping_fee"] = """
o frete é grátis?
frete grátis?
quanto é o frete pra são paulo
quanto fica o frete pro rio
qual o valor do frete pra portugal
tem frete grátis acima de quanto
o frete tá muito caro
consegue fazer frete grátis
se eu comprar 2 o frete sai grátis?
tem que pagar taxa além do frete?
quanto custa o envio expresso
junta o frete de dois pedidos?
o frete está incluso no preço?
frete pra manaus quanto fica
por que o frete é mais caro que o produto
tem frete mais barato?
quanto é o portes para lisboa
"""

DATA["delivery_time"] = """
quanto tempo demora pra chegar
em quantos dias chega no brasil
demora quanto pra chegar em são paulo
se eu comprar hoje quando chega
chega antes do natal?
qual o prazo de entrega pra curitiba
quantos dias pra portugal
o envio demora muito?
chega em uma semana se eu pedir agora?
qual o prazo de entrega
preciso até sexta, chega se eu comprar hoje?
quanto tempo leva pro nordeste
prazo pra belo horizonte?
antes de comprar, quanto tempo demora pra chegar no porto
o expresso demora quantos dias
vai levar um mês?
"""

DATA["courier"] = """
envia pro brasil?
vocês enviam pra portugal?
qual transportadora vocês usam
manda pelos correios?
envia por sedex?
pode mandar pela jadlog?
entrega em caixa postal?
dá pra mandar pra um ponto de retirada
enviam pela dhl?
qual empresa entrega aqui no brasil
vocês enviam pra angola?
posso escolher a transportadora
manda pelos ctt?
envio internacional?
entregam em moçambique?
é enviado pela cainiao?
"""

DATA["authenticity"] = """
é original?
é original ou réplica
é falsificado?
é da marca original
os airpods são originais
é produto oficial?
como sei que não é falso
tem garantia que é original?
é 100% original?
é de primeira linha ou original
esse tênis é nike original?
o perfume é original ou contratipo
vem com nota e caixa original?
é importado original?
é pirata?
o cartão de memória tem a capacidade real?
"""

DATA["quality"] = """
a qualidade é boa?
é de boa qualidade
dura bastante?
é resistente?
a sola descola fácil?
desbota na lavagem?
encolhe depois de lavar?
o tecido é grosso ou fino
o zíper é bom
aguenta uso diário?
o couro é macio?
vale o preço?
a costura é firme?
solta bolinha?
enferruja?
a qualidade é igual das fotos?
"""

DATA["price_compare"] = """
por que é mais caro que nas outras lojas
por que tá mais caro que na shopee
outra loja vende mais barato, por quê
qual a diferença entre esses dois
qual a diferença do de 50 pro de 80
por que o preto é mais caro que o branco
vi o mesmo mais barato no mercado livre
por que o preço subiu
ontem tava 40, hoje 55, por quê
o barato é pior que o caro?
por que pagar mais aqui
qual a diferença da versão pro
por que o kit sai mais caro que separado
no site oficial é mais barato, por quê
mesmo produto preço diferente, qual a diferença
"""

DATA["color_difference"] = """
a cor é igual da foto?
a cor é fiel à foto
a cor real é mais escura?
o bege puxa pro rosa ou pro amarelo
o azul marinho é bem escuro?
tem diferença de cor?
as fotos são editadas? cor real?
o branco é branco mesmo ou creme
manda uma foto real da cor pfv
o verde é militar ou bandeira
o vermelho é vivo ou vinho
a cor fica igual pessoalmente?
o dourado é amarelo ou rosé
o preto é preto mesmo ou acinzentado
a cor do vídeo é a real?
"""

DATA["recommendation"] = """
o que você recomenda
me indica algo
qual é melhor pra mim
me ajuda a escolher
procuro um presente pra minha mãe
qual o mais vendido
qual modelo vc indica pra corrida
preciso de bota pra chuva, qual vc tem
qual creme é bom pra pele seca
tem algo parecido mais barato
quero algo pra trabalhar em pé o dia todo
qual fone é melhor pra academia
qual vc compraria
me sugere um presente pro meu namorado
o que combina com essa bota
quais as novidades
"""

DATA["invoice"] = """
preciso de nota fiscal
vocês emitem nota fiscal?
manda a nota fiscal pfv
preciso da nota no cnpj da empresa
como baixo a nota fiscal
cadê minha nota fiscal
pode colocar meu cpf na nota
preciso de recibo
a nota veio com endereço errado
preciso da fatura para a alfândega
a nota vem na caixa?
manda o comprovante de compra
preciso de fatura com nif
emitem fatura com iva?
a nota fiscal não veio no pacote
preciso da nota pra garantia
"""

DATA["payment"] = """
como faço pra pagar
quais formas de pagamento
aceita pix?
posso pagar no boleto
aceita cartão de crédito
meu cartão foi recusado
o pagamento não passa
não consigo pagar
dá pra parcelar?
parcela em quantas vezes
fui cobrado duas vezes
paguei e o pedido tá como não pago
paguei no pix e não atualizou
aceita paypal?
o boleto venceu, e agora
pagamento em análise, o que significa
aceita mb way?
"""

DATA["modify_order"] = """
quero mudar o endereço
preciso trocar o endereço de entrega
errei o cep
posso mudar o tamanho do pedido
muda a cor pra preto pfv
quero adicionar mais um item no pedido
junta meus dois pedidos
quero mudar a quantidade pra 2
esqueci o número do apartamento
atualiza meu telefone no pedido
muda o nome do destinatário
dá pra alterar o pedido antes de enviar?
coloquei a cidade errada
troca o tamanho de 40 pra 41 antes de enviar
quero tirar um item do pedido
põe uma nota: deixar na portaria
"""

DATA["cancel_order"] = """
quero cancelar o pedido
cancela meu pedido pfv
como cancelo
comprei errado, cancela
não quero mais, cancela
cancela antes de enviar
desisti da compra
pedi duas vezes sem querer, cancela um
ainda dá pra cancelar?
o botão de cancelar não funciona
quero cancelar porque tá demorando pra enviar
cancela só a bota, deixa as meias
pedi cancelamento, aprova pfv
cancela o pedido 8123456
quero anular a compra
já cancelou?
"""

DATA["ship_time"] = """
quando vão enviar
quando vocês postam meu pedido
já enviaram meu pedido?
paguei faz 3 dias, quando envia
por que ainda não foi enviado
quando sai meu pedido
tá aguardando envio, quando sai
envia hoje?
ainda não postaram?
quando vou receber o código de rastreio
faz uma semana e não enviaram
paguei o expresso e ainda não enviou
quando despacham
já paguei, envia logo pfv
meu pedido tá em processamento, quando sai
qual a data de envio do meu pedido
"""

DATA["order_status"] = """
cadê meu pedido
onde está meu pedido
rastreio?
me passa o código de rastreio
o rastreio não atualiza
o rastreio não funciona
meu pedido tá parado na alfândega
onde está meu pacote agora
qual o status do meu pedido
o rastreio diz em trânsito, onde tá
tá parado em curitiba faz 5 dias
já chegou no brasil?
tá fiscalizado, o que significa
o pacote saiu do centro de distribuição?
me diz onde tá meu pedido LP00123456789CN
alguma atualização do meu pacote?
cadê minha encomenda
"""

DATA["not_received"] = """
não recebi meu pedido
nunca chegou
não chegou ainda, já passou o prazo
o rastreio diz entregue mas não recebi
consta entregue mas não tá aqui
meu pacote sumiu
acho que o pacote foi extraviado
já faz 60 dias e nada
o prazo acabou e não recebi
o carteiro nunca veio
devolveram pro remetente, não recebi
não recebi nada
meu pedido não chegou
entregaram no endereço errado
alguém assinou que não fui eu
ainda esperando, já são 2 meses
"""

DATA["quality_issue"] = """
chegou quebrado
veio com defeito
o zíper quebrou
a sola descolou
parou de funcionar
não liga
a tela chegou trincada
tem um furo na blusa
desbotou na primeira lavagem
encolheu depois de lavar
a bateria não carrega
um lado do fone não funciona
a costura abriu
o produto tá com cheiro forte
vazou tudo na caixa
o salto quebrou
"""

DATA["wrong_item"] = """
veio errado
não é o que eu pedi
mandaram o tamanho errado
pedi preto e veio branco
cor errada
veio outro produto
não é igual ao anúncio
diferente da foto
falta peça
veio só um pé
pedi 3 e vieram 2
o carregador não veio na caixa
veio o pedido de outra pessoa
modelo diferente
a caixa veio vazia
veio incompleto
"""

DATA["return_refund"] = """
quero devolver
quero reembolso
quero meu dinheiro de volta
como faço a devolução
qual a política de devolução
posso devolver se não servir
aceita devolução?
tem 7 dias pra devolver?
quero devolver a bota
não gostei, quero devolver
reembolsa pfv
quero reembolso parcial pelo defeito
dá pra ter reembolso sem devolver?
quero estornar a compra
quero o dinheiro de volta, não serviu
como pedir reembolso
"""

DATA["exchange"] = """
quero trocar o tamanho
posso trocar por um número maior
dá pra trocar por outra cor
troca por M pfv
ficou pequeno, quero trocar
vocês fazem troca?
como faço a troca
quero trocar por outro modelo
prefiro troca, não reembolso
manda outro no lugar do quebrado
troca o defeituoso por um novo
ficou grande, troca por um menor
quero trocar o 37 pelo 38
a troca demora quanto
a troca é grátis?
"""

DATA["refund_status"] = """
cadê meu reembolso
quando cai o reembolso
não recebi o reembolso
quando o dinheiro volta pro cartão
o reembolso foi aprovado mas não caiu
quanto tempo demora o estorno
o estorno ainda não apareceu
já fizeram o reembolso?
devolvi há 3 semanas e nada do reembolso
meu reembolso tá pendente
o reembolso veio faltando
cancelei e ainda não devolveram o dinheiro
me manda o comprovante do estorno
quando vou receber meu dinheiro
faz 10 dias e nada do estorno
"""

DATA["return_shipping"] = """
quem paga o frete da devolução
pra onde eu mando de volta
qual o endereço de devolução
tenho que pagar pra devolver?
manda a etiqueta de devolução
a devolução é grátis?
quanto custa devolver
vocês pagam o frete da troca?
tenho que mandar pra china?
posso postar nos correios?
tem código de postagem reversa?
já postei a devolução, segue o rastreio
o frete de volta é mais caro que o produto
foi erro de vocês, vocês pagam o frete de volta?
preciso mandar na caixa original?
"""

DATA["dispute"] = """
abri uma disputa
vou abrir uma disputa
abri reclamação na plataforma
aceita a disputa pfv
por que recusaram minha disputa
quero escalar a disputa
a disputa ainda está aberta
posso fechar a disputa
fecho a disputa se reembolsar
abri contestação no cartão
vou pedir chargeback
abri reclamação no paypal
respondam minha disputa
abri disputa por engano, como cancelo
a plataforma tá analisando minha disputa
"""

DATA["complaint"] = """
que absurdo
péssimo atendimento
pior loja
vocês são golpistas
isso é golpe
vou denunciar vocês
vou deixar avaliação negativa
vou dar 1 estrela
ninguém responde
vocês nunca respondem
vou reclamar no reclame aqui
que falta de respeito
estou muito irritado
vocês mentiram pra mim
nunca mais compro aqui
atendimento horrível
"""

DATA["review"] = """
como deixo avaliação
posso editar minha avaliação
quero mudar minha nota
como apago minha avaliação
ganho algo se avaliar?
tem cupom por avaliação com foto?
avaliei, cadê meu brinde
como coloco foto na avaliação
minha avaliação não aparece
não consigo avaliar
até quando posso avaliar
dei 3 estrelas sem querer, dá pra mudar?
quando chegar eu avalio bem
como avalio o vendedor
"""

DATA["human_agent"] = """
quero falar com um atendente
quero falar com uma pessoa
atendente humano pfv
pessoa real por favor
você é robô? quero um humano
me passa pra um atendente
quero falar com o gerente
chama alguém de verdade
não quero falar com robô
tem alguém real pra me ajudar?
transfere pra um humano
atendente
quero falar com o vendedor direto
o bot não entende, quero uma pessoa
"""

DATA["thanks_bye"] = """
obrigado
obrigada
obg
vlw
valeu
muito obrigado
ok obrigado
tchau
até mais
beleza, obrigado
show, valeu
entendi, obrigado
ok
blz
perfeito, obrigada
brigado
👍
"""

DATA["other"] = """
você é um robô?
como crio uma conta
esqueci minha senha
como mudo o email da conta
não consigo entrar na conta
conta uma piada
qual seu nome
que horas são aí
vai chover hoje?
kkkkk
teste
?
como viro vendedor
vocês estão contratando?
qual o horário de atendimento
mandei mensagem errada, desculpa
quem ganhou o jogo ontem
"""
