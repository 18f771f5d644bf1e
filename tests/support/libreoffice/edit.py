"""Edits a workbook in LibreOffice Calc as a person would, and saves it as .xlsx.

Usage: python3 edit.py PROGRAM_DIR PROFILE_DIR IN.xlsx OUT.xlsx OPS.json

PROGRAM_DIR is LibreOffice's program folder (where uno.py lives); PROFILE_DIR a fresh
user profile. OPS is a JSON list of edits, each on a sheet named by `sheet`:
  {"op": "insertColumn", "at": 3}            insert an empty column before column 3 (1-based)
  {"op": "deleteColumn", "at": 3}
  {"op": "hideColumn", "at": 3}
  {"op": "moveColumn", "from": 9, "to": 3}   cut column 9 and insert it before column 3
  {"op": "insertRow", "at": 5}
  {"op": "set", "row": 5, "col": 2, "value": "text" | 12.5}
  {"op": "rename", "name": "W50 review"}
"""
import json
import os
import subprocess
import sys
import time


def main():
    program, profile, source, target, ops_file = sys.argv[1:6]
    sys.path.insert(0, program)
    import uno  # noqa: E402  (LibreOffice's own bridge, found in its program folder)
    from com.sun.star.beans import PropertyValue  # noqa: E402
    from com.sun.star.table import CellAddress, CellRangeAddress  # noqa: E402

    def prop(name, value):
        p = PropertyValue()
        p.Name = name
        p.Value = value
        return p

    with open(ops_file, encoding="utf-8") as f:
        ops = json.load(f)
    pipe = "kpitree%d" % os.getpid()
    soffice = os.path.join(program, "soffice")
    proc = subprocess.Popen(
        [soffice, "-env:UserInstallation=" + uno.systemPathToFileUrl(profile), "--headless", "--invisible",
         "--norestore", "--nolockcheck", "--nologo", "--nodefault", "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        deadline = time.time() + 90
        while ctx is None:
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            except Exception:
                if time.time() > deadline or proc.poll() is not None:
                    raise SystemExit("could not reach soffice")
                time.sleep(0.2)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True),))
        if doc is None:
            raise SystemExit("could not open " + source)
        for op in ops:
            sheets = doc.Sheets
            if not sheets.hasByName(op["sheet"]):
                raise SystemExit("no sheet " + op["sheet"])
            sheet = sheets.getByName(op["sheet"])
            kind = op["op"]
            if kind == "insertColumn":
                sheet.Columns.insertByIndex(op["at"] - 1, 1)
            elif kind == "deleteColumn":
                sheet.Columns.removeByIndex(op["at"] - 1, 1)
            elif kind == "hideColumn":
                sheet.Columns.getByIndex(op["at"] - 1).IsVisible = False
            elif kind == "moveColumn":
                source_col, to = op["from"] - 1, op["to"] - 1
                sheet.Columns.insertByIndex(to, 1)
                if to <= source_col:
                    source_col += 1
                index = sheet.RangeAddress.Sheet
                whole = CellRangeAddress(index, source_col, 0, source_col, 1048575)
                sheet.moveRange(CellAddress(index, to, 0), whole)
                sheet.Columns.removeByIndex(source_col, 1)
            elif kind == "insertRow":
                sheet.Rows.insertByIndex(op["at"] - 1, 1)
            elif kind == "set":
                cell = sheet.getCellByPosition(op["col"] - 1, op["row"] - 1)
                if isinstance(op["value"], str):
                    cell.setString(op["value"])
                else:
                    cell.setValue(op["value"])
            elif kind == "rename":
                sheet.setName(op["name"])
            else:
                raise SystemExit("unknown edit " + kind)
        doc.calculateAll()
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            proc.wait(timeout=30)
        except Exception:
            proc.kill()


main()
