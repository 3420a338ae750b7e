import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileInbox, isWorkshopFileName, workshopFilesIn } from '../../../main/desktop/os-files';

describe('the workshop files the system hands the app', () => {
  it('takes .vsw.json files from the command line and leaves Electron’s own arguments alone', () => {
    const argv = ['/opt/Value Stream Workshop/value-stream-workshop', '--no-sandbox', '/home/ana/Pump line.vsw.json', 'notes.txt'];
    expect(workshopFilesIn(argv, '/home/ana')).toEqual(['/home/ana/Pump line.vsw.json']);
  });

  it('takes the short .vsw name too, as Windows and macOS hand it over, and nothing else that merely contains it', () => {
    expect(workshopFilesIn(['C:\\App\\vsw.exe', 'D:\\Plans\\Pump line.VSW'], 'C:\\')).toHaveLength(1);
    expect(workshopFilesIn(['app', '/p/a.vsw', '/p/a.vsw.json.bak', '/p/a.vswx', '/p/vsw'], '/')).toEqual(['/p/a.vsw']);
    expect(isWorkshopFileName('Order to cash.vsw.json')).toBe(true);
    expect(isWorkshopFileName('Order to cash.json')).toBe(false);
  });

  it('resolves a relative name against the folder the second start was run in', () => {
    expect(workshopFilesIn(['electron', '.', 'plans/Order.VSW.JSON'], '/work')).toEqual([path.resolve('/work', 'plans/Order.VSW.JSON')]);
  });

  it('opens a file named twice once, and finds none in a plain start', () => {
    expect(workshopFilesIn(['app', 'a.vsw.json', './a.vsw.json'], '/w')).toEqual([path.resolve('/w/a.vsw.json')]);
    expect(workshopFilesIn(['app'], '/w')).toEqual([]);
    expect(workshopFilesIn(['app', '--open=x.vsw.json', 'workshop.json'], '/w')).toEqual([]);
  });
});

describe('files that arrive before the app is ready (macOS open-file)', () => {
  it('wait until the app can open them, then each is opened once, in order', () => {
    const inbox = createFileInbox();
    const opened: string[] = [];
    inbox.receive('/a.vsw.json');
    inbox.receive('/b.vsw.json');
    inbox.receive('/a.vsw.json');
    expect(opened).toEqual([]);
    inbox.openWith((file) => opened.push(file));
    expect(opened).toEqual(['/a.vsw.json', '/b.vsw.json']);
    inbox.receive('/c.vsw.json');
    expect(opened).toEqual(['/a.vsw.json', '/b.vsw.json', '/c.vsw.json']);
  });
});
