"""
Plays the colleague who changes how sheets print in LibreOffice Calc (Format > Page
Style): the orientation and the margins of a sheet's page style, or a sheet of their
own with a page style of its own. Saves as .xlsx.

    python3 pageSetup.py edit IN.xlsx OUT.xlsx EDITS.json

EDITS.json is a list of {"sheet": NAME, "create": bool, "orientation": "portrait" |
"landscape", "marginsMm": {"left": .., "right": .., "top": .., "bottom": ..}}. A sheet
created gets a cell of text, so that it prints.

Runs its own headless soffice with a fresh profile, as peoplesParts.py does.
"""
import json
import sys


from peoplesParts import load, save_xlsx, start_office, stop_office


def edit(doc, edits):
    for e in edits:
        sheets = doc.Sheets
        if e.get("create"):
            sheets.insertNewByName(e["sheet"], sheets.Count)
            sheet = sheets.getByName(e["sheet"])
            sheet.getCellByPosition(0, 0).String = "Notes of my own"
            styles = doc.StyleFamilies.getByName("PageStyles")
            name = "Mine_" + e["sheet"]
            styles.insertByName(name, doc.createInstance("com.sun.star.style.PageStyle"))
            sheet.PageStyle = name
        sheet = sheets.getByName(e["sheet"])
        style = doc.StyleFamilies.getByName("PageStyles").getByName(sheet.PageStyle)
        if "orientation" in e:
            landscape = e["orientation"] == "landscape"
            width, height = style.Width, style.Height
            style.IsLandscape = landscape
            if (width > height) != landscape:
                style.Width, style.Height = height, width
        for side, mm in e.get("marginsMm", {}).items():
            setattr(style, side.capitalize() + "Margin", int(round(mm * 100)))


def main(argv):
    proc, profile, ctx, desktop = start_office()
    try:
        doc = load(desktop, argv[2])
        try:
            if argv[1] != "edit":
                raise RuntimeError("unknown command " + argv[1])
            with open(argv[4], encoding="utf-8") as f:
                edit(doc, json.load(f))
            save_xlsx(doc, argv[3])
        finally:
            doc.close(True)
    finally:
        stop_office(proc, profile, desktop)


if __name__ == "__main__":
    main(sys.argv)
