"""Common Danish first names: a person the attendee list does not name is still a person.

Minutes of small boards often list nobody, or list full names and then write "Poul medbringer
brunch", "Chris og Martin tager et bygningssyn", "Birthe vil gerne gennemgå …". A capitalised
word before a verb in the present is a person only where something says so (a plural noun
ends in "-er" too: "Diverse regninger"); a first name common in Denmark says so. Names that are
also everyday words at the head of a sentence ("Hans" = his, "Per" = by, "Tom" = empty) are
left out.

Pure module: no Flask, no database.
"""

from __future__ import annotations

_NAMES = """
aase agnete aksel albert alberte alex alexander alfred alice allan amalie anders andreas
ane anette anita anja anna anne annette anni ansgar anton arne asger asta astrid axel bent
benny berit bettina birgit birgitte birte birthe bjarne bodil brian britt britta brian
camilla carina carl carsten casper charlotte chris christian christina christine claus
connie dan dennis ditte dorit dorte dorthe ebbe edith egon eigil einar ejner elin elisabeth
ella ellen elna else emil emilie emma erik erling ernst esben eva ferdinand finn flemming
frank frederik freja frida gert gitte gorm grete gudrun gunnar gustav hanne hans-erik harald
heidi helen helena helene helga helle helmer henning henrik henny herdis holger ib ida inge
inger ingrid irene irma iben jacob jakob jan jane janne jannik jeanette jens jeppe jesper
jette jimmy joachim johan johanne johannes john jonas jonathan jytte jørgen jørn kaj kamilla
karen kari karin karina karl karsten kasper katrine kenneth kenn kim kirsten kirstine kjeld
klaus knud kristian kristina kristine lars laura lea leif lene lis lisa lisbeth lise lone
lotte louise lukas maja malene mads magnus maria marianne marie martin mathias mette michael
mie mikael mikkel mogens mona morten nanna niels nikolaj nils nina ninna ole oliver otto palle
pernille peter pia poul preben rasmus rikke rita robert rune ruth sally sanne sara sebastian
signe simon sofie solveig steen steffen stig susanne susi svend søren thea thomas thor tina
tine tobias tommy tonny torben tove trine troels ulla ulrik ulrikke uffe vagn valdemar
vibeke victor viggo vilhelm villy william winnie yvonne
aage adam agnes ahmad ali alma anne-marie annie asbjørn benedikte bente birgitta bjørn
bolette cecilie christel christoffer clara conrad dagmar daniel david edel elias ellinor elly
elsebeth erna eskild esther frode georg gerda grethe gunhild hanna hanne-lise hedvig helge
henriette herluf hilda hugo inga ingeborg inge-lise ingelise ivan jenny jonny josefine julie
karoline kathrine katja kennet klara kristoffer kurt lasse lauritz lennart linda lisbet lisette
lucas lykke maiken majbritt margit margrethe marlene merete mia mille nadia naja nancy nicolai
niklas nicklas noah olga ove patrick peder philip ragnhild randi rebecca rené rigmor rolf
sabrina sidsel sigrid sigurd silje sine sofia sten stine sune susan sussie tanja tenna theis
thorkild thorvald tilde tim torsten verner vivi vivian werner åge
"""
FIRST_NAMES = frozenset(_NAMES.split())


def is_first_name(name: str) -> bool:
    """The name's first word is a common Danish first name ("Poul", "Birthe Lund")."""
    first = name.split()[0] if name.split() else ""
    return first[:1].isupper() and first.lower() in FIRST_NAMES
