# ruff: noqa: E501 - a source line is a paragraph of a referat, as long as it is in one
"""Build the Word, PDF and web-page referater of the corpus from their sources below.

    .venv/bin/python tests/data/referater/make_corpus.py

The referater are invented, written in the shapes Danish municipal systems produce
(FirstAgenda, eDoc, Acadre, plain Word); the .md and .txt files and every expected
``*.json`` are written by hand. The generated files are committed, so tests never run this.

A source is Markdown-like, one block a line: ``#``/``##``/``###`` headings, ``**bold**``
paragraphs, ``- `` bullets, ``1. `` numbered items, ``| a | b |`` table rows (a cell
``{x; y}`` holds a nested table of one column), ``>>`` a page break, ``~`` a blank gap.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
from fpdf import FPDF

HERE = Path(__file__).parent
FONT = Path("/usr/share/fonts/truetype/dejavu")

SOURCES: dict[str, dict] = {}


def source(name: str, text: str, **options) -> None:
    SOURCES[name] = {"text": text.strip("\n"), **options}


# ---------------------------------------------------------------------------- Word


def _cell_text(cell, value: str) -> None:
    nested = re.fullmatch(r"\{(.*)\}", value.strip())
    if not nested:
        cell.text = value.strip()
        return
    cell.text = ""
    parts = [p.strip() for p in nested.group(1).split(";")]
    table = cell.add_table(rows=len(parts), cols=1)
    for row, part in zip(table.rows, parts, strict=True):
        row.cells[0].text = part


def to_docx(text: str, header: str | None = None, **_) -> bytes:
    document = docx.Document()
    if header:
        section = document.sections[0]
        section.header.is_linked_to_previous = False
        section.header.paragraphs[0].text = header
    rows: list[list[str]] = []

    def flush_table() -> None:
        if not rows:
            return
        width = max(len(r) for r in rows)
        table = document.add_table(rows=len(rows), cols=width)
        for tr, values in zip(table.rows, rows, strict=True):
            for index, value in enumerate(values):
                _cell_text(tr.cells[index], value)
        rows.clear()

    for line in text.splitlines():
        line = line.rstrip()
        if line.startswith("|"):
            rows.append([c for c in line.strip("|").split("|")])
            continue
        flush_table()
        if not line or line in (">>", "~"):
            continue
        if m := re.match(r"^(#{1,3}) (.*)$", line):
            document.add_heading(m.group(2), 0 if len(m.group(1)) == 1 else len(m.group(1)) - 1)
        elif m := re.match(r"^\*\*(.*)\*\*$", line):
            document.add_paragraph().add_run(m.group(1)).bold = True
        elif line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        elif m := re.match(r"^\d+\. (.*)$", line):
            document.add_paragraph(m.group(1), style="List Number")
        else:
            document.add_paragraph(line)
    flush_table()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------------------- PDF


class _Pdf(FPDF):
    running: str | None = None

    def header(self):
        if self.running:
            self.set_font("dv", "", 8)
            self.cell(0, 5, self.running, new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

    def footer(self):
        if self.running:
            self.set_y(-15)
            self.set_font("dv", "", 8)
            self.cell(0, 5, f"Side {self.page_no()} af {{nb}}", align="R")


def to_pdf(text: str, running: str | None = None, heading_width: int = 0, **_) -> bytes:
    pdf = _Pdf()
    pdf.running = running
    pdf.add_font("dv", fname=str(FONT / "DejaVuSans.ttf"))
    pdf.add_font("dv", style="B", fname=str(FONT / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def para(value: str, size: float = 10.5, style: str = "", width: float = 0, gap: float = 2):
        pdf.set_font("dv", style, size)
        pdf.multi_cell(width, size * 0.5, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    for line in text.splitlines():
        line = line.rstrip()
        if not line:
            continue
        if line == ">>":
            pdf.add_page()
        elif line == "~":
            pdf.ln(4)
        elif m := re.match(r"^(#{1,3}) (.*)$", line):
            size = {1: 16, 2: 12, 3: 10.5}[len(m.group(1))]
            para(m.group(2), size, "B", heading_width if len(m.group(1)) == 2 else 0, 3)
        elif m := re.match(r"^\*\*(.*)\*\*$", line):
            para(m.group(1), style="B")
        elif line.startswith("- "):
            para("• " + line[2:], gap=1)
        elif line.startswith("|"):
            cells = [re.sub(r"^\{(.*)\}$", r"\1", c.strip()) for c in line.strip("|").split("|")]
            cells = [c.replace(";", ",") for c in cells]
            pdf.set_font("dv", "", 10.5)
            pdf.cell(40, 6, cells[0])
            pdf.multi_cell(0, 6, "  ".join(cells[1:]), new_x="LMARGIN", new_y="NEXT")
        else:
            para(line)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------- HTML


def to_html(text: str, labels_apart: bool = False, encoding: str = "utf-8", **_) -> bytes:
    out = [
        "<!DOCTYPE html>",
        f'<html lang="da"><head><meta charset="{encoding}"><title>Referat</title>',
        "<style>body{font-family:sans-serif}</style><script>var x = '<p>nej</p>';</script>",
        "</head><body>",
        '<nav><ul><li><a href="/">Forside</a></li><li><a href="/politik">Politik</a></li>'
        "</ul></nav><main>",
    ]
    open_list = None
    for line in text.splitlines():
        line = line.rstrip()
        kind = "ul" if line.startswith("- ") else "ol" if re.match(r"^\d+\. ", line) else None
        if open_list and kind != open_list:
            out.append(f"</{open_list}>")
            open_list = None
        if not line or line in (">>", "~"):
            continue
        if kind and not open_list:
            out.append(f"<{kind}>")
            open_list = kind
        if m := re.match(r"^(#{1,3}) (.*)$", line):
            n = len(m.group(1))
            out.append(f"<h{n}>{m.group(2)}</h{n}>")
        elif m := re.match(r"^\*\*(.*)\*\*$", line):
            out.append(f"<p><strong>{m.group(1)}</strong></p>")
        elif kind:
            item = re.sub(r"^(?:- |\d+\. )", "", line)
            out.append(f"<li>{item}</li>")
        elif line.startswith("|"):
            cells = "".join(f"<td>{c.strip()}</td>" for c in line.strip("|").split("|"))
            out.append(f"<table><tr>{cells}</tr></table>")
        elif labels_apart and (m := re.match(r"^([A-ZÆØÅ][\w. -]{1,25}):\s+(.*)$", line)):
            out.append(
                f'<div class="label">{m.group(1)}</div><div class="value">{m.group(2)}</div>'
            )
        else:
            out.append(f"<p>{line}</p>")
    if open_list:
        out.append(f"</{open_list}>")
    out.append("</main><footer><p>Kommunen · Rådhuspladsen 1</p></footer></body></html>")
    return "\n".join(out).encode(encoding)


# ---------------------------------------------------------------------------- the sources

source(
    "tmu-2026-03-04.docx",
    """
# Teknik- og Miljøudvalget – Referat – 4. marts 2026
| Dato | Onsdag den 4. marts 2026 |
| Tid | 15:00-17:30 |
| Sted | Mødelokale 2, Rådhuset |
| Medlemmer | Anne Kirstine Dahl, Bo Jessen, Camilla Frost, Dennis Aagaard, Eva Lund |
| Afbud | Dennis Aagaard |
## 1. Godkendelse af dagsorden
**Beslutning**
Dagsordenen blev godkendt.
## 2. Trafikplan for bymidten
Sagsnr.: 05.01.00-P20-1-25
**Indstilling**
Forvaltningen indstiller, at udvalget godkender, at der udarbejdes en trafikplan.
**Sagsfremstilling**
Trafikken i bymidten er steget med 12 procent siden 2023. Planen skal udarbejdes i samarbejde med politiet.
**Beslutning**
Udvalget godkendte indstillingen. Forvaltningen udarbejder en trafikplan for bymidten inden sommerferien.
Borgermødet om planen afholdes i uge 38.
## 3. Ny affaldsordning for sommerhuse
Sagsnr.: 07.00.00-G01-3-26
**Beslutning**
Udkastet sendes i høring i grundejerforeningerne med frist den 15. april 2026.
Eva Lund vil vende tilbage med en vurdering af økonomien til næste møde.
""",
)

source(
    "byraad-2026-02-24.pdf",
    """
# Byrådet - Referat
Mødedato: 24. februar 2026
Tidspunkt: 17:00
Mødested: Byrådssalen
Fraværende: Mikkel Brandt
## 214. Godkendelse af låneoptagelse og kommunegaranti for forsyningens nye renseanlæg
S2025-1187
**Beslutninger**
Byrådet godkendte indstillingen. Økonomiafdelingen sender lånedokumenterne til underskrift senest den 6. marts 2026.
**Sagsfremstilling**
Forsyningen har ansøgt om kommunegaranti for et lån på 45 mio. kr.
**Beslutning i Økonomiudvalget den 10. februar 2026**
Anbefales. Forvaltningen skal udarbejde en oversigt over garantierne til byrådet.
## 215. Status på budget 2026 og budgetproces for 2027
S2026-0042
**Beslutninger**
Taget til efterretning. Borgmesteren gav en status på budgetforhandlingerne.
Budgetprocessen for 2027 fremlægges for byrådet i april.
## 216. Tilbagesendelse af lokalplan for Havnefronten
S2025-0930
**Beslutninger**
Tilbagesendes til Teknik- og Miljøudvalget.
""",
    heading_width=90,
)

source(
    "hoved-med-2026-04-08.docx",
    """
# Referat fra mødet i Hoved-MED den 8. april 2026
| Tidspunkt | Kl. 9.00-11.00 |
| Mødested | Kantinen, Rådhuset |
| Deltagere | Lise Holm (formand), Jens Vinther, Karen Mølgaard, Omar Haddad, Pia Riis |
| Fraværende | Omar Haddad |
Pkt. 1 Godkendelse af referat fra sidste møde
**Konklusion:**
Referatet blev godkendt.
Pkt. 2 Trivselsmåling 2026
Journalnr.: 81.00.00-A00-2-26
**Baggrund:**
Trivselsmålingen gennemføres hvert andet år.
**Konklusion:**
Det blev besluttet, at:
- HR udarbejder et spørgeskema inden udgangen af maj
- Karen Mølgaard indkalder til dialogmøder i efteråret
Pkt. 3 Politik for hjemmearbejde
**Konklusion:**
Jens Vinther gav en status på arbejdet. Politikken ajourføres og fremlægges på næste møde.
""",
)

source(
    "skolebestyrelsen-2026-05-12.html",
    """
Referat
SKOLEBESTYRELSEN
Skolebestyrelsen holdt møde den 12. maj 2026 kl. 17:00 i Personalerummet, Nordskolen.
Til stede: Maja Kragh, Peter Skov, Sofie Brandt, Thomas Lind
Afbud fra: Ida Juhl
### 1. Skolens budget
Skoleleder Thomas Lind gennemgik budgettet. Peter Skov udarbejder et forslag til fordeling af midlerne til næste møde.
### 2. Trafiksikkerhed ved skolen
Bestyrelsen skriver til kommunen om en fodgængerovergang. Maja Kragh sender brevet inden 1. juni 2026.
### 3. Eventuelt
Intet.
""",
)

source(
    "oekonomiudvalget-2026-03-16.html",
    """
# Økonomiudvalget - Referat
Mødedato: 16. marts 2026
Mødetidspunkt: 15:00
Mødested: Udvalgsværelse 1
Afbud: Rasmus Kjær
## 1. Budgetopfølgning pr. 28. februar 2026
Sagsnr.: 00.30.00-S00-3-26
Beslutning: Økonomiudvalget tog orienteringen til efterretning. Direktionen skal udarbejde en plan for at nedbringe merforbruget på det specialiserede socialområde inden 1. maj 2026.
Indstilling: Direktionen indstiller, at orienteringen tages til efterretning.
## 2. Salg af grunde i Nørreby
Sagsnr.: 02.34.02-P19-1-25
Beslutning: Godkendt. Ejendomsafdelingen annoncerer grundene til salg i uge 16.
""",
    labels_apart=True,
)

source(
    "bue-2026-03-10.pdf",
    """
# Børne- og Ungeudvalget
## Referat
Dato: 10. marts 2026
Kl. 16.00
Lokale: M3, Rådhuset
Deltagere: Hanne Bech, Kim Rasmussen, Lotte Friis, Niels Dam, Søren Bak
## 1. Godkendelse af dagsorden
Sags-ID: 26/1034
**Beslutning i Børne- og Ungeudvalget den 10-03-2026:**
Godkendt.
Følgende deltog ikke i behandlingen af punktet:
## 2. Kvalitetsrapport for skoleområdet 2025
Sags-ID: 25/8812
**Indstilling**
Forvaltningen indstiller, at kvalitetsrapporten sendes i høring i skolebestyrelserne.
**Sagsfremstilling**
Kvalitetsrapporten viser fremgang i læsning og fald i fravær. Rapporten er udarbejdet efter bekendtgørelsens regler.
>>
Rapporten skal behandles i byrådet efter høringen.
**Beslutning i Børne- og Ungeudvalget den 10-03-2026:**
Indstillingen blev godkendt. Kvalitetsrapporten sendes i høring i skolebestyrelserne med frist ultimo april.
Forvaltningen følger op på fraværet på de tre skoler med højest fravær.
Følgende deltog ikke i behandlingen af punktet:
>>
## 3. Orientering om dagtilbudsområdet
Sags-ID: 26/0211
**Beslutning i Børne- og Ungeudvalget den 10-03-2026:**
Orienteringen blev taget til efterretning. Lotte Friis gav en status på pladssituationen.
Følgende deltog ikke i behandlingen af punktet:
""",
    running="Børne- og Ungeudvalget - Referat - 10. marts 2026",
)

ACADRE = """
# Socialudvalget
**REFERAT**
| Mødedato | 21. april 2026 |
| Tidspunkt | 14:00 |
| Mødested | Mødelokale 1, Rådhuset |
| Medlemmer | {Birgitte Hald; Claus Ravn; Dorte Vind; Erik Storm} |
| Afbud | Claus Ravn |
## Sag nr. 12 Handleplan for hjemløse
Sagsnr.: 27.00.00-A00-4-26
**Beslutning i Socialudvalget den 17-03-2026:**
Sagen blev udsat. Forvaltningen skal undersøge mulighederne for flere skæve boliger.
**Beslutning i Socialudvalget den 21-04-2026:**
Handleplanen blev godkendt. Forvaltningen fremlægger en status for handleplanen i 4. kvartal.
Dorte Vind tager initiativ til et dialogmøde med herbergerne i juni.
## Sag nr. 13 Takster for botilbud 2027
Sagsnr.: 27.24.00-S00-1-26
**Beslutning i Socialudvalget den 21-04-2026:**
Oversendes til Økonomiudvalget.
## Sag nr. 14 Lukket punkt: Køb af ejendom
**Beslutning i Socialudvalget den 21-04-2026:**
Godkendt.
"""

source("socialudvalget-acadre-2026-04-21.docx", ACADRE)
source("socialudvalget-acadre-2026-04-21.pdf", ACADRE)

source(
    "kultur-fritid-2026-06-02.pdf",
    """
# Kultur- og Fritidsudvalget - Referat
Tirsdag d. 2. juni 2026.
Tid: 16.30-18.00.
Sted: Biblioteket, mødesalen
Medlemmer: Anders Holt, Berit Sand, Carl Ibsen, Dina Wolff
Ikke til stede: Berit Sand
## Pkt. 45 Godkendelse af tilskud til foreninger i anden halvdel af 2026
Journalnr.: 18.15.00-G01-2-26
Dok.nr. 12345/26
**Beslutning**
Godkendt. Sekretariatet udbetaler tilskuddene i august.
## Pkt. 46 Lukket punkt
**Beslutning**
Godkendt.
## Pkt. 47 Strategi for idrætsfaciliteter
Journalnr.: 18.20.00-P22-1-26
**Beslutning**
Udvalget drøftede strategien. En tidsplan for borgerinddragelsen udestår. Forvaltningen fremlægger tidsplanen på mødet i september.
""",
    heading_width=110,
)

source(
    "lederforum-2026-05-06.docx",
    """
# REFERAT Lederforum d. 06-05-2026
**Mødedato** Onsdag d. 6. maj 2026 kl. 08:30
**Mødested** Sønderø Rådhus, Tingstedet 1+2
| Deltagere | Morten Hoff Grønvald, Charlotte Veilskov, Torben G. M. Benneskov, Selma Mujacic, Karina Pedersen (Fravær) |
# Punkt 1: Ny onboarding for ledere
S2026-118
## Sagens kerne
Nye ledere skal have en bedre start. Direktionen vil vurdere behovet for mentorordninger.
## Aktuel beslutning
### Plenumpunkter
- Charlotte Veilskov udarbejder et udkast til et onboardingprogram til politisk godkendelse i juni 2026
- Torben følger op på mentorordningen medio august
- Morten gav en status på rekrutteringen
""",
    header="Sønderø Kommune · Lederforum",
)

source(
    "klimaudvalget-2026-09-15.htm",
    """
# Klimaudvalget - Referat
Mødedato: 15. september 2026
Kl. 16:00
Mødested: Byrådssalen
Medlemmer: Frida Nørgaard, Gustav Mørk, Hans Ulrik Toft, Iben Sommer
## 1. Meddelelse om fravær
Gustav Mørk har meldt afbud.
## 2. Klimaplan 2030 - status
Sagsnr.: 01.05.00-P15-2-24
Referat:
Status på klimaplanen blev taget til efterretning. Forvaltningen skal opdatere handlingskataloget til mødet i november.
Hans Ulrik Toft og Iben Sommer arrangerer en temadag for byrådet i 1. kvartal 2027.
## 3. Spørgsmål fra udvalget
Referat:
Iben Sommer spurgte til status på ladestanderne. Hvornår kommer de op?
""",
    encoding="windows-1252",
)

# The four below were written after the parser was tuned to the ones above, and first scored
# as they were written (bench/README.md gives that score too).
source(
    "plan-bolig-2026-09-08.pdf",
    """
# Plan- og Boligudvalget - Referat
Mødedato: 8. september 2026
Mødetidspunkt: 16:00
Mødested: Mødelokale Ø1
Fraværende: Ulrik Breum
• 88. Orientering om status på kommuneplanens revision og den videre proces for borgerinddragelse i landdistrikterne
S2026-0456
**Beslutninger**
Orienteringen blev taget til efterretning. Forvaltningen skal indhente tilbud fra mindst tre rådgivere inden 1. oktober 2026.
Sagen genoptages på mødet i november.
**Sagsfremstilling**
Kommuneplanen revideres hvert fjerde år. Byrådet godkendte planstrategien i 2025.
**Tidligere beslutninger**
**Beslutning i Plan- og Boligudvalget den 9. juni 2026**
Forvaltningen bedes udarbejde en tidsplan.
>>
• 89. Lokalplan for boliger ved Engvej
S2026-0512
**Beslutninger**
Udvalget anbefaler lokalplanforslaget. Planforslaget sendes i offentlig høring i 8 uger.
""",
    running="Plan- og Boligudvalget 08-09-2026",
    heading_width=120,
)

source(
    "med-sundhed-2026-03-24.docx",
    """
# MED-udvalget for Sundhed og Omsorg
**Referat**
| Dato | 24. marts 2026 |
| Tidspunkt | 13.00 - 15.00 |
| Sted | Sundhedshuset, lokale 2 |
| Deltagere | Tina Bro, Leif Nørby, Pia Krog, Rune Dahl, Vibeke Holm |
| Afbud | Pia Krog og Leif Nørby |
Dagsordenspunkt 1 – Godkendelse af referat
Referat: Godkendt.
Dagsordenspunkt 2 – Ferieplanlægning 2026
Referat: Det blev aftalt, at ledelsen udarbejder en plan for ferieafviklingen til mødet i maj.
Opfølgning: Rune Dahl sender materialet ud til alle medarbejdere.
Dagsordenspunkt 3 – Eventuelt
Referat: Formanden orienterede om nyt sygefraværsprojekt. Næste møde: 12. maj 2026.
""",
)

source(
    "handicapraadet-2026-10-27.html",
    """
# Handicaprådet
## Referat
| Dato | Tirsdag den 27. oktober 2026 |
| Tid | Kl. 15.00 |
| Sted | Rådhuset, mødelokale 4 |
| Medlemmer | Jonas Friis, Kirsten Vang, Lars Ebbesen, Mona Juhl |
| Fraværende | Lars Ebbesen |
## Punkt 1. Tilgængelighed på kommunens hjemmeside
Sags-ID: 26/22041
### Beslutning
- Rådet ønsker en orientering om den nye hjemmeside på næste møde
- Sekretariatet indkalder til temamøde om tilgængelighed i uge 45
## Punkt 2. Høring om budget 2027
Sags-ID: 26/19877
### Beslutning
Kirsten Vang og Jonas Friis skriver rådets høringssvar senest den 6. november 2026.
""",
)


WRITERS = {".docx": to_docx, ".pdf": to_pdf, ".html": to_html, ".htm": to_html}


def main() -> None:
    scan = FPDF()  # a scanned referat: a page with a picture of text and no text at all
    scan.add_page()
    scan.set_fill_color(230, 230, 230)
    for row in range(30):
        scan.rect(20, 20 + row * 8, 170 - (row % 4) * 20, 4, style="F")
    (HERE / "bad" / "scannet-referat.pdf").write_bytes(bytes(scan.output()))
    for name, spec in SOURCES.items():
        options = {k: v for k, v in spec.items() if k != "text"}
        data = WRITERS[Path(name).suffix](spec["text"], **options)
        (HERE / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
