<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that Debian's qtbase_ja catalogue (Qt 6.4) lacks: the file dialog's
     "Type" column reads them from QAbstractFileIconProvider, a context that catalogue does not
     have yet. Not managed by lupdate: these are Qt's sources, not IoT Desk's. -->
<TS version="2.1" language="ja_JP">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダ</translation>
    </message>
</context>
</TS>
