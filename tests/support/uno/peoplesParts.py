"""
Plays the colleague who opens a KPI Tree workbook in LibreOffice Calc and adds what the
tool does not own: a data sheet with a defined name and a comment, a dashboard with a
chart and an image, a pivot table, a password-protected sheet, a hidden sheet, and
(when asked) protection on one of the tool's own sheets. Saves as .xlsx.

Also reports what LibreOffice sees in a workbook (charts, images, pivot tables,
protection, hidden sheets, names, comments) as JSON, to prove a file is still whole.

    python3 peoplesParts.py add IN.xlsx OUT.xlsx IMAGE.png [--protect SHEET] [--chart-on SHEET]
    python3 peoplesParts.py inspect IN.xlsx

--protect protects one of the tool's sheets (with a password); --chart-on puts a second
chart on one of the tool's sheets, beside its cells.

Runs its own headless soffice with a fresh profile (argument KPI_TREE_SOFFICE or soffice
on PATH) and talks to it over a pipe with Python-UNO (Debian: python3-uno).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.awt import Rectangle, Size, Point
from com.sun.star.table import CellRangeAddress, CellAddress


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def start_office():
    soffice = os.environ.get("KPI_TREE_SOFFICE") or shutil.which("soffice") or "soffice"
    profile = tempfile.mkdtemp(prefix="kpi-tree-uno-")
    pipe = "kpitree_uno_%d" % os.getpid()
    proc = subprocess.Popen(
        [
            soffice,
            "-env:UserInstallation=file://" + profile,
            "--headless",
            "--invisible",
            "--norestore",
            "--nolockcheck",
            "--nodefault",
            "--nologo",
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 90
    while True:
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            if time.time() > deadline or proc.poll() is not None:
                proc.kill()
                raise RuntimeError("soffice did not accept a connection")
            time.sleep(0.3)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    return proc, profile, ctx, desktop


def stop_office(proc, profile, desktop):
    try:
        desktop.terminate()
    except Exception:
        pass
    try:
        proc.wait(timeout=30)
    except Exception:
        proc.kill()
    shutil.rmtree(profile, ignore_errors=True)


def url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def load(desktop, path):
    doc = desktop.loadComponentFromURL(url(path), "_blank", 0, (prop("Hidden", True),))
    if doc is None:
        raise RuntimeError("LibreOffice could not open " + path)
    return doc


def add_parts(doc, image, protect, chart_on):
    sheets = doc.Sheets
    count = sheets.Count
    sheets.insertNewByName("Data", count)
    data = sheets.getByName("Data")
    rows = [("Region", "Month", "Amount"), ("East", "Jan", 120), ("West", "Jan", 80), ("East", "Feb", 150), ("West", "Feb", 95)]
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            cell = data.getCellByPosition(c, r)
            if isinstance(v, str):
                cell.String = v
            else:
                cell.Value = v
    data.getCellByPosition(4, 0).Formula = "=SUM(C2:C5)"
    doc.Sheets.getByName("Data").Annotations.insertNew(CellAddress(data.RangeAddress.Sheet, 0, 0), "Figures from the sales system")

    doc.NamedRanges.addNewByName("SalesFigures", "$Data.$A$1:$C$5", CellAddress(data.RangeAddress.Sheet, 0, 0), 0)

    sheets.insertNewByName("Dashboard", count + 1)
    dash = sheets.getByName("Dashboard")
    dash.getCellByPosition(0, 0).String = "Sales dashboard"
    rect = Rectangle(1000, 1000, 12000, 7000)
    area = CellRangeAddress(data.RangeAddress.Sheet, 1, 0, 2, 4)
    dash.Charts.addNewByName("SalesChart", rect, (area,), True, True)
    shape = doc.createInstance("com.sun.star.drawing.GraphicObjectShape")
    provider = CTX.ServiceManager.createInstanceWithContext("com.sun.star.graphic.GraphicProvider", CTX)
    graphic = provider.queryGraphic((prop("URL", url(image)),))
    shape.Graphic = graphic
    dash.DrawPage.add(shape)
    shape.setSize(Size(3000, 3000))
    shape.setPosition(Point(14000, 1000))

    sheets.insertNewByName("Pivot", count + 2)
    pivot = sheets.getByName("Pivot")
    descriptor = pivot.DataPilotTables.createDataPilotDescriptor()
    descriptor.SourceRange = CellRangeAddress(data.RangeAddress.Sheet, 0, 0, 2, 4)
    fields = descriptor.DataPilotFields
    region = fields.getByIndex(0)
    region.Orientation = uno.Enum("com.sun.star.sheet.DataPilotFieldOrientation", "ROW")
    amount = fields.getByIndex(2)
    amount.Orientation = uno.Enum("com.sun.star.sheet.DataPilotFieldOrientation", "DATA")
    amount.Function = uno.Enum("com.sun.star.sheet.GeneralFunction", "SUM")
    pivot.DataPilotTables.insertNewByName("SalesPivot", CellAddress(pivot.RangeAddress.Sheet, 0, 0), descriptor)

    sheets.insertNewByName("Locked", count + 3)
    locked = sheets.getByName("Locked")
    locked.getCellByPosition(0, 0).String = "Approved budget"
    locked.getCellByPosition(1, 0).Value = 5000000
    locked.protect("secret")

    sheets.insertNewByName("Hidden", count + 4)
    hidden = sheets.getByName("Hidden")
    hidden.getCellByPosition(0, 0).String = "Working notes"
    hidden.IsVisible = False

    if chart_on:
        host = sheets.getByName(chart_on)
        host.Charts.addNewByName("ToolSheetChart", Rectangle(30000, 1000, 9000, 6000), (area,), True, True)

    if protect:
        sheets.getByName(protect).protect("secret")


def inspect(doc):
    out = {"sheets": [], "names": sorted(doc.NamedRanges.ElementNames)}
    for i in range(doc.Sheets.Count):
        s = doc.Sheets.getByIndex(i)
        graphics = 0
        for k in range(s.DrawPage.Count):
            if s.DrawPage.getByIndex(k).ShapeType == "com.sun.star.drawing.GraphicObjectShape":
                graphics += 1
        out["sheets"].append(
            {
                "name": s.Name,
                "visible": bool(s.IsVisible),
                "protected": bool(s.isProtected()),
                "charts": list(s.Charts.ElementNames),
                "images": graphics,
                "pivots": list(s.DataPilotTables.ElementNames),
                "comments": s.Annotations.Count,
            }
        )
    return out


def save_xlsx(doc, path):
    doc.storeToURL(url(path), (prop("FilterName", "Calc MS Excel 2007 XML"),))


CTX = None


def main(argv):
    global CTX
    command = argv[1]
    proc, profile, ctx, desktop = start_office()
    CTX = ctx
    try:
        doc = load(desktop, argv[2])
        try:
            if command == "add":
                options = dict(zip(argv[5::2], argv[6::2]))
                add_parts(doc, argv[4], options.get("--protect"), options.get("--chart-on"))
                save_xlsx(doc, argv[3])
            elif command == "inspect":
                print(json.dumps(inspect(doc)))
            else:
                raise RuntimeError("unknown command " + command)
        finally:
            doc.close(True)
    finally:
        stop_office(proc, profile, desktop)


if __name__ == "__main__":
    main(sys.argv)
