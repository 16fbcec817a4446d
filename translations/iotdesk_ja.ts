<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>PasswordKeychain</name>
    <message>
        <source>The system keychain did not answer within a minute.</source>
        <translation>システムのキーチェーンが1分以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>システムのキーチェーンを使えませんでした: %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ApplicationImporter</name>
    <message>
        <source>The file has no header line.</source>
        <translation>ファイルに見出し行がありません。</translation>
    </message>
    <message>
        <source>Line 1: unknown column “%1”.</source>
        <translation>1 行目: 不明な列「%1」があります。</translation>
    </message>
    <message>
        <source>Line 1: the column “%1” appears twice.</source>
        <translation>1 行目: 列「%1」が重複しています。</translation>
    </message>
    <message>
        <source>Line 1: the column “%1” is missing.</source>
        <translation>1 行目: 列「%1」がありません。</translation>
    </message>
    <message>
        <source>more fields than the header has</source>
        <translation>見出しより項目数が多くなっています</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (e.g. 2018-05-21 10:15)</source>
        <translation>「%1」は日時ではありません（例: 2018-05-21 10:15）</translation>
    </message>
    <message>
        <source>“%1” is not a size in bytes</source>
        <translation>「%1」はバイト数ではありません</translation>
    </message>
    <message>
        <source>no lead local government</source>
        <translation>代表団体が指定されていません</translation>
    </message>
    <message>
        <source>“%1” in %2 is not yes or no</source>
        <translation>%2 の「%1」は「はい」「いいえ」のいずれでもありません</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation>
            <numerusform>問題が %n 件あるため、何も取り込みませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no application.</source>
        <translation>ファイルに応募が含まれていません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>a field holds a NUL byte (a damaged or binary file)</source>
        <translation>項目に NUL バイトが含まれています（壊れたファイルかバイナリファイルです）</translation>
    </message>
    <message>
        <source>%1 is empty: it is one of %2</source>
        <translation>%1 が空です。次のいずれかを書いてください: %2</translation>
    </message>
    <message>
        <source>“%1” in %2 is not one of %3</source>
        <translation>%2 の「%1」は次のいずれでもありません: %3</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ApplicationListModel</name>
    <message>
        <source>Attachments of %1 exceed the 10 MB MIC can receive: the applicant must consult MIC first.</source>
        <translation>添付ファイル %1 は総務省が受信できる10MBを超えています。応募者は事前に総務省へ相談する必要があります。</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>（期間後）</translation>
    </message>
    <message>
        <source>(early)</source>
        <translation>（期間前）</translation>
    </message>
    <message>
        <source>(over 10 MB)</source>
        <translation>（10MB超）</translation>
    </message>
    <message numerus="yes">
        <source>+%n joint</source>
        <translation>
            <numerusform>共同 +%n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 scored</source>
        <translation>%2 人中 %1 人評価済み</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>応募団体</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>共同応募</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>応募資格</translation>
    </message>
    <message>
        <source>Receipt confirmation</source>
        <translation>受取確認</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>審査</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>評点</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>選定結果</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ApplicationMailImporter</name>
    <message>
        <source>Already taken in as application %1 (Message-ID %2).</source>
        <translation>応募 %1 として取り込み済みです（Message-ID %2）。</translation>
    </message>
    <message>
        <source>The same mail twice (Message-ID %1).</source>
        <translation>同じメールが重複しています（Message-ID %1）。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name the local government of: %1</source>
        <translation>次のメールの団体を指定してください: %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ApplicationRepository</name>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>University or research body</source>
        <translation>大学・研究機関</translation>
    </message>
    <message>
        <source>NPO or association</source>
        <translation>NPO・団体</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>公的機関</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Self-sustaining settlement area (定住自立圏)</source>
        <translation>定住自立圏</translation>
    </message>
    <message>
        <source>Cooperative central-city area (連携中枢都市圏)</source>
        <translation>連携中枢都市圏</translation>
    </message>
    <message>
        <source>Other multi-area framework</source>
        <translation>その他の広域連携</translation>
    </message>
    <message>
        <source>formed</source>
        <translation>形成済み</translation>
    </message>
    <message>
        <source>being formed</source>
        <translation>形成中</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>選定</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>不選定</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>辞退</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>There is no program %1.</source>
        <translation>事業 %1 はありません。</translation>
    </message>
    <message>
        <source>The application needs the date and time it was received.</source>
        <translation>受付日時を入力してください。</translation>
    </message>
    <message>
        <source>The attachment size cannot be negative.</source>
        <translation>添付ファイルのサイズに負の値は指定できません。</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>「%1」はメールアドレスではありません。</translation>
    </message>
    <message>
        <source>The application needs at least one local government.</source>
        <translation>応募団体を1つ以上指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a valid local government code.</source>
        <translation>「%1」は正しい地方公共団体コードではありません。</translation>
    </message>
    <message>
        <source>There is no local government with the code %1.</source>
        <translation>コード %1 の地方公共団体はありません。</translation>
    </message>
    <message>
        <source>%1 is listed twice among the applicants.</source>
        <translation>%1 が応募団体に重複して指定されています。</translation>
    </message>
    <message>
        <source>Exactly one local government must lead the application.</source>
        <translation>代表団体をちょうど1つ指定してください。</translation>
    </message>
    <message>
        <source>Every contact person needs a name.</source>
        <translation>担当者には氏名が必要です。</translation>
    </message>
    <message>
        <source>Every partner needs a name.</source>
        <translation>連携事業者・団体には名称が必要です。</translation>
    </message>
    <message>
        <source>“%1” is not a kind of partner.</source>
        <translation>「%1」は連携事業者・団体の種別ではありません。</translation>
    </message>
    <message>
        <source>“%1” is not a kind of multi-area framework.</source>
        <translation>「%1」は広域連携の種別ではありません。</translation>
    </message>
    <message>
        <source>A framework is either formed or being formed.</source>
        <translation>広域連携は「形成済み」か「形成中」のいずれかです。</translation>
    </message>
    <message>
        <source>This application is not eligible: selecting it needs an override reason.</source>
        <translation>この応募は応募資格を満たしていません。選定するには特例の理由が必要です。</translation>
    </message>
    <message>
        <source>This application has not been reviewed: selecting it needs an override reason.</source>
        <translation>この応募はまだ審査されていません。選定するには特例の理由が必要です。</translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation>応募 %1 はありません。</translation>
    </message>
    <message>
        <source>The application has meeting records (a workshop it hosts, its participants or a presentation); change its decision instead of deleting it.</source>
        <translation>この応募には研修会の記録（開催する研修会、参加者、発表）があります。削除せず、選定結果を変更してください。</translation>
    </message>
    <message>
        <source>The application has monthly reports on record; change its decision instead of deleting it.</source>
        <translation>この応募には月次報告の記録があります。削除せず、選定結果を変更してください。</translation>
    </message>
    <message>
        <source>This mail (Message-ID %1) was already taken in as application %2.</source>
        <translation>このメール（Message-ID %1）は応募 %2 として取り込み済みです。</translation>
    </message>
    <message>
        <source>The date the receipt was confirmed is not a date.</source>
        <translation>受取確認の日付が正しくありません。</translation>
    </message>
    <message>
        <source>The receipt cannot have been confirmed on %1, before the application was received on %2.</source>
        <translation>受取確認日（%1）が応募の受付日（%2）より前になっています。</translation>
    </message>
    <message>
        <source>The decision cannot be dated %1, before the application was received on %2.</source>
        <translation>決定日（%1）が応募の受付日（%2）より前になっています。</translation>
    </message>
    <message>
        <source>The decision cannot be dated %1: the application window is open until %2, and applications are decided after it closes.</source>
        <translation>決定日を %1 とすることはできません。応募期間は %2 までのため、選定は応募期間の終了後に行ってください。</translation>
    </message>
    <message numerus="yes">
        <source>The decision cannot be dated %1, more than %n day(s) from today: record it on the day it is made.</source>
        <translation>
            <numerusform>決定日（%1）が本日から %n 日より先になっています。決定した日付で記録してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The receipt cannot have been confirmed on %1, a day still to come.</source>
        <translation>受取確認日（%1）がまだ到来していない日付です。</translation>
    </message>
    <message>
        <source>The selection cannot be dated %1: the program of FY%2 ended on %3. Record the day the selection was made, so that its monthly reports are scheduled.</source>
        <translation>選定日を %1 とすることはできません。%2年度の事業は %3 に終了しています。選定した日を記録してください（その翌月から月次報告が予定されます）。</translation>
    </message>
    <message>
        <source>Selected by the balanced proposal</source>
        <translation>バランス案による選定</translation>
    </message>
    <message>
        <source>The decision cannot be dated %1: the program of FY%2 ended on %3. Record the day the decision was made.</source>
        <translation>決定日を %1 とすることはできません。%2年度の事業は %3 に終了しています。決定した日を記録してください。</translation>
    </message>
    <message>
        <source>The decision is not one of selected, not selected or withdrawn.</source>
        <translation>決定は「選定」「不選定」「辞退」のいずれかです。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ApplicationTiming</name>
    <message>
        <source>Before the application window</source>
        <translation>募集期間前の受付</translation>
    </message>
    <message>
        <source>In the application window</source>
        <translation>募集期間内</translation>
    </message>
    <message>
        <source>After the application window</source>
        <translation>募集期間後の受付</translation>
    </message>
    <message>
        <source>Confirmation pending</source>
        <translation>受取確認 未送付</translation>
    </message>
    <message>
        <source>Confirmation due today</source>
        <translation>受取確認 本日期限</translation>
    </message>
    <message>
        <source>Confirmation overdue</source>
        <translation>受取確認 期限超過</translation>
    </message>
    <message>
        <source>Confirmation sent</source>
        <translation>受取確認 送付済み</translation>
    </message>
    <message>
        <source>Confirmation sent late</source>
        <translation>受取確認 期限後に送付</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::AttendanceExporter</name>
    <message>
        <source>The program has no meeting session %1.</source>
        <translation>この事業には会合 %1 がありません。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::AttendanceModel</name>
    <message>
        <source>Not registered</source>
        <translation>登録なし</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>%1日目</translation>
    </message>
    <message>
        <source>Day %1
%2</source>
        <translation>%1日目
%2</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::BackupStore</name>
    <message>
        <source>manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>更新前</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>復元前</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>このバックアップは復元できません: %1</translation>
    </message>
    <message>
        <source>The backup “%1” is empty or missing.</source>
        <translation>バックアップ「%1」は空か、見つかりません。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>バックアップ用フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot copy the backup to %1.</source>
        <translation>バックアップを %1 にコピーできません。</translation>
    </message>
    <message>
        <source>Cannot put the backup in place at %1.</source>
        <translation>バックアップを %1 に配置できません。</translation>
    </message>
    <message>
        <source>Cannot copy the backup: %1</source>
        <translation>バックアップをコピーできません: %1</translation>
    </message>
    <message>
        <source>Cannot keep the current file in %1.</source>
        <translation>現在のファイルを %1 に保存できません。</translation>
    </message>
    <message>
        <source>Cannot remove %1; nothing was restored.</source>
        <translation>%1 を削除できないため、復元しませんでした。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::BureauBalanceModel</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>総合通信局</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>応募資格あり</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>選定</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>This bureau&apos;s own limit; set it to “—” to use the limit per bureau.</source>
        <translation>この総合通信局だけの上限です。「—」にすると共通の上限に戻ります。</translation>
    </message>
    <message>
        <source>The limit per bureau; edit to give this bureau its own.</source>
        <translation>総合通信局ごとの共通の上限です。編集するとこの局だけの上限を設定できます。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::BusinessCalendar</name>
    <message>
        <source>Could not read the holidays: %1</source>
        <translation>祝日データを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The holidays table has an invalid date: %1</source>
        <translation>祝日データに不正な日付があります: %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ChangeHistory</name>
    <message>
        <source>Could not record the change in the history: %1</source>
        <translation>変更履歴に記録できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 changed this record on %2 at %3, after it was read here. Nothing was saved, so that their change is not overwritten.</source>
        <translation>%1 が %2 %3 にこの記録を変更しています（ここで読み込んだ後の変更です）。その変更を上書きしないよう、保存しませんでした。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::CommitmentModel</name>
    <message>
        <source>attend %1 · host %2</source>
        <translation>出席 %1 ・ 開催 %2</translation>
    </message>
    <message>
        <source>What the application promised: to attend the meetings in Tokyo, and to host the local workshop.</source>
        <translation>応募時の約束：東京での会合への出席と、地域での研修会の開催。</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>応募時の約束</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>不足</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::CommitmentTable</name>
    <message>
        <source>no session</source>
        <translation>会合なし</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>日程未定</translation>
    </message>
    <message>
        <source>%1/%2 days</source>
        <translation>%1/%2日</translation>
    </message>
    <message>
        <source>%1/%2 days — day %3 missed</source>
        <translation>%1/%2日 — %3日目欠席</translation>
    </message>
    <message>
        <source>%1/%2 days so far</source>
        <translation>これまで %1/%2日</translation>
    </message>
    <message>
        <source>never scheduled</source>
        <translation>開催されず</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>日程未定</translation>
    </message>
    <message>
        <source>hosted %1</source>
        <translation>%1 開催済</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>%1 開催予定</translation>
    </message>
    <message>
        <source>%1/%2 days — day %3 excused</source>
        <translation>%1/%2日 — %3日目欠席（届出あり）</translation>
    </message>
    <message>
        <source>%1/%2 days — day %3 missed, day %4 excused</source>
        <translation>%1/%2日 — %3日目欠席、%4日目欠席（届出あり）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between two day numbers</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ConsultationExporter</name>
    <message>
        <source>The file could not be written.</source>
        <translation>ファイルを書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ConsultationListModel</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>相手方</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>手段</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>相談分野</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>未完了のフォローアップ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>フォローアップ期限</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ConsultationRepository</name>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>On-site visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>オンライン会議</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>発信</translation>
    </message>
    <message>
        <source>Regional issues</source>
        <translation>地域課題</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>ソリューション</translation>
    </message>
    <message>
        <source>Promotion system</source>
        <translation>推進体制</translation>
    </message>
    <message>
        <source>Cost-effectiveness</source>
        <translation>費用対効果</translation>
    </message>
    <message>
        <source>Budget and subsidies</source>
        <translation>予算・補助金</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>調達</translation>
    </message>
    <message>
        <source>Data and security</source>
        <translation>データ・セキュリティ</translation>
    </message>
    <message>
        <source>Workshop logistics</source>
        <translation>研修会の運営</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月次報告</translation>
    </message>
    <message>
        <source>A consultation needs its date and time.</source>
        <translation>相談の日時を入力してください。</translation>
    </message>
    <message>
        <source>A consultation needs the local government it was with.</source>
        <translation>相談の相手の団体を入力してください。</translation>
    </message>
    <message>
        <source>A consultation is either incoming or outgoing.</source>
        <translation>受信か発信かを選んでください。</translation>
    </message>
    <message>
        <source>Unknown topics.</source>
        <translation>不明な相談分野があります。</translation>
    </message>
    <message>
        <source>The duration must be between 0 and 1,440 minutes.</source>
        <translation>時間は0分から1,440分の間で入力してください。</translation>
    </message>
    <message>
        <source>Every follow-up needs the action to take.</source>
        <translation>フォローアップには対応内容が必要です。</translation>
    </message>
    <message>
        <source>A follow-up cannot be done before the consultation.</source>
        <translation>フォローアップの完了日は相談日より前にできません。</translation>
    </message>
    <message>
        <source>There is no local government with the code %1.</source>
        <translation>コード %1 の地方公共団体はありません。</translation>
    </message>
    <message>
        <source>The counterpart must be a person at a local government.</source>
        <translation>相手方は団体の担当者を選んでください。</translation>
    </message>
    <message>
        <source>The consultant must be one of the consultants.</source>
        <translation>担当は相談員から選んでください。</translation>
    </message>
    <message>
        <source>There is no contact %1 to own the follow-up.</source>
        <translation>フォローアップの担当者 %1 がいません。</translation>
    </message>
    <message>
        <source>The mail %1 is already in the log.</source>
        <translation>メール %1 は既に記録されています。</translation>
    </message>
    <message>
        <source>There is no consultation %1.</source>
        <translation>相談記録 %1 はありません。</translation>
    </message>
    <message>
        <source>A follow-up is done on a date.</source>
        <translation>完了日を入力してください。</translation>
    </message>
    <message>
        <source>There is no follow-up %1.</source>
        <translation>フォローアップ %1 はありません。</translation>
    </message>
    <message>
        <source>This follow-up is already done.</source>
        <translation>このフォローアップは完了済みです。</translation>
    </message>
    <message>
        <source>The counterpart works at another local government.</source>
        <translation>相手方は別の団体の担当者です。</translation>
    </message>
    <message>
        <source>The follow-up cannot have been done on %1, before the consultation on %2.</source>
        <translation>対応完了日（%1）が相談日（%2）より前になっています。</translation>
    </message>
    <message>
        <source>The follow-up cannot have been done on %1, a day still to come.</source>
        <translation>対応完了日（%1）がまだ到来していない日付です。</translation>
    </message>
    <message>
        <source>A consultation cannot be logged at %1, a moment still to come.</source>
        <translation>%1 はまだ来ていない日時のため、相談を記録できません。</translation>
    </message>
    <message>
        <source>A consultation cannot be logged on %1, years before the first program (FY%2) of this file.</source>
        <translation>%1 はこのファイルの最初の事業（%2年度）より何年も前のため、相談を記録できません。</translation>
    </message>
    <message>
        <source>A consultation needs one of the known channels.</source>
        <translation>相談の手段を選んでください。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ConsultationSearch</name>
    <message>
        <source>The search text is %1 characters long; search for at most %2.</source>
        <translation>検索語が %1 文字あります。%2 文字以内で検索してください。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ContactRepository</name>
    <message>
        <source>Local government</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>氏名を入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>「%1」はメールアドレスではありません。</translation>
    </message>
    <message>
        <source>A contact at a local government needs its 6-digit code.</source>
        <translation>団体の担当者には団体コード（6桁）が必要です。</translation>
    </message>
    <message>
        <source>There is no local government with the code %1.</source>
        <translation>コード %1 の地方公共団体はありません。</translation>
    </message>
    <message>
        <source>A contact&apos;s kind cannot change.</source>
        <translation>連絡先の種別は変更できません。</translation>
    </message>
    <message>
        <source>There is no contact %1.</source>
        <translation>連絡先 %1 はありません。</translation>
    </message>
    <message>
        <source>%1 is named in consultations or meetings and cannot be removed; make them inactive instead.</source>
        <translation>%1 さんは相談記録または会合にあるため削除できません。代わりに「有効」を外してください。</translation>
    </message>
    <message>
        <source>A contact is either at a local government or a consultant.</source>
        <translation>連絡先は団体の担当者か相談員のどちらかです。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::CsvReader</name>
    <message>
        <source>The CSV parser could not be started.</source>
        <translation>CSV パーサーを起動できませんでした。</translation>
    </message>
    <message>
        <source>Line %1: the CSV is malformed (%2).</source>
        <translation>%1 行目: CSV の形式が正しくありません（%2）。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>%1 行目: 引用符で始まる項目がファイルの終わりまでに閉じられていません。</translation>
    </message>
    <message>
        <source>Line %1: the text is not valid UTF-8.</source>
        <translation>%1 行目: 文字コードが UTF-8 として正しくありません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::DashboardData</name>
    <message>
        <source>There is no program %1.</source>
        <translation>事業 %1 はありません。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>データベースファイルが指定されていません。</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>「%1」は存在しません。</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>「%1」を開けません: %2</translation>
    </message>
    <message>
        <source>The file was not upgraded because no backup could be written first: %1</source>
        <translation>事前のバックアップを作成できなかったため、ファイルを更新しませんでした: %1</translation>
    </message>
    <message>
        <source>The file cannot use write-ahead logging (journal mode is %1).</source>
        <translation>このファイルでは先行書き込みログを使用できません（ジャーナルモード: %1）。</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the file itself.</source>
        <translation>バックアップで元のファイル自体を上書きすることはできません。</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>バックアップを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not an IoT Desk file (yet).</source>
        <translation>「%1」は空のファイルで、IoT Desk のファイルではありません（まだ作成されていません）。</translation>
    </message>
    <message>
        <source>“%1” says it is file version %2, but it already has “%3” of a later version: its version mark is wrong. It was not opened, so that nothing in it is changed. Restore a backup, or ask for help with this file.</source>
        <translation>「%1」はファイルバージョン %2 と記録されていますが、より新しいバージョンの「%3」がすでにあります。バージョンの記録が誤っています。内容を変更しないよう、開きませんでした。バックアップから復元するか、このファイルについて担当者に相談してください。</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened, so that nothing in it is changed (%2). Restore a backup, or open another file.</source>
        <translation>「%1」は破損しているため、内容を一切変更しないよう開きませんでした（%2）。バックアップから復元するか、別のファイルを開いてください。</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>読み取り専用で開きました</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>ファイルに書き込めません</translation>
    </message>
    <message>
        <source>its folder cannot be written (read-only media?)</source>
        <translation>フォルダーに書き込めません（読み取り専用の媒体の可能性があります）</translation>
    </message>
    <message>
        <source>“%1” cannot be created here: %2.</source>
        <translation>「%1」はここには作成できません: %2。</translation>
    </message>
    <message>
        <source>“%1” was written by an older version of IoT Desk and must be upgraded, but %2. Copy it to a folder you can write to, and open the copy.</source>
        <translation>「%1」は古い版の IoT Desk で書かれたため更新が必要ですが、%2。書き込みできるフォルダーにコピーしてから、そのコピーを開いてください。</translation>
    </message>
    <message>
        <source>This installation cannot reach a team database: Qt&apos;s PostgreSQL driver (package libqt6sql6-psql) is missing.</source>
        <translation>このインストールではチームのデータベースに接続できません。Qt の PostgreSQL ドライバー（パッケージ libqt6sql6-psql）がありません。</translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1: %2</source>
        <translation>チームのデータベース %1 に接続できません: %2</translation>
    </message>
    <message>
        <source>The team database %1 holds no IoT Desk data yet. An administrator prepares it with “iotdesk-cli --server URL server init”.</source>
        <translation>チームのデータベース %1 には、まだ IoT Desk のデータがありません。管理者が「iotdesk-cli --server URL server init」で準備します。</translation>
    </message>
    <message>
        <source>The team database %1 was set up by a newer IoT Desk (schema version %2; this program reads up to %3). It was not changed. Install the newer IoT Desk.</source>
        <translation>チームのデータベース %1 は新しい IoT Desk で準備されています（スキーマ版 %2。このプログラムが読めるのは %3 まで）。変更していません。新しい IoT Desk を入れてください。</translation>
    </message>
    <message>
        <source>The team database %1 has schema version %2 of an older IoT Desk; this program needs version %3. An administrator upgrades it with “iotdesk-cli --server URL server init” after a backup (pg_dump).</source>
        <translation>チームのデータベース %1 は古い IoT Desk のスキーマ版 %2 です。このプログラムには版 %3 が必要です。管理者がバックアップ（pg_dump）の後、「iotdesk-cli --server URL server init」で更新します。</translation>
    </message>
    <message>
        <source>The database %1 already holds tables that are not IoT Desk&apos;s; nothing was changed. Create an empty database for IoT Desk.</source>
        <translation>データベース %1 には IoT Desk のものではない表がすでにあります。何も変更していません。IoT Desk 用に空のデータベースを作成してください。</translation>
    </message>
    <message>
        <source>A team database is backed up on its server, by its administrator (pg_dump).</source>
        <translation>チームのデータベースは、管理者がサーバー上でバックアップします（pg_dump）。</translation>
    </message>
    <message>
        <source>your role on the team database is Viewer</source>
        <translation>チームのデータベースでのあなたの役割は閲覧者です</translation>
    </message>
    <message>
        <source>The team database %1 asks for the password of %2.</source>
        <translation>チームのデータベース %1 は %2 のパスワードを求めています。</translation>
    </message>
    <message>
        <source>The team database %1 did not accept the password of %2.</source>
        <translation>チームのデータベース %1 は %2 のパスワードを受け付けませんでした。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::DatabaseCopy</name>
    <message>
        <source>The tables refer to each other in a circle; nothing was copied.</source>
        <translation>表どうしが循環して参照しています。何も複製していません。</translation>
    </message>
    <message>
        <source>A row of %1 could not be copied: %2</source>
        <translation>%1 の行を複製できませんでした: %2</translation>
    </message>
    <message>
        <source>The two databases have different schema versions (%1 and %2); open the older one once with this IoT Desk to upgrade it.</source>
        <translation>二つのデータベースのスキーマ版が異なります（%1 と %2）。古い方をこの IoT Desk で一度開いて更新してください。</translation>
    </message>
    <message>
        <source>%1 has %2 rows where %3 were copied; nothing was changed.</source>
        <translation>%1 は %3 行を複製したはずが %2 行です。何も変更していません。</translation>
    </message>
    <message>
        <source>The consultations counted per local government do not match the consultations copied; nothing was changed.</source>
        <translation>自治体ごとの相談件数が、コピーした相談の件数と一致しません。何も変更していません。</translation>
    </message>
    <message>
        <source>Only the owner of the team database (who prepared it) can upload: %1</source>
        <translation>チームデータベースの所有者（準備した人）だけがアップロードできます: %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::DatabaseFile</name>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>「%1」はフォルダーです。ファイルではありません。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>“%1” is not an IoT Desk file: it is not a database at all.</source>
        <translation>「%1」は IoT Desk のファイルではありません（データベースファイルではありません）。</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened, so that nothing in it is changed (%2). Restore a backup, or open another file.</source>
        <translation>「%1」は破損しているため、内容を一切変更しないよう開きませんでした（%2）。バックアップから復元するか、別のファイルを開いてください。</translation>
    </message>
    <message>
        <source>the file is shorter than its header says</source>
        <translation>ファイルがヘッダーに記録された長さより短くなっています</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not an IoT Desk file.</source>
        <translation>「%1」は他のプログラムのデータベースです。IoT Desk のファイルではありません。</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of IoT Desk (file version %2; this version reads up to %3). It was not opened, so that nothing in it is lost. Update IoT Desk to open it.</source>
        <translation>「%1」は新しいバージョンの IoT Desk で保存されています（ファイルのバージョン %2、このバージョンで読めるのは %3 まで）。内容を失わないよう開きませんでした。開くには IoT Desk を更新してください。</translation>
    </message>
    <message>
        <source>Cannot create the folder for “%1”.</source>
        <translation>「%1」のフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>「%1」を作成できません: %2</translation>
    </message>
    <message>
        <source>“%1” does not exist or is empty.</source>
        <translation>「%1」は存在しないか、空です。</translation>
    </message>
    <message>
        <source>A copy cannot overwrite the file itself.</source>
        <translation>コピーで元のファイル自体を上書きすることはできません。</translation>
    </message>
    <message>
        <source>“%1” exists already.</source>
        <translation>「%1」は既に存在します。</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>コピーを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>“%1” was left half-written and could not be recovered: %2</source>
        <translation>「%1」は書き込みの途中で中断されており、回復できませんでした: %2</translation>
    </message>
    <message>
        <source>The copy failed its check and was not kept: %1</source>
        <translation>コピーが検査に合格しなかったため、保存しませんでした: %1</translation>
    </message>
    <message>
        <source>The copy could not be written to the disk.</source>
        <translation>コピーをディスクに書き込めませんでした。</translation>
    </message>
    <message>
        <source>Cannot put the copy in place at %1.</source>
        <translation>コピーを %1 に配置できませんでした。</translation>
    </message>
    <message>
        <source>its list of free pages is longer than the file</source>
        <translation>空きページの一覧がファイルより長くなっています</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::Eligibility</name>
    <message>
        <source>ICT Town, People and Jobs Creation Promotion Program (FY2014 supplementary, FY2016 initial, FY2016 supplementary)</source>
        <translation>ICTまち・ひと・しごと創生推進事業（平成26年度補正、平成28年度当初、平成28年度補正）</translation>
    </message>
    <message>
        <source>Data-Driven Smart City Development Promotion Program (FY2017)</source>
        <translation>データ利活用型スマートシティ整備推進事業（平成29年度）</translation>
    </message>
    <message>
        <source>Regional IoT Implementation Promotion Program (FY2017)</source>
        <translation>地域IoT実装推進事業（平成29年度）</translation>
    </message>
    <message>
        <source>IoT Service Creation Support Program (FY2015 supplementary, FY2016 supplementary, FY2017 initial)</source>
        <translation>IoTサービス創出支援事業（平成27年度補正、平成28年度補正、平成29年度当初）</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>応募資格あり</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>応募資格なし</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>確認中（回答不足）</translation>
    </message>
    <message>
        <source>Commitment to report monthly</source>
        <translation>月1回程度の活動報告の意向</translation>
    </message>
    <message>
        <source>Does not commit to reporting its activities about monthly.</source>
        <translation>月1回程度の定期的な活動報告を行う意向がありません。</translation>
    </message>
    <message>
        <source>Commitment to host workshop 2</source>
        <translation>第2回研修会兼相談会の開催の意向</translation>
    </message>
    <message>
        <source>Does not commit to hosting workshop 2 in its own area.</source>
        <translation>第2回研修会兼相談会を自らの行政区域内で開催する意向がありません。</translation>
    </message>
    <message>
        <source>Commitment to attend workshops 1 and 3 and the final meeting</source>
        <translation>第1回・第3回研修会兼相談会および最終成果報告会への参加の意向</translation>
    </message>
    <message>
        <source>Does not commit to attending workshops 1 and 3 and the final meeting in Tokyo.</source>
        <translation>東京都内で開催する第1回・第3回研修会兼相談会および最終成果報告会に参加する意向がありません。</translation>
    </message>
    <message>
        <source>Use of %1</source>
        <translation>%1の活用の有無</translation>
    </message>
    <message>
        <source>Has introduced regional IoT through %1.</source>
        <translation>%1により地域IoTを導入しています。</translation>
    </message>
    <message>
        <source>Comprehensive regional partnership agreement</source>
        <translation>地域包括連携協定の有無</translation>
    </message>
    <message>
        <source>Has a comprehensive regional partnership agreement with a private company for ICT/IoT.</source>
        <translation>ICT/IoTの推進に関して民間企業と地域包括連携協定を締結しています。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::FileStore</name>
    <message>
        <source>There is no file %1.</source>
        <translation>ファイル %1 はありません。</translation>
    </message>
    <message>
        <source>File %1 does not match its checksum; it is damaged.</source>
        <translation>ファイル %1 がチェックサムと一致しません。破損しています。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than 50 MB; keep it on a shared drive and note where.</source>
        <translation>「%1」は 50 MB を超えています。共有ドライブに置き、場所をメモしてください。</translation>
    </message>
    <message>
        <source>What the file belongs to no longer exists.</source>
        <translation>ファイルの所属先がもうありません。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::GlobalSearch</name>
    <message>
        <source>Application of %1 (FY%2)</source>
        <translation>%1 の応募（%2年度）</translation>
    </message>
    <message>
        <source>Consultation with %1 on %2</source>
        <translation>%1 との相談（%2）</translation>
    </message>
    <message>
        <source>consultant</source>
        <translation>相談員</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>日程未定</translation>
    </message>
    <message>
        <source>The search text is %1 characters long; search for at most %2.</source>
        <translation>検索語が %1 文字あります。%2 文字以内で検索してください。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::IcsExporter</name>
    <message>
        <source>The program has no meeting session %1.</source>
        <translation>この事業には会合 %1 がありません。</translation>
    </message>
    <message>
        <source>The session has no date yet.</source>
        <translation>この会合の日程はまだ決まっていません。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>「%1」に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::IntegrityCheck</name>
    <message>
        <source>The foreign keys could not be checked: %1</source>
        <translation>外部キーを検査できませんでした: %1</translation>
    </message>
    <message>
        <source>A row of %1 refers to a missing row of %2.</source>
        <translation>%1 の行が、存在しない %2 の行を参照しています。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::KnowhowRepository</name>
    <message>
        <source>Making the issues clear</source>
        <translation>課題の明確化</translation>
    </message>
    <message>
        <source>Choosing solutions</source>
        <translation>解決策の検討</translation>
    </message>
    <message>
        <source>Building the promotion system</source>
        <translation>推進体制の構築</translation>
    </message>
    <message>
        <source>Estimating cost-effectiveness</source>
        <translation>費用対効果の算定</translation>
    </message>
    <message>
        <source>Consensus and budgeting</source>
        <translation>合意形成・予算化</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>調達</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>運用</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>There is no lesson %1.</source>
        <translation>ノウハウ %1 はありません。</translation>
    </message>
    <message>
        <source>Unknown phase.</source>
        <translation>不明な段階です。</translation>
    </message>
    <message>
        <source>Write what was learned.</source>
        <translation>得られたノウハウを入力してください。</translation>
    </message>
    <message>
        <source>A lesson comes from one place: a consultation, a report or a meeting.</source>
        <translation>ノウハウの出典は、相談・報告・会合のうち一つだけです。</translation>
    </message>
    <message>
        <source>There is no program %1.</source>
        <translation>事業 %1 はありません。</translation>
    </message>
    <message>
        <source>Application %1 is not of this program.</source>
        <translation>応募 %1 はこの事業の応募ではありません。</translation>
    </message>
    <message>
        <source>There is no consultation %1.</source>
        <translation>相談記録 %1 はありません。</translation>
    </message>
    <message>
        <source>Report %1 is not of this program.</source>
        <translation>報告 %1 はこの事業の報告ではありません。</translation>
    </message>
    <message>
        <source>Meeting session %1 is not of this program.</source>
        <translation>会合 %1 はこの事業の会合ではありません。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::LocalGovernmentCode</name>
    <message>
        <source>“%1” is not a local government code.</source>
        <translation>「%1」は地方公共団体コードではありません。</translation>
    </message>
    <message>
        <source>The check digit of %1 is wrong: for %2 it is %3 (%4).</source>
        <translation>%1 の検査数字が誤っています。%2 の検査数字は %3 です（%4）。</translation>
    </message>
    <message>
        <source>A local government code has 5 digits, or 6 with the check digit: “%1”.</source>
        <translation>地方公共団体コードは5桁、または検査数字付きの6桁です:「%1」</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::LocalGovernmentModel</name>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Designated city</source>
        <translation>政令指定都市</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>町</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Special ward</source>
        <translation>特別区</translation>
    </message>
    <message>
        <source>Also written %1</source>
        <translation>別表記: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Regional bureau</source>
        <translation>総合通信局</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>よみ</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::LocalGovernmentRepository</name>
    <message>
        <source>There is no local government with the code %1.</source>
        <translation>コード %1 の地方公共団体はありません。</translation>
    </message>
    <message>
        <source>There is no prefecture “%1”.</source>
        <translation>都道府県「%1」はありません。</translation>
    </message>
    <message>
        <source>No local government name was given.</source>
        <translation>地方公共団体名が指定されていません。</translation>
    </message>
    <message>
        <source>There is no local government named “%1”.</source>
        <translation>「%1」という地方公共団体はありません。</translation>
    </message>
    <message>
        <source>There is no local government named “%1” in %2.</source>
        <translation>%2 に「%1」という地方公共団体はありません。</translation>
    </message>
    <message>
        <source>“%1” names more than one local government: %2. Give the prefecture.</source>
        <translation>「%1」に該当する地方公共団体が複数あります: %2。都道府県を指定してください。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::MailImporter</name>
    <message>
        <source>Already in the log (Message-ID %1).</source>
        <translation>既に記録されています（Message-ID %1）。</translation>
    </message>
    <message>
        <source>Name the local government of: %1</source>
        <translation>次のメールの団体を指定してください: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::MailParser</name>
    <message>
        <source>This is not an e-mail message: %1</source>
        <translation>メールではありません: %1</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>no message could be read from it.</source>
        <translation>メッセージを読み取れません。</translation>
    </message>
    <message>
        <source>it has no sender (From).</source>
        <translation>差出人（From）がありません。</translation>
    </message>
    <message>
        <source>it has no date (Date).</source>
        <translation>日付（Date）がありません。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>“%1” is over 50 MB.</source>
        <translation>「%1」は50MBを超えています。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::MasterDataLoader</name>
    <message>
        <source>%1 does not start with the header %2.</source>
        <translation>%1 の先頭行が見出し %2 になっていません。</translation>
    </message>
    <message>
        <source>%1, line %2: %3 fields instead of %4.</source>
        <translation>%1 の %2 行目: 項目数が %4 ではなく %3 です。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1 の %2 行目: %3</translation>
    </message>
    <message>
        <source>unknown prefecture code “%1”</source>
        <translation>不明な都道府県コード「%1」</translation>
    </message>
    <message>
        <source>invalid code %1/%2</source>
        <translation>不正なコード %1/%2</translation>
    </message>
    <message>
        <source>unknown kind “%1”</source>
        <translation>不明な種別「%1」</translation>
    </message>
    <message>
        <source>invalid date “%1”</source>
        <translation>不正な日付「%1」</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::MeetingRepository</name>
    <message>
        <source>Registered</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>欠席</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>欠席（届出あり）</translation>
    </message>
    <message>
        <source>There is no meeting session %1.</source>
        <translation>会合 %1 はありません。</translation>
    </message>
    <message>
        <source>A session lasts from 1 to 14 days.</source>
        <translation>会合の日数は1日から14日です。</translation>
    </message>
    <message>
        <source>The first day is not a date.</source>
        <translation>初日が日付ではありません。</translation>
    </message>
    <message>
        <source>Person %1 is not a consultant.</source>
        <translation>担当者 %1 は相談員ではありません。</translation>
    </message>
    <message>
        <source>Day %1 has an agenda, presentations or attendance; the session cannot end before it.</source>
        <translation>%1日目に次第・発表・出欠があるため、それより前に会合を終えることはできません。</translation>
    </message>
    <message>
        <source>An agenda item</source>
        <translation>次第の項目</translation>
    </message>
    <message>
        <source>Every agenda item needs a title.</source>
        <translation>次第の各項目には題目が必要です。</translation>
    </message>
    <message>
        <source>%1 needs a start and an end time (HH:MM).</source>
        <translation>%1 には開始時刻と終了時刻（HH:MM）が必要です。</translation>
    </message>
    <message>
        <source>%1 ends before it starts.</source>
        <translation>%1 は開始より前に終わっています。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is on day %2, but the session has %n day(s).</source>
        <translation>
            <numerusform>%1 は%2日目ですが、会合は %n 日間です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>相談員</translation>
    </message>
    <message>
        <source>There is no person %1.</source>
        <translation>担当者 %1 はいません。</translation>
    </message>
    <message>
        <source>There is no participant %1.</source>
        <translation>参加者 %1 はいません。</translation>
    </message>
    <message>
        <source>The session has no day %1.</source>
        <translation>会合に%1日目はありません。</translation>
    </message>
    <message>
        <source>Slot %1 needs a start time (HH:MM).</source>
        <translation>枠 %1 には開始時刻（HH:MM）が必要です。</translation>
    </message>
    <message>
        <source>Slot %1 must last from 1 to 600 minutes.</source>
        <translation>枠 %1 の長さは1分から600分です。</translation>
    </message>
    <message>
        <source>Slot %1 is on day %2, which the session does not have.</source>
        <translation>枠 %1 は%2日目ですが、会合にその日はありません。</translation>
    </message>
    <message>
        <source>Slot %1 runs past midnight.</source>
        <translation>枠 %1 が深夜0時を越えています。</translation>
    </message>
    <message>
        <source>The session has no date yet: set the session&apos;s date first, then mark who attended.</source>
        <translation>この回の開催日が未設定です。先に開催日を設定してから出欠を記録してください。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::MeetingWarnings</name>
    <message>
        <source>%1: its host is no longer selected, but the session is kept because it holds records.</source>
        <translation>%1: 開催団体は選定されていませんが、記録があるため会合を残しています。</translation>
    </message>
    <message>
        <source>%1: no date yet.</source>
        <translation>%1: 日程が未定です。</translation>
    </message>
    <message>
        <source>%1: %2 is a weekend day or office holiday.</source>
        <translation>%1: %2 は土日または閉庁日です。</translation>
    </message>
    <message>
        <source>%1: %2 is a holiday (%3).</source>
        <translation>%1: %2 は祝日（%3）です。</translation>
    </message>
    <message>
        <source>%1: %2 is outside the planned period %3 – %4.</source>
        <translation>%1: %2 は予定期間 %3 ～ %4 の外です。</translation>
    </message>
    <message>
        <source>%1 is booked into %2 sessions on %3: %4.</source>
        <translation>%1 さんは %3 に %2 件の会合に入っています: %4。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::MunicipalDomain</name>
    <message>
        <source>ICU cannot transliterate kana to Latin letters.</source>
        <translation>ICU で仮名をローマ字に変換できません。</translation>
    </message>
    <message>
        <source>The local governments could not be read: %1</source>
        <translation>地方公共団体を読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::PlanRepository</name>
    <message>
        <source>Agriculture</source>
        <translation>農業</translation>
    </message>
    <message>
        <source>Forestry</source>
        <translation>林業</translation>
    </message>
    <message>
        <source>Fisheries</source>
        <translation>水産業</translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation>観光</translation>
    </message>
    <message>
        <source>Disaster prevention</source>
        <translation>防災</translation>
    </message>
    <message>
        <source>Medical and nursing care</source>
        <translation>医療・介護</translation>
    </message>
    <message>
        <source>Child-rearing</source>
        <translation>子育て</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>行政・庁内</translation>
    </message>
    <message>
        <source>Environment and energy</source>
        <translation>環境・エネルギー</translation>
    </message>
    <message>
        <source>Regional revitalisation</source>
        <translation>地域活性化</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>センサー</translation>
    </message>
    <message>
        <source>LPWA / LoRaWAN</source>
        <translation>LPWA・LoRaWAN</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Drones</source>
        <translation>ドローン</translation>
    </message>
    <message>
        <source>GIS</source>
        <translation>GIS</translation>
    </message>
    <message>
        <source>Cloud platform</source>
        <translation>クラウド基盤</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>将来像</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>現状</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解決策</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>庁内部署</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>連携事業者・団体</translation>
    </message>
    <message>
        <source>Residents&apos; group</source>
        <translation>住民団体</translation>
    </message>
    <message>
        <source>Neighbouring municipality</source>
        <translation>近隣自治体</translation>
    </message>
    <message>
        <source>Initial cost</source>
        <translation>初期費用</translation>
    </message>
    <message>
        <source>Running cost</source>
        <translation>運用費用</translation>
    </message>
    <message>
        <source>Work hours saved</source>
        <translation>業務時間の削減</translation>
    </message>
    <message>
        <source>Costs avoided</source>
        <translation>費用の削減</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>収入</translation>
    </message>
    <message>
        <source>Damage reduced</source>
        <translation>被害の軽減</translation>
    </message>
    <message>
        <source>Other benefit</source>
        <translation>その他の効果</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>自治体</translation>
    </message>
    <message>
        <source>National subsidy</source>
        <translation>国の補助</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>素案</translation>
    </message>
    <message>
        <source>Mid-term</source>
        <translation>中間</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最終</translation>
    </message>
    <message>
        <source>A section needs a heading.</source>
        <translation>章の見出しを入力してください。</translation>
    </message>
    <message>
        <source>Unknown kind of entry.</source>
        <translation>不明な種別の項目です。</translation>
    </message>
    <message>
        <source>The entry needs a text.</source>
        <translation>項目の内容を入力してください。</translation>
    </message>
    <message>
        <source>The entry it should go under is not in this plan.</source>
        <translation>上位の項目がこの計画にありません。</translation>
    </message>
    <message>
        <source>A vision stands at the top of the tree.</source>
        <translation>将来像はツリーの最上位に置きます。</translation>
    </message>
    <message>
        <source>“%1” entries go under “%2” entries, not under “%3”.</source>
        <translation>「%1」は「%2」の下に置きます。「%3」の下には置けません。</translation>
    </message>
    <message>
        <source>“%1” entries go under “%2” entries.</source>
        <translation>「%1」は「%2」の下に置きます。</translation>
    </message>
    <message>
        <source>Unknown technology.</source>
        <translation>不明な技術です。</translation>
    </message>
    <message>
        <source>Only a solution has technologies, data and a partner.</source>
        <translation>技術・データ・連携事業者を指定できるのは解決策だけです。</translation>
    </message>
    <message>
        <source>Unknown kind of member.</source>
        <translation>不明な種別の構成員です。</translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation>構成員の名称を入力してください。</translation>
    </message>
    <message>
        <source>Only a department leads, and only a person is responsible.</source>
        <translation>主管課にできるのは庁内部署だけ、責任者にできるのは担当者だけです。</translation>
    </message>
    <message>
        <source>A member cannot report to itself or to someone under it.</source>
        <translation>報告先を、その構成員自身やその下の構成員にすることはできません。</translation>
    </message>
    <message>
        <source>The member it reports to is not in this plan.</source>
        <translation>報告先の構成員がこの計画にありません。</translation>
    </message>
    <message>
        <source>%1 already leads the plan.</source>
        <translation>既に %1 が主管課になっています。</translation>
    </message>
    <message>
        <source>%1 is already the person responsible.</source>
        <translation>既に %1 が責任者になっています。</translation>
    </message>
    <message>
        <source>A milestone needs a title.</source>
        <translation>マイルストーンの名称を入力してください。</translation>
    </message>
    <message>
        <source>A milestone needs the date it is due.</source>
        <translation>マイルストーンの期限を入力してください。</translation>
    </message>
    <message>
        <source>A milestone cannot start after it is due.</source>
        <translation>マイルストーンの開始日が期限より後になっています。</translation>
    </message>
    <message>
        <source>The budget&apos;s fiscal year must be between 1989 and 2200.</source>
        <translation>予算要求の年度は1989年度から2200年度の間で指定してください。</translation>
    </message>
    <message>
        <source>A KPI needs its indicator.</source>
        <translation>KPI の指標を入力してください。</translation>
    </message>
    <message>
        <source>A KPI&apos;s years must be between 1989 and 2200.</source>
        <translation>KPI の年度は1989年度から2200年度の間で指定してください。</translation>
    </message>
    <message>
        <source>A KPI&apos;s target year cannot come before its baseline year.</source>
        <translation>KPI の目標年度が基準年度より前になっています。</translation>
    </message>
    <message>
        <source>Unknown kind of cost or benefit.</source>
        <translation>不明な種別の費用・便益です。</translation>
    </message>
    <message>
        <source>A cost or benefit needs its item.</source>
        <translation>費用・便益の項目を入力してください。</translation>
    </message>
    <message>
        <source>An amount cannot be negative (%1 yen).</source>
        <translation>金額に負の値は指定できません（%1円）。</translation>
    </message>
    <message>
        <source>Year %1 is outside the evaluation period: years 0 to %2.</source>
        <translation>%1年目は評価期間（0年目から%2年目まで）の外です。</translation>
    </message>
    <message>
        <source>A cost needs who bears it.</source>
        <translation>費用の負担者を指定してください。</translation>
    </message>
    <message>
        <source>A risk needs to be described.</source>
        <translation>リスクの内容を入力してください。</translation>
    </message>
    <message>
        <source>%1 has no selected application in this program: a plan is written for a selected application.</source>
        <translation>%1 にはこの事業で選定された応募がありません。計画は選定された応募ごとに作成します。</translation>
    </message>
    <message>
        <source>Only a selected application has a plan.</source>
        <translation>計画を作成できるのは選定された応募だけです。</translation>
    </message>
    <message>
        <source>The evaluation period must be 1 to %1 years.</source>
        <translation>評価期間は1年から%1年の間で指定してください。</translation>
    </message>
    <message>
        <source>The discount rate must be between 0% and 20%.</source>
        <translation>割引率は0%から20%の間で指定してください。</translation>
    </message>
    <message>
        <source>The plan&apos;s first fiscal year must be between 1989 and 2200.</source>
        <translation>計画の初年度は1989年度から2200年度の間で指定してください。</translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation>不明な分野です。</translation>
    </message>
    <message>
        <source>“%1” is in year %2, outside a period of %3 years: change or remove it first.</source>
        <translation>「%1」は%2年目にあり、%3年間の評価期間から外れます。先に変更するか削除してください。</translation>
    </message>
    <message>
        <source>That entry of the plan is no longer there.</source>
        <translation>計画のその項目はもうありません。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n entries under it: move or remove them first.</source>
        <translation>
            <numerusform>「%1」の下に %n 件の項目があります。先に移動するか削除してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is in %n monthly reports: it stays, so that they keep their record.</source>
        <translation>
            <numerusform>「%1」は %n 件の月次報告に記録されているため、その記録が残るよう削除しません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown stage of a plan.</source>
        <translation>不明な版の区分です。</translation>
    </message>
    <message>
        <source>A version needs its date.</source>
        <translation>版の日付を入力してください。</translation>
    </message>
    <message>
        <source>That version of the plan is no longer there.</source>
        <translation>計画のその版はもうありません。</translation>
    </message>
    <message>
        <source>Only the newest version can be taken back.</source>
        <translation>取り消せるのは最新の版だけです。</translation>
    </message>
    <message>
        <source>The stored version of the plan cannot be read: %1</source>
        <translation>保存されている計画の版を読み込めません: %1</translation>
    </message>
    <message>
        <source>Partner business</source>
        <translation>連携事業者</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::PresentationSlotModel</name>
    <message>
        <source>Break</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>順番</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>発表者</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>演題</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ProgramMeetingModel</name>
    <message>
        <source>No.</source>
        <translation>順番</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>Planned from</source>
        <translation>予定期間（開始）</translation>
    </message>
    <message>
        <source>Planned until</source>
        <translation>予定期間（終了）</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>Place (Japanese)</source>
        <translation>場所（日本語）</translation>
    </message>
    <message>
        <source>Place (English)</source>
        <translation>場所（英語）</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ProgramRepository</name>
    <message>
        <source>Final results meeting</source>
        <translation>最終成果報告会</translation>
    </message>
    <message>
        <source>The program needs a Japanese name.</source>
        <translation>事業名（日本語）を入力してください。</translation>
    </message>
    <message>
        <source>The fiscal year must lie between 2000 and 2100.</source>
        <translation>年度は2000年度から2100年度の間で指定してください。</translation>
    </message>
    <message>
        <source>The application window needs a first and a last day.</source>
        <translation>募集期間の開始日と終了日を指定してください。</translation>
    </message>
    <message>
        <source>The application window ends before it starts.</source>
        <translation>募集期間の終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <source>The selection cap must be between 1 and 1,741.</source>
        <translation>選定数の上限は1から1,741の間で指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>「%1」はメールアドレスではありません。</translation>
    </message>
    <message>
        <source>Meeting %1: each meeting needs its own position.</source>
        <translation>会合 %1: 会合ごとに異なる順番が必要です。</translation>
    </message>
    <message>
        <source>Meeting %1 needs a Japanese name.</source>
        <translation>会合 %1 の名称（日本語）を入力してください。</translation>
    </message>
    <message>
        <source>Meeting %1 needs a planned period.</source>
        <translation>会合 %1 の予定期間を指定してください。</translation>
    </message>
    <message>
        <source>Meeting %1: the planned period ends before it starts.</source>
        <translation>会合 %1: 予定期間の終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <source>Meeting %1 must last between 1 and 14 days.</source>
        <translation>会合 %1 の日数は1日から14日の間で指定してください。</translation>
    </message>
    <message>
        <source>Meeting %1: %2 consecutive days do not fit in the planned period.</source>
        <translation>会合 %1: 連続 %2 日間が予定期間に収まりません。</translation>
    </message>
    <message>
        <source>There is no program %1.</source>
        <translation>事業 %1 はありません。</translation>
    </message>
    <message>
        <source>This program already exists for fiscal year %1.</source>
        <translation>この事業の %1 年度分は既に存在します。</translation>
    </message>
    <message>
        <source>Central workshop</source>
        <translation>集合研修会</translation>
    </message>
    <message>
        <source>Local workshop</source>
        <translation>現地研修会</translation>
    </message>
    <message>
        <source>A bureau&apos;s limit cannot be negative.</source>
        <translation>総合通信局ごとの上限に負の値は指定できません。</translation>
    </message>
    <message>
        <source>“%1” has sessions with dates, participants or files; it cannot be removed.</source>
        <translation>「%1」には日程・参加者・資料のある会合があるため削除できません。</translation>
    </message>
    <message>
        <source>The report due day must be between 1 and 31.</source>
        <translation>月次報告の提出日は1日から31日です。</translation>
    </message>
    <message>
        <source>Meeting %1 is neither a workshop nor the final meeting.</source>
        <translation>会合 %1 は研修会でも最終成果報告会でもありません。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ProgressSummaryData</name>
    <message>
        <source>%1 is not among the program&apos;s selected municipalities.</source>
        <translation>%1 はこの事業の支援対象団体ではありません。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ReadOnlyConnection</name>
    <message>
        <source>“%1” changed while it was read; try again in a moment.</source>
        <translation>「%1」は読み込み中に変更されました。しばらくしてから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ReportGridModel</name>
    <message>
        <source>No report is due for this month.</source>
        <translation>この月の報告はありません。</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>Received %1 (%2)</source>
        <translation>%1 受領（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Late by %n day(s)</source>
        <translation>
            <numerusform>%n 日遅れ</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed %1 by %2</source>
        <translation>%1 確認（%2）</translation>
    </message>
    <message>
        <source>⚑ Neither a report nor any consultation this month.</source>
        <translation>⚑ この月は報告も相談もありません。</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>団体</translation>
    </message>
    <message numerus="yes">
        <source>▲ %n milestone(s) of the plan delayed.</source>
        <translation>
            <numerusform>▲ 計画のマイルストーン %n 件が遅延しています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ReportRepository</name>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>郵送</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>FAX</translation>
    </message>
    <message>
        <source>At a meeting</source>
        <translation>会議で</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>提出前</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>提出期間中</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>未提出（期限超過）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受領</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>確認済</translation>
    </message>
    <message>
        <source>There is no report %1.</source>
        <translation>報告 %1 はありません。</translation>
    </message>
    <message>
        <source>No report of %1 for %2 is scheduled: it is not selected, or the month is outside its reporting period.</source>
        <translation>%1 の %2 分の報告は予定されていません（選定されていないか、報告期間外の月です）。</translation>
    </message>
    <message>
        <source>The received date is not a date.</source>
        <translation>受領日が日付ではありません。</translation>
    </message>
    <message>
        <source>Say how the report came (e-mail, post, fax, at a meeting, other).</source>
        <translation>受領方法（メール、郵送、FAX、会議で、その他）を選んでください。</translation>
    </message>
    <message>
        <source>A report is reviewed only once it has been received.</source>
        <translation>確認できるのは受領した報告だけです。</translation>
    </message>
    <message>
        <source>The review date is before the report was received.</source>
        <translation>確認日が受領日より前です。</translation>
    </message>
    <message>
        <source>The report for %1 cannot have been received before that month began.</source>
        <translation>%1 分の報告を、その月が始まる前に受領することはできません。</translation>
    </message>
    <message>
        <source>%1 is still to come: a report is recorded as received or reviewed on the day it was.</source>
        <translation>%1 はまだ到来していません。報告の受領日・確認日は実際の日付で記録してください。</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>未着</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>順調</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Unknown state of a milestone.</source>
        <translation>不明なマイルストーンの状況です。</translation>
    </message>
    <message>
        <source>Give “%1” a state for its note.</source>
        <translation>「%1」にメモを付けるときは、状況も選んでください。</translation>
    </message>
    <message>
        <source>“%1” is not a milestone of this municipality&apos;s plan.</source>
        <translation>「%1」はこの団体の計画のマイルストーンではありません。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ReviewRepository</name>
    <message>
        <source>MIC division</source>
        <translation>総務省（担当課）</translation>
    </message>
    <message>
        <source>Regional bureau</source>
        <translation>総合通信局</translation>
    </message>
    <message>
        <source>Support contractor</source>
        <translation>支援実施事業者</translation>
    </message>
    <message>
        <source>Additional documents</source>
        <translation>追加資料</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>ヒアリング</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>回答待ち</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回答済み</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>取り下げ</translation>
    </message>
    <message>
        <source>A reviewer needs a name.</source>
        <translation>審査員の氏名を入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not an affiliation.</source>
        <translation>「%1」は所属として指定できません。</translation>
    </message>
    <message>
        <source>A reviewer of a regional bureau names the bureau.</source>
        <translation>総合通信局の審査員は、所属する総合通信局を指定してください。</translation>
    </message>
    <message>
        <source>Scores run from 1 to 5.</source>
        <translation>評点は1から5です。</translation>
    </message>
    <message>
        <source>This reviewer declared a conflict of interest (%1) and cannot score this application.</source>
        <translation>この審査員は利益相反（%1）を申告しているため、この応募を評価できません。</translation>
    </message>
    <message>
        <source>A conflict of interest needs its reason.</source>
        <translation>利益相反の理由を入力してください。</translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation>応募 %1 はありません。</translation>
    </message>
    <message>
        <source>“%1” is not a kind of request.</source>
        <translation>「%1」は依頼の種類ではありません。</translation>
    </message>
    <message>
        <source>A request needs the date it was made.</source>
        <translation>依頼日を入力してください。</translation>
    </message>
    <message>
        <source>A request needs what was asked.</source>
        <translation>依頼内容を入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a state of a request.</source>
        <translation>「%1」は依頼の状態ではありません。</translation>
    </message>
    <message>
        <source>An answered request needs the date of the answer.</source>
        <translation>回答済みの依頼には回答日が必要です。</translation>
    </message>
    <message>
        <source>The answer cannot come before the question.</source>
        <translation>回答日が依頼日より前になっています。</translation>
    </message>
    <message>
        <source>This reviewer has given scores and cannot be removed; mark them inactive instead.</source>
        <translation>この審査員は評価済みのため削除できません。代わりに「無効」にしてください。</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>依頼 %1 はありません。</translation>
    </message>
    <message>
        <source>%1 is still to come: record a review on the day it is given.</source>
        <translation>%1 はまだ到来していません。審査を行った日付で記録してください。</translation>
    </message>
    <message>
        <source>The application was received on %1: it cannot have been reviewed on %2.</source>
        <translation>応募の受付日は %1 です。審査日（%2）はそれ以降としてください。</translation>
    </message>
    <message>
        <source>The request cannot have been made on %1, before the application was received on %2.</source>
        <translation>依頼日（%1）が応募の受付日（%2）より前になっています。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::SchemaMigrator</name>
    <message>
        <source>The schema script %1 is missing from the program.</source>
        <translation>スキーマのスクリプト %1 がプログラムに含まれていません。</translation>
    </message>
    <message>
        <source>Upgrading the file to schema version %1 failed; the file was left as it was. %2</source>
        <translation>ファイルをスキーマバージョン %1 に更新できませんでした。ファイルは元のままです。%2</translation>
    </message>
    <message>
        <source>A schema statement is not complete: %1</source>
        <translation>スキーマの SQL 文が完結していません: %1</translation>
    </message>
    <message>
        <source>A schema statement failed: %1</source>
        <translation>スキーマの SQL 文が失敗しました: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed; the database was left as it was. %2</source>
        <translation>データベースをスキーマ版 %1 に更新できませんでした。データベースは元のままです。%2</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::SelectionBoardModel</name>
    <message>
        <source>%1 (tie)</source>
        <translation>%1（同点）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>応募団体</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>総合通信局</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>応募資格</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>評価済み</translation>
    </message>
    <message>
        <source>Proactiveness</source>
        <translation>積極性</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>事業者等</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>横展開</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>バランス案</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>選定結果</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::SelectionOptimizer</name>
    <message>
        <source>Its bureau already has %1 selected, its limit.</source>
        <translation>同じ総合通信局の管内で既に上限の %1 団体を選定しています。</translation>
    </message>
    <message>
        <source>Ranked %1; takes a place that a bureau&apos;s limit left free.</source>
        <translation>順位 %1。総合通信局ごとの上限により空いた枠に入ります。</translation>
    </message>
    <message>
        <source>Another application with the same score takes its place.</source>
        <translation>同点の他の応募が選ばれています。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::SenderGovernment</name>
    <message>
        <source> or </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ServerAddress</name>
    <message>
        <source>“%1” is not a server address; write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>「%1」はサーバーのアドレスではありません。postgresql://ユーザー@ホスト:ポート/データベース の形で書いてください。</translation>
    </message>
    <message>
        <source>“%1” is not a TLS mode; it is one of %2.</source>
        <translation>「%1」は TLS のモードではありません。次のいずれかです: %2</translation>
    </message>
    <message>
        <source>“%1” in the server address is not understood (sslmode and sslrootcert are).</source>
        <translation>サーバーのアドレスの「%1」は使えません（使えるのは sslmode と sslrootcert です）。</translation>
    </message>
    <message>
        <source>“%1” is not the name of a database.</source>
        <translation>「%1」はデータベースの名前ではありません。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>%1 on %2 as %3</source>
        <translation>%2 の %1（%3）</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ServerRoles</name>
    <message>
        <source>Coordinator</source>
        <translation>コーディネーター</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>相談員</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>審査員</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>閲覧者</translation>
    </message>
    <message>
        <source>A user needs a name without spaces around it.</source>
        <translation>ユーザーには、前後に空白のない名前が必要です。</translation>
    </message>
    <message>
        <source>That is not a role.</source>
        <translation>それは役割ではありません。</translation>
    </message>
    <message>
        <source>Only a reviewer belongs to a bureau.</source>
        <translation>総合通信局に属するのは審査員だけです。</translation>
    </message>
    <message>
        <source>The roles script is missing from the program.</source>
        <translation>役割のスクリプトがプログラムにありません。</translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation>パスワードは8文字以上にしてください。</translation>
    </message>
    <message>
        <source>There is already a user “%1”.</source>
        <translation>ユーザー「%1」はすでにいます。</translation>
    </message>
    <message>
        <source>There is no user “%1” here.</source>
        <translation>ここにはユーザー「%1」がいません。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::SessionListModel</name>
    <message>
        <source>%1 (no longer selected)</source>
        <translation>%1（選定取消）</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会合</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>開催団体</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>相談員</translation>
    </message>
    <message>
        <source>People</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日程</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::StorageError</name>
    <message>
        <source>The file is damaged (%1). Nothing more was changed in it. Restore a backup (File ▸ Restore Backup), or check it with “iotdesk-cli check”.</source>
        <translation>ファイルが破損しています（%1）。これ以上は何も変更していません。バックアップから復元するか（ファイル ▸ バックアップから復元）、「iotdesk-cli check」で検査してください。</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space on it and try again.</source>
        <translation>ディスクがいっぱいのため、保存しませんでした。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Nothing was saved: the file is open read-only (it is on read-only media, it is being checked, or it cannot be written by you).</source>
        <translation>保存しませんでした。ファイルは読み取り専用で開かれています（読み取り専用の媒体にある、検査中である、または書き込み権限がない）。</translation>
    </message>
    <message>
        <source>The disk could not be read or written (%1): nothing was saved. Check the disk or the network drive, and try again.</source>
        <translation>ディスクの読み書きができませんでした（%1）。保存していません。ディスクまたはネットワークドライブを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The file is busy: another program or person is writing to it. Nothing was saved; try again in a moment.</source>
        <translation>ファイルは使用中です（他のプログラムまたは他の人が書き込み中）。保存していません。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The application could not be read or saved: %1</source>
        <translation>応募を読み込み・保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The consultation could not be read or saved: %1</source>
        <translation>相談記録を読み書きできませんでした: %1</translation>
    </message>
    <message>
        <source>The contact could not be read or saved: %1</source>
        <translation>連絡先を読み書きできませんでした: %1</translation>
    </message>
    <message>
        <source>The file could not be read or saved: %1</source>
        <translation>ファイルを読み込めないか保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not read the local governments: %1</source>
        <translation>地方公共団体を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Could not store the master data: %1</source>
        <translation>マスターデータを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The meeting could not be read or saved: %1</source>
        <translation>会合を読み込めないか保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The program could not be read or saved: %1</source>
        <translation>事業を読み込み・保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The report could not be read or saved: %1</source>
        <translation>報告を読み込めないか保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The review could not be read or saved: %1</source>
        <translation>審査情報を読み込み・保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Not saved: your role on the team database (%1) may not make this change. A coordinator can make it, or give you another role.</source>
        <translation>保存していません: チームのデータベースでのあなたの役割（%1）では、この変更はできません。コーディネーターが変更するか、あなたの役割を変えてもらってください。</translation>
    </message>
    <message>
        <source>Not saved: your role on the team database (%1) may make this change only for the applications of your own bureau.</source>
        <translation>保存していません: チームのデータベースでのあなたの役割（%1）では、この変更は担当総合通信局の応募に対してだけできます。</translation>
    </message>
    <message>
        <source>The lesson learned could not be read or saved: %1</source>
        <translation>ノウハウを読み込めないか保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The plan could not be read or saved: %1</source>
        <translation>計画を読み込めないか保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::TableFileWriter</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>「%1」に書き込めません: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be written: the folder does not exist.</source>
        <translation>「%1」に書き込めません: フォルダがありません。</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>「%1」に書き込めません。</translation>
    </message>
    <message>
        <source>More than an Excel sheet holds (1,048,575 rows): narrow the filters, or export as CSV.</source>
        <translation>Excel のシート1枚に収まる行数（1,048,575行）を超えています。条件を絞り込むか、CSV で書き出してください。</translation>
    </message>
    <message>
        <source>Choose a file ending in .csv or .xlsx.</source>
        <translation>.csv または .xlsx のファイル名を指定してください。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::TextDecoder</name>
    <message>
        <source>The %1 converter is not available (%2).</source>
        <translation>%1 の変換器を利用できません（%2）。</translation>
    </message>
    <message>
        <source>Line %1: the bytes are not valid %2 text.</source>
        <translation>%1 行目: %2 のテキストとして正しくないバイト列があります。</translation>
    </message>
    <message>
        <source>Line %1: the %2 text could not be converted (%3).</source>
        <translation>%1 行目: %2 のテキストを変換できませんでした（%3）。</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::Transaction</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>トランザクションを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>The transaction is no longer active.</source>
        <translation>トランザクションは既に終了しています。</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>変更を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::YearCalendarModel</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Applications open</source>
        <translation>応募受付開始</translation>
    </message>
    <message>
        <source>Applications close</source>
        <translation>応募締切</translation>
    </message>
    <message>
        <source>%1: planned period</source>
        <translation>%1: 予定期間</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::AgendaTab</name>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>演題</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>講師</translation>
    </message>
    <message>
        <source>Line %1: the day is a number (1, 2, …).</source>
        <translation>%1行目: 日は数字（1、2、…）で入力してください。</translation>
    </message>
    <message>
        <source>&amp;Save Agenda</source>
        <translation>次第を保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ApplicationDialog</name>
    <message>
        <source>New Application</source>
        <translation>応募の新規登録</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>応募</translation>
    </message>
    <message>
        <source>Code or name, e.g. 132063 or 東京都府中市</source>
        <translation>コードまたは名称（例: 132063、東京都府中市）</translation>
    </message>
    <message>
        <source>Joint applicants, separated by 、</source>
        <translation>共同応募団体（「、」で区切る）</translation>
    </message>
    <message>
        <source>Received by e-mail</source>
        <translation>メールでの受付</translation>
    </message>
    <message>
        <source>Received (Japan time):</source>
        <translation>受付日時（日本時間）:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>送信者:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>件名:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>添付ファイル:</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>応募団体</translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation>代表団体:</translation>
    </message>
    <message>
        <source>Joint:</source>
        <translation>共同応募団体:</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>応募資格</translation>
    </message>
    <message>
        <source>Reports its activities about monthly</source>
        <translation>月1回程度、活動内容を報告する</translation>
    </message>
    <message>
        <source>Hosts workshop 2 in its own area</source>
        <translation>第2回研修会兼相談会を自らの行政区域内で開催する</translation>
    </message>
    <message>
        <source>Attends workshops 1 and 3 and the final meeting</source>
        <translation>第1回・第3回研修会兼相談会と最終成果報告会に参加する</translation>
    </message>
    <message>
        <source>Introduced IoT through: %1</source>
        <translation>次の事業で地域IoTを導入済み: %1</translation>
    </message>
    <message>
        <source>Has a comprehensive regional partnership agreement for ICT/IoT</source>
        <translation>ICT/IoTに関する民間企業との地域包括連携協定がある</translation>
    </message>
    <message>
        <source>— not answered</source>
        <translation>— 未回答</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Opinions</source>
        <translation>意見</translation>
    </message>
    <message>
        <source>Regional bureau:</source>
        <translation>総合通信局:</translation>
    </message>
    <message>
        <source>Contractor:</source>
        <translation>支援実施事業者:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備考:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Role in the project</source>
        <translation>事業での役割</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Member municipalities</source>
        <translation>構成団体</translation>
    </message>
    <message>
        <source>Codes or names, separated by 、</source>
        <translation>コードまたは団体名（「、」区切り）</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Partner businesses and bodies</source>
        <translation>連携事業者・団体</translation>
    </message>
    <message>
        <source>Multi-area frameworks</source>
        <translation>広域連携</translation>
    </message>
    <message>
        <source>Contacts, Partners and Frameworks</source>
        <translation>担当者・連携事業者・広域連携</translation>
    </message>
    <message>
        <source>Name one local government as the lead; the others are joint applicants.</source>
        <translation>代表団体は1団体だけを入力してください。他の団体は共同応募団体の欄に入力します。</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ApplicationMailDialog</name>
    <message>
        <source>Import Application Mail</source>
        <translation>応募メールの取り込み</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信日時</translation>
    </message>
    <message>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Lead local government</source>
        <translation>代表団体</translation>
    </message>
    <message numerus="yes">
        <source>Take In %n Application(s)</source>
        <translation>
            <numerusform>%n件の応募を取り込む</numerusform>
        </translation>
    </message>
    <message>
        <source>Recognised as</source>
        <translation>判定結果</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>取り込まない理由:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>差出人:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>件名:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受信日時:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>本文:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>添付ファイル:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Attachments of %1 exceed the 10 MB MIC can receive by mail: the applicant must consult MIC.</source>
        <translation>添付ファイル %1 は総務省がメールで受信できる10MBを超えています。応募者が総務省へ相談する必要があります。</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <source>Each mail is taken in as one application, with its attached files. Check the lead local government of each mail: where the sender names none, or the mail domain fits several, choose a candidate or type a code (6 digits), a name or a reading; the local government it names is shown beside it. Mails with more than 10 MB of attachments are marked: MIC cannot receive them by mail, so the applicant must consult MIC. Files that are not mails, and mails taken in already, are left out.</source>
        <translation>メール1通を応募1件として、添付ファイルとともに取り込みます。各メールの代表団体を確認してください。差出人から団体を判定できなかったメールや、ドメインに当てはまる団体が複数あるメールは、候補から選ぶか、団体コード（6桁）・名称・読みを入力してください。入力した内容が指す団体が右隣に表示されます。添付ファイルが10MBを超えるメールには印が付きます（総務省はメールで受信できないため、応募者が総務省へ相談する必要があります）。メールでないファイルと取り込み済みのメールは取り込みません。</translation>
    </message>
    <message>
        <source>%1 (over)</source>
        <comment>over the 10 MB mail limit</comment>
        <translation>%1（超過）</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ApplicationsPage</name>
    <message>
        <source>&amp;Program:</source>
        <translation>事業(&amp;P):</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>CSV から取り込み…</translation>
    </message>
    <message>
        <source>Applications from a CSV file in UTF-8 or Shift_JIS (CP932); all or nothing.</source>
        <translation>UTF-8 または Shift_JIS（CP932）の CSV ファイルから応募を取り込みます。1件でも誤りがあれば何も取り込みません。</translation>
    </message>
    <message>
        <source>Write Receipt Confirmation…</source>
        <translation>受取確認メールを作成…</translation>
    </message>
    <message>
        <source>Copy Confirmation Text</source>
        <translation>受取確認の文面をコピー</translation>
    </message>
    <message numerus="yes">
        <source>%Ln application(s); %2 ineligible; %3 confirmation(s) due or overdue</source>
        <translation>
            <numerusform>応募 %Ln 件、うち応募資格なし %2 件、受取確認の期限到来・超過 %3 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an application to see its details.</source>
        <translation>応募を選ぶと詳細が表示されます。</translation>
    </message>
    <message>
        <source>Joint applicants: %1</source>
        <translation>共同応募団体: %1</translation>
    </message>
    <message>
        <source>Received %1 from %2 (%3), attachments %4.</source>
        <translation>受付 %1、送信者 %2（%3）、添付 %4</translation>
    </message>
    <message>
        <source>Over 10 MB: MIC cannot receive such mail; the applicant must consult MIC first.</source>
        <translation>10MB超: 総務省では受信できないため、応募者は事前に総務省へ相談する必要があります。</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>未回答: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>担当者: %1</translation>
    </message>
    <message>
        <source>Partner: %1 (%2) — %3</source>
        <translation>連携事業者・団体: %1（%2）— %3</translation>
    </message>
    <message>
        <source>Framework: %1 %2 (%3)</source>
        <translation>広域連携: %1 %2（%3）</translation>
    </message>
    <message>
        <source>Review: %1 of %2 scored</source>
        <translation>審査: %2 人中 %1 人評価済み</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>選定結果: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Select an application first.</source>
        <translation>先に応募を選んでください。</translation>
    </message>
    <message>
        <source>Import Applications</source>
        <translation>応募の取り込み</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>No mail program could be opened; the text was copied to the clipboard instead.</source>
        <translation>メールソフトを開けなかったため、文面をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>応募・選定</translation>
    </message>
    <message>
        <source>New Application…</source>
        <translation>応募を登録…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Requests…</source>
        <translation>追加資料・ヒアリング…</translation>
    </message>
    <message>
        <source>Additional documents, explanations and hearings asked of the applicant, and their answers.</source>
        <translation>応募者に求めた追加資料・説明・ヒアリングとその回答</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>構成団体: %1</translation>
    </message>
    <message>
        <source>Still to score: %1</source>
        <translation>未評価の審査員: %1</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>すべての応募</translation>
    </message>
    <message>
        <source>Confirmation due or overdue</source>
        <translation>受取確認が本日期限・期限超過</translation>
    </message>
    <message>
        <source>Ineligible or incomplete</source>
        <translation>応募資格なし・回答不足</translation>
    </message>
    <message>
        <source>Still being reviewed</source>
        <translation>審査中（未評価あり）</translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation>選定結果が未入力</translation>
    </message>
    <message>
        <source>Import from Mail…</source>
        <translation>メールから取り込み…</translation>
    </message>
    <message>
        <source>Applications from saved mails (.eml): received time, sender, size and attached files; .eml files can also be dropped on this page.</source>
        <translation>保存した応募メール（.eml）から、受信日時・差出人・サイズ・添付ファイルを取り込みます。.eml ファイルをこのページにドロップすることもできます。</translation>
    </message>
    <message>
        <source>Import Application Mail</source>
        <translation>応募メールの取り込み</translation>
    </message>
    <message>
        <source>Saved mails (*.eml);;All files (*)</source>
        <translation>保存したメール (*.eml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Create a program first: applications belong to a program.</source>
        <translation>先に事業を作成してください。応募は事業ごとに管理します。</translation>
    </message>
    <message>
        <source>No application mail to take in.</source>
        <translation>取り込める応募メールがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) taken in.</source>
        <translation>
            <numerusform>%n件取り込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the Confirmation Sent</source>
        <translation>受取確認の送付を記録</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>送付日(&amp;O):</translation>
    </message>
    <message>
        <source>Record Confirmation Sent…</source>
        <translation>受取確認の送付を記録…</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) imported.</source>
        <translation>
            <numerusform>%n件の応募を取り込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The confirmation text is on the clipboard.</source>
        <translation>受取確認の文面をクリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::Casebook</name>
    <message>
        <source>Final</source>
        <translation>最終</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第%1回</translation>
    </message>
    <message>
        <source>Points for regional IoT implementation planning</source>
        <translation>地域IoT実装計画策定のポイント</translation>
    </message>
    <message numerus="yes">
        <source>~ hints from the tracks of %n local government(s) ~</source>
        <translation>
            <numerusform>～%n地方公共団体の軌跡をヒントに～</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>%1 現在</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>Lessons by phase</source>
        <translation>段階別のノウハウ</translation>
    </message>
    <message>
        <source>The track through the year</source>
        <translation>1年間の歩み</translation>
    </message>
    <message>
        <source>%1 consultations this fiscal year; %2 of %3 monthly reports received.</source>
        <translation>今年度の相談 %1 件。月次報告は %3 件中 %2 件を受領。</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>得られたノウハウ</translation>
    </message>
    <message>
        <source>No lesson has been approved for publication yet.</source>
        <translation>公表を承認したノウハウはまだありません。</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::CommitmentsTab</name>
    <message>
        <source>What each selected municipality promised when applying (“Promised”), and whether it kept it: someone attended every day of each meeting in Tokyo, and it hosted its local workshop. Green: kept; red: a gap; white: still ahead.</source>
        <translation>各選定団体が応募時に約束したこと（「応募時の約束」）と、その実績です。東京での会合には毎日だれかが出席し、地域での研修会を開催したか。緑: 達成、赤: 不足、白: これから。</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ConflictPrompt</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>ほかの人が変更しています</translation>
    </message>
    <message>
        <source>What you typed is kept. Reload and Reapply shows the record as it is stored now with your changes put back on top, for you to check and save again.</source>
        <translation>入力した内容は残っています。「再読み込みして反映」を選ぶと、現在保存されている記録にあなたの変更を重ねて表示します。確認してもう一度保存してください。</translation>
    </message>
    <message>
        <source>&amp;Reload and Reapply</source>
        <translation>再読み込みして反映(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>編集を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Discard My Changes</source>
        <translation>自分の変更を破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>保存されませんでした</translation>
    </message>
    <message>
        <source>What you typed is kept: correct it and save again, or cancel.</source>
        <translation>入力した内容は残っています。直してもう一度保存するか、取り消してください。</translation>
    </message>
    <message>
        <source>Reloaded as stored now, with your changes put back on top: check and save.</source>
        <translation>現在保存されている内容に、あなたの変更を重ねて読み込み直しました。確認して保存してください。</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ConnectDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation>チームのデータベースに接続</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <source>e.g. db.example.lg.jp</source>
        <translation>例: db.example.lg.jp</translation>
    </message>
    <message>
        <source>Encrypted, server verified (verify-full)</source>
        <translation>暗号化し、サーバーを検証する（verify-full）</translation>
    </message>
    <message>
        <source>Encrypted, certificate authority checked (verify-ca)</source>
        <translation>暗号化し、認証局を確認する（verify-ca）</translation>
    </message>
    <message>
        <source>Encrypted, server not verified (require)</source>
        <translation>暗号化するが、サーバーは検証しない（require）</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it (prefer)</source>
        <translation>サーバーが対応していれば暗号化する（prefer）</translation>
    </message>
    <message>
        <source>Not encrypted (disable)</source>
        <translation>暗号化しない（disable）</translation>
    </message>
    <message>
        <source>The certificate authority&apos;s file (.crt)</source>
        <translation>認証局の証明書ファイル（.crt）</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>接続(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>最近の接続(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>暗号化(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>認証局(&amp;C):</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>認証局</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>証明書 (*.crt *.pem);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Name the server (its host name or address).</source>
        <translation>サーバー（ホスト名またはアドレス）を入力してください。</translation>
    </message>
    <message>
        <source>Name the database (iotdesk, unless your administrator says otherwise).</source>
        <translation>データベース名を入力してください（管理者の指示がなければ iotdesk）。</translation>
    </message>
    <message>
        <source>Give your user name on the team database.</source>
        <translation>チームのデータベースでのユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>Verifying the server needs the certificate authority&apos;s file.</source>
        <translation>サーバーを検証するには認証局の証明書ファイルが必要です。</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>パスワードをシステムのキーチェーンに保存する(&amp;K)</translation>
    </message>
    <message>
        <source>Used for this connection only</source>
        <translation>この接続にだけ使います</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>システムのキーチェーンに保存済み</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ConsultationDialog</name>
    <message>
        <source>Name the local government: a code, a name or its reading.</source>
        <translation>団体をコード、名称または読みで入力してください。</translation>
    </message>
    <message>
        <source>Log Consultation</source>
        <translation>相談の記録</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>相談記録</translation>
    </message>
    <message>
        <source>Code, name or reading, e.g. 132063, 府中市, ふちゅう</source>
        <translation>コード・名称・読み（例: 132063、府中市、ふちゅう）</translation>
    </message>
    <message>
        <source>Name; completed from the people known there</source>
        <translation>氏名（登録済みの担当者から補完）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>What has to follow, if anything</source>
        <translation>今後の対応（あれば）</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>&amp;When (Japan time):</source>
        <translation>日時（日本時間）(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Local government:</source>
        <translation>団体(&amp;L):</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>担当部署:</translation>
    </message>
    <message>
        <source>C&amp;ounterpart:</source>
        <translation>相手方(&amp;O):</translation>
    </message>
    <message>
        <source>Co&amp;nsultant:</source>
        <translation>担当(&amp;N):</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>時間:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>手段(&amp;H):</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>相談分野</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>概要(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Advice given:</source>
        <translation>助言内容(&amp;A):</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>期限:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>フォローアップ(&amp;F):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>the consultant</source>
        <translation>相談の担当者</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>担当:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（なし）</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ConsultationsPage</name>
    <message>
        <source>Delete Consultation</source>
        <translation>相談記録の削除</translation>
    </message>
    <message>
        <source>Delete the selected consultation? Edit ▸ Undo brings it back.</source>
        <translation>選んだ相談記録を削除しますか？「編集」▸「元に戻す」で戻せます。</translation>
    </message>
    <message>
        <source>Export Consultations</source>
        <translation>相談記録の書き出し</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Next Follow-up</source>
        <translation>次のフォローアップ</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>対応内容:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>期限:</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>相談記録</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>対応時間</translation>
    </message>
    <message>
        <source>Search summaries, advice and mails</source>
        <translation>概要・助言・メールを検索</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>A code or a name; Enter applies it.</source>
        <translation>コードまたは名称（Enter で絞り込み）</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>未完了のフォローアップ</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>絞り込み解除</translation>
    </message>
    <message>
        <source>From (Japan date)</source>
        <translation>開始日（日本時間）</translation>
    </message>
    <message>
        <source>To (Japan date)</source>
        <translation>終了日（日本時間）</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>すべての手段</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>すべての分野</translation>
    </message>
    <message>
        <source>Log Consultation…</source>
        <translation>相談を記録…</translation>
    </message>
    <message>
        <source>Ctrl+L, from any page</source>
        <translation>Ctrl+L（どの画面からでも）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation>経緯…</translation>
    </message>
    <message>
        <source>Every consultation with this local government, newest first, for reading before calling back.</source>
        <translation>この団体とのすべての相談を新しい順に表示します（折り返しの前に）。</translation>
    </message>
    <message>
        <source>Import Mail…</source>
        <translation>メールの取り込み…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV に書き出し…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Excel に書き出し…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Done &amp;&amp; Schedule Next…</source>
        <translation>完了して次を予定…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対応内容</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>相談日</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>By local government</source>
        <translation>団体別</translation>
    </message>
    <message>
        <source>By consultant</source>
        <translation>担当別</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>相談記録</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>すべての担当</translation>
    </message>
    <message>
        <source>Every owner</source>
        <translation>すべての担当</translation>
    </message>
    <message>
        <source>The %L1 most recently logged matches; there are more — add a word or a filter to narrow them.</source>
        <translation>最近記録された %L1 件を表示しています（ほかにもあります。語や条件を追加して絞り込んでください）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln consultation(s)</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a consultation to read it.</source>
        <translation>相談記録を選ぶと内容を表示します。</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>Counterpart: %1</source>
        <translation>相手方: %1</translation>
    </message>
    <message>
        <source>Consultant: %1</source>
        <translation>担当: %1</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>相談分野: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>助言内容</translation>
    </message>
    <message>
        <source>Follow-up: %1 (due %2)</source>
        <translation>フォローアップ: %1（期限 %2）</translation>
    </message>
    <message>
        <source>Follow-up done %2: %1</source>
        <translation>フォローアップ完了 %2: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>差出人: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>宛先: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln consultation(s) written to %1.</source>
        <translation>
            <numerusform>%Ln 件を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Mail</source>
        <translation>メールの取り込み</translation>
    </message>
    <message>
        <source>Saved mails (*.eml);;All files (*)</source>
        <translation>保存したメール (*.eml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>No consultation yet.</source>
        <translation>まだ相談記録はありません。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>経緯</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>People…</source>
        <translation>担当者…</translation>
    </message>
    <message>
        <source>The people of this local government, or the consultants: names, readings, e-mail addresses (which let saved mails find them).</source>
        <translation>この団体の担当者、または相談員の一覧です（氏名・読み・メールアドレス。メールアドレスがあると取り込んだメールを自動で判定できます）。</translation>
    </message>
    <message>
        <source>Saved mails (.eml), each logged as a consultation; or drop them on this page.</source>
        <translation>保存したメール（.eml）をそれぞれ相談記録にします。この画面にドロップすることもできます。</translation>
    </message>
    <message>
        <source>Follow-up Done</source>
        <translation>フォローアップの完了</translation>
    </message>
    <message>
        <source>Done &amp;on:</source>
        <translation>完了日(&amp;O):</translation>
    </message>
    <message>
        <source>Consultation with %1 on %2 %3 logged.</source>
        <translation>%1との相談（%2 %3）を記録しました。</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ContactsDialog</name>
    <message>
        <source>Active (offered when typing a name)</source>
        <translation>有効（入力時に候補として表示）</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>新しい担当者</translation>
    </message>
    <message>
        <source>Save Person</source>
        <translation>担当者を保存</translation>
    </message>
    <message>
        <source>People</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>People at a local government</source>
        <translation>団体の担当者</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>相談員</translation>
    </message>
    <message>
        <source>Code or name; Enter shows its people</source>
        <translation>コードまたは名称（Enter で表示）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <source>Reading (kana):</source>
        <translation>読み（かな）:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>担当部署:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>役職:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>メール:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話:</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>担当者を追加</translation>
    </message>
    <message>
        <source>Type a local government&apos;s code, name or reading and press Enter</source>
        <translation>団体のコード、名称またはよみを入力して Enter</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::DashboardPage</name>
    <message>
        <source>Save the Progress Summary</source>
        <translation>進捗状況報告の保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>未完了のフォローアップ</translation>
    </message>
    <message>
        <source>%1+ days</source>
        <translation>%1日以上</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1～%2日</translation>
    </message>
    <message>
        <source>Attendance %</source>
        <translation>出席率 %</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最終報告会</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>進捗状況報告</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>事業(&amp;P):</translation>
    </message>
    <message>
        <source>Progress &amp;Summary</source>
        <translation>進捗状況報告(&amp;S)</translation>
    </message>
    <message>
        <source>The program&apos;s progress summary on A4, for reporting upward.</source>
        <translation>事業全体の進捗状況報告（A4、上申用）。</translation>
    </message>
    <message>
        <source>Print &amp;Preview…</source>
        <translation>印刷プレビュー(&amp;P)…</translation>
    </message>
    <message>
        <source>Monthly reports</source>
        <translation>月次報告</translation>
    </message>
    <message>
        <source>Consultations per month</source>
        <translation>月別の相談件数</translation>
    </message>
    <message>
        <source>Open follow-ups by age</source>
        <translation>未完了フォローアップの経過日数</translation>
    </message>
    <message>
        <source>Attendance per meeting</source>
        <translation>会合別の出席率</translation>
    </message>
    <message>
        <source>Click a bar to open the list behind it.</source>
        <translation>棒をクリックすると、その一覧を開きます。</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDFとして保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;To begin:&lt;/b&gt; check the program&apos;s dates on the Program page, then enter the applications on the Applications page (New Application…, Import from CSV… or Import from Mail…); F1 opens the user guide.</source>
        <translation>&lt;b&gt;はじめに:&lt;/b&gt; 事業画面で事業の日程を確かめ、応募受付画面で応募を登録してください（応募を登録…、CSV から取り込み…、メールから取り込み…）。F1 で使い方ガイドが開きます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; add reviewers and scores on the Selection page, then record the decisions with the day they were taken.</source>
        <translation>&lt;b&gt;次に:&lt;/b&gt; 審査・選定画面で審査員と評点を登録し、選定結果を決定日とともに記録してください。</translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation>応募件数</translation>
    </message>
    <message>
        <source>Applications selected</source>
        <translation>選定件数</translation>
    </message>
    <message>
        <source>Received on time</source>
        <translation>期限内に提出</translation>
    </message>
    <message>
        <source>Received late</source>
        <translation>期限後に提出</translation>
    </message>
    <message>
        <source>Overdue, not received</source>
        <translation>期限超過・未提出</translation>
    </message>
    <message>
        <source>applications %1</source>
        <translation>応募 %1</translation>
    </message>
    <message>
        <source>selected %1</source>
        <translation>選定 %1</translation>
    </message>
    <message>
        <source>reports missing %1</source>
        <translation>未提出の報告 %1</translation>
    </message>
    <message>
        <source>consultations this fiscal year %1</source>
        <translation>今年度の相談 %1</translation>
    </message>
    <message>
        <source>open follow-ups %1</source>
        <translation>未完了のフォローアップ %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>%1 現在</translation>
    </message>
    <message>
        <source>Applications by bureau</source>
        <translation>総合通信局別の応募・選定</translation>
    </message>
    <message>
        <source>·</source>
        <comment>between two key figures</comment>
        <translation>・</translation>
    </message>
    <message>
        <source>Not yet reported</source>
        <translation>未報告</translation>
    </message>
    <message>
        <source>Milestones of the plans</source>
        <translation>計画のマイルストーン</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::DecisionDialog</name>
    <message>
        <source>Decision for %1</source>
        <translation>%1 の選定結果</translation>
    </message>
    <message>
        <source>Needed only to select an application that is not eligible or not reviewed.</source>
        <translation>応募資格を満たさない、または未審査の応募を選定する場合にのみ必要です。</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>選定結果(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>The day the decision was taken. The monthly reports of a selected municipality start the month after it.</source>
        <translation>選定を決めた日。選定団体の月次報告はその翌月から始まります。</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>決定日(&amp;O):</translation>
    </message>
    <message>
        <source>O&amp;verride reason:</source>
        <translation>特例の理由(&amp;V):</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::GlobalSearchDialog</name>
    <message>
        <source>Find Anything</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>A code, a name or its reading, a person, a word of a consultation or a meeting</source>
        <translation>コード、名称・よみ、人の名前、相談の語句、研修会名</translation>
    </message>
    <message>
        <source>↑/↓ choose, Enter opens.</source>
        <translation>↑/↓ で選び、Enter で開きます。</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>応募</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>相談</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>研修会</translation>
    </message>
    <message numerus="yes">
        <source>%n found. ↑/↓ choose, Enter opens.</source>
        <translation>
            <numerusform>%n 件。↑/↓ で選び、Enter で開きます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::GovernmentChooser</name>
    <message>
        <source>Code, name or reading</source>
        <translation>コード・名称・読み</translation>
    </message>
    <message>
        <source>Recognised from the address of a known person.</source>
        <translation>登録済みの担当者のアドレスから判定しました。</translation>
    </message>
    <message>
        <source>Recognised from the mail domain.</source>
        <translation>メールのドメインから判定しました。</translation>
    </message>
    <message>
        <source>Choose a candidate</source>
        <translation>候補から選択</translation>
    </message>
    <message>
        <source>Type a code or name</source>
        <translation>コードか名称を入力</translation>
    </message>
    <message numerus="yes">
        <source>Choose one of the %n candidates.</source>
        <translation>
            <numerusform>%n団体の候補から選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type its code, name or reading.</source>
        <translation>団体コード・名称・読みを入力してください。</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::GuardedDialog</name>
    <message>
        <source>Unsaved Input</source>
        <translation>未保存の入力</translation>
    </message>
    <message>
        <source>What you typed here is not saved yet. Save it, discard it, or go on editing?</source>
        <translation>入力した内容はまだ保存されていません。保存しますか、破棄しますか、それとも入力を続けますか？</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::HelpWindow</name>
    <message>
        <source>IoT Desk User Guide</source>
        <translation>IoT Desk 使い方ガイド</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F; Enter for the next)</source>
        <translation>ガイド内を検索（Ctrl+F、Enter で次を検索）</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::MailImportDialog</name>
    <message>
        <source>Import Mail</source>
        <translation>メールの取り込み</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Already in the log; left out.</source>
        <translation>記録済みのため取り込みません。</translation>
    </message>
    <message numerus="yes">
        <source>Log %n Mail(s)</source>
        <translation>
            <numerusform>%n 件を記録</numerusform>
        </translation>
    </message>
    <message>
        <source>Recognised as</source>
        <translation>判定結果</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>取り込まない理由:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>差出人:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>宛先:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>CC:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>件名:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受信日時:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>本文:</translation>
    </message>
    <message>
        <source>Each mail is logged as one e-mail consultation, with its real date, its addresses and its text. Check the local government of each mail: where no known person or mail domain names one, or the domain fits several, choose a candidate or type a code (6 digits), a name or a reading; the local government it names is shown beside it. Files that are not mails, and mails already in the log, are left out.</source>
        <translation>メール1通をメールでの相談1件として、実際の日時・アドレス・本文とともに記録します。各メールの団体を確認してください。登録済みの担当者やメールのドメインから団体を判定できなかったメールや、ドメインに当てはまる団体が複数あるメールは、候補から選ぶか、団体コード（6桁）・名称・読みを入力してください。入力した内容が指す団体が右隣に表示されます。メールでないファイルと記録済みのメールは取り込みません。</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::MailReviewDialog</name>
    <message numerus="yes">
        <source>%n mail(s) still without a local government:</source>
        <translation>
            <numerusform>団体が決まっていないメールが %n 通あります:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>…ほか %n 通</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::MainWindow</name>
    <message>
        <source>IoT Desk — %1</source>
        <translation>IoT Desk — %1</translation>
    </message>
    <message>
        <source>IoT Desk</source>
        <translation>IoT Desk</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>事業</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新規作成(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>設定(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About IoT Desk</source>
        <translation>IoT Desk について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>元に戻す: %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>やり直す: %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>%1 (schema version %2)</source>
        <translation>%1（スキーマバージョン %2）</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>利用者: %1</translation>
    </message>
    <message>
        <source>Open IoT Desk File</source>
        <translation>IoT Desk ファイルを開く</translation>
    </message>
    <message>
        <source>IoT Desk files (%1);;All files (*)</source>
        <translation>IoT Desk ファイル (%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>New IoT Desk File</source>
        <translation>IoT Desk ファイルの新規作成</translation>
    </message>
    <message>
        <source>IoT Desk files (%1)</source>
        <translation>IoT Desk ファイル (%1)</translation>
    </message>
    <message>
        <source>File Not Opened</source>
        <translation>ファイルを開けませんでした</translation>
    </message>
    <message>
        <source>IoT Desk did not open %1.</source>
        <translation>IoT Desk は %1 を開きませんでした。</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>別のファイルを開く…</translation>
    </message>
    <message>
        <source>Restore a Backup…</source>
        <translation>バックアップから復元…</translation>
    </message>
    <message>
        <source>New File…</source>
        <translation>新しいファイル…</translation>
    </message>
    <message>
        <source>The file was upgraded from version %1; a copy of it as it was is in %2.</source>
        <translation>ファイルをバージョン %1 から更新しました。更新前のコピーは %2 にあります。</translation>
    </message>
    <message>
        <source>Today&apos;s backup was written to %1.</source>
        <translation>本日のバックアップを %1 に作成しました。</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>最近使ったファイルはありません</translation>
    </message>
    <message>
        <source>File Exists</source>
        <translation>ファイルが既に存在します</translation>
    </message>
    <message>
        <source>%1 exists already. Use File ▸ Open to open it; a new file is never written over an existing one.</source>
        <translation>%1 は既に存在します。開く場合は「ファイル ▸ 開く」を使ってください。既存のファイルを新規ファイルで上書きすることはありません。</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>バックアップに失敗しました</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>バックアップを %1 に作成しました。</translation>
    </message>
    <message>
        <source>Not Restored</source>
        <translation>復元しませんでした</translation>
    </message>
    <message>
        <source>About IoT Desk</source>
        <translation>IoT Desk について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;IoT Desk %1&lt;/h3&gt;&lt;p&gt;The desk from which the Regional IoT Implementation Planning and Promotion-System Support Program of the Ministry of Internal Affairs and Communications is run: applications, selection, workshops, reports and consultations.&lt;/p&gt;&lt;p&gt;Master data: local government codes and readings from Japan Post&apos;s postcode data and MIC&apos;s code list; holidays from the holiday_jp project (MIT).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IoT Desk %1&lt;/h3&gt;&lt;p&gt;総務省「地域IoT実装のための計画策定・推進体制構築支援事業」の事務局業務（応募受付、選定、研修会、定期報告、相談対応）を行うためのアプリケーションです。&lt;/p&gt;&lt;p&gt;マスターデータ: 地方公共団体コードとよみは日本郵便の郵便番号データおよび総務省の全国地方公共団体コード、祝日は holiday_jp プロジェクト（MIT ライセンス）によります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>応募受付</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>審査・選定</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>相談記録</translation>
    </message>
    <message>
        <source>&amp;Consultations</source>
        <translation>相談(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Log Consultation…</source>
        <translation>相談を記録(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a phone call, mail, visit or meeting (Ctrl+L)</source>
        <translation>電話・メール・訪問・会議を記録します（Ctrl+L）</translation>
    </message>
    <message>
        <source>&amp;Import Mail…</source>
        <translation>メールの取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>ツールバー</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>研修会</translation>
    </message>
    <message>
        <source>Monthly Reports</source>
        <translation>月次報告</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Export the Table</source>
        <translation>表の書き出し</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>%1 に書き出しました。</translation>
    </message>
    <message>
        <source>&amp;Export Table…</source>
        <translation>表の書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>The table in view, as it is shown, as Excel or CSV.</source>
        <translation>表示中の表を、見えているとおりに Excel または CSV で書き出します。</translation>
    </message>
    <message>
        <source>This page has no table to export.</source>
        <translation>この画面には書き出す表がありません。</translation>
    </message>
    <message>
        <source>Choose a file ending in .xlsx or .csv.</source>
        <translation>.xlsx または .csv のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>使い方ガイド(&amp;G)</translation>
    </message>
    <message>
        <source>Who Are You?</source>
        <translation>ご担当者名</translation>
    </message>
    <message>
        <source>Your name, as consultations and the history record it (Settings ▸ Preferences changes it):</source>
        <translation>相談記録と変更履歴に記録するあなたの名前（設定 ▸ 環境設定 で変更できます）:</translation>
    </message>
    <message>
        <source>&amp;Find Anything…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>A local government, application, consultation, person or meeting (Ctrl+K)</source>
        <translation>団体、応募、相談、人、研修会を探して開く (Ctrl+K)</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be written: %1</source>
        <translation>本日のバックアップを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>Open Rea&amp;d-Only…</source>
        <translation>読み取り専用で開く(&amp;D)…</translation>
    </message>
    <message>
        <source>Open a file to read, search, print and export it without changing a byte of it.</source>
        <translation>ファイルを一切変更せずに開き、閲覧・検索・印刷・書き出しを行います。</translation>
    </message>
    <message>
        <source>The file passed its daily check; today&apos;s backup could not be written: %1</source>
        <translation>ファイルは毎日の検査に合格しました。本日のバックアップは作成できませんでした: %1</translation>
    </message>
    <message>
        <source>The file passed its daily check (%1 s); today&apos;s backup was written to %2.</source>
        <translation>ファイルは毎日の検査に合格しました（%1 秒）。本日のバックアップを %2 に作成しました。</translation>
    </message>
    <message>
        <source>The file passed its daily check (%1 s).</source>
        <translation>ファイルは毎日の検査に合格しました（%1 秒）。</translation>
    </message>
    <message>
        <source>The daily check found damage in this file (%1). It stays read-only so that nothing is written into it: restore a backup (File ▸ Restore from Backup).</source>
        <translation>毎日の検査で、このファイルに破損が見つかりました（%1）。何も書き込まないよう読み取り専用のままにしています。バックアップから復元してください（ファイル ▸ バックアップから復元）。</translation>
    </message>
    <message>
        <source>Read-only: %1. You can read, search, print and export; changes cannot be saved.</source>
        <translation>読み取り専用: %1。閲覧・検索・印刷・書き出しはできますが、変更は保存できません。</translation>
    </message>
    <message>
        <source>Checking the whole file, as on the first open of each day. You can read now; changes can be saved as soon as the check has passed.</source>
        <translation>その日最初に開いたため、ファイル全体を検査しています。閲覧はすぐにできます。変更は検査が終わりしだい保存できるようになります。</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>ログフォルダーを開く(&amp;L)</translation>
    </message>
    <message>
        <source>Log Folder</source>
        <translation>ログフォルダー</translation>
    </message>
    <message>
        <source>The log is kept in %1</source>
        <translation>ログは %1 に保存されています</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>チームのデータベースに接続(&amp;T)…</translation>
    </message>
    <message>
        <source>Work on the team&apos;s shared database on a PostgreSQL server instead of a local file.</source>
        <translation>ローカルのファイルの代わりに、PostgreSQL サーバー上のチーム共有のデータベースで作業します。</translation>
    </message>
    <message>
        <source>Team database %1 (schema version %2)</source>
        <translation>チームのデータベース %1（スキーマ版 %2）</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>ユーザー: %1（%2）</translation>
    </message>
    <message>
        <source>Team Database Not Opened</source>
        <translation>チームのデータベースを開けませんでした</translation>
    </message>
    <message>
        <source>IoT Desk could not open the team database %1.</source>
        <translation>IoT Desk はチームのデータベース %1 を開けませんでした。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Connect to &amp;Another…</source>
        <translation>別の接続先に接続(&amp;A)…</translation>
    </message>
    <message>
        <source>Open a &amp;Local File…</source>
        <translation>ローカルのファイルを開く(&amp;L)…</translation>
    </message>
    <message>
        <source>Type the &amp;Password…</source>
        <translation>パスワードを入力(&amp;P)…</translation>
    </message>
    <message>
        <source>The password was used for this connection only. %1</source>
        <translation>パスワードはこの接続にだけ使いました。%1</translation>
    </message>
    <message>
        <source>Reconnected to the team database at %1.</source>
        <translation>%1 にチームのデータベースに再接続しました。</translation>
    </message>
    <message>
        <source>The connection to the team database is lost. IoT Desk connects again by itself; until then nothing can be saved, and what you type stays in its dialog.</source>
        <translation>チームのデータベースへの接続が切れています。IoT Desk は自動的に再接続します。それまでは保存できませんが、入力した内容はダイアログに残ります。</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>計画</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::MeetingsPage</name>
    <message>
        <source>Export the Meetings as a Calendar</source>
        <translation>会合をカレンダーに書き出す</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
    <message>
        <source>Export the Attendance</source>
        <translation>出欠の書き出し</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>No session: choose a program with meetings.</source>
        <translation>会合がありません。会合のある事業を選んでください。</translation>
    </message>
    <message>
        <source>No municipality is selected yet.</source>
        <translation>まだ選定された団体がありません。</translation>
    </message>
    <message>
        <source>Choose a file ending in .xlsx or .csv.</source>
        <translation>.xlsx または .csv のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF に保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>事業(&amp;P):</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>カレンダーの書き出し(&amp;C)…</translation>
    </message>
    <message>
        <source>Scheduled meeting days as an iCalendar file (.ics) for Outlook, Google Calendar or Thunderbird.</source>
        <translation>日程の決まった会合を iCalendar ファイル（.ics）に書き出します（Outlook、Google カレンダー、Thunderbird 用）。</translation>
    </message>
    <message>
        <source>The &amp;Whole Program…</source>
        <translation>事業全体(&amp;W)…</translation>
    </message>
    <message>
        <source>The &amp;Chosen Session…</source>
        <translation>選択中の会合(&amp;C)…</translation>
    </message>
    <message>
        <source>Print &amp;Preview…</source>
        <translation>印刷プレビュー(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;Attendance…</source>
        <translation>出欠の書き出し(&amp;A)…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会合</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>参加状況</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>年間予定</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>次第</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>発表</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>研修会</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The session has changes that are not saved (details, agenda or timetable). Save them, discard them, or go on editing?</source>
        <translation>この会合には保存されていない変更があります（詳細、次第または発表順）。保存しますか、破棄しますか、それとも編集を続けますか？</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDFとして保存(&amp;S)…</translation>
    </message>
    <message>
        <source>(no date yet)</source>
        <translation>（日程未定）</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::MunicipalitiesPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Code, name or reading (e.g. 131016, 府中市, ふちゅう)</source>
        <translation>コード・名称・よみ（例: 131016、府中市、ふちゅう）</translation>
    </message>
    <message>
        <source>A 5- or 6-digit code (the check digit is checked), a name in kanji, or a reading in hiragana or katakana.</source>
        <translation>5桁または6桁のコード（検査数字を確認します）、漢字の名称、ひらがな・カタカナのよみで検索できます。</translation>
    </message>
    <message>
        <source>&amp;Prefecture:</source>
        <translation>都道府県(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Bureau:</source>
        <translation>総合通信局(&amp;B):</translation>
    </message>
    <message>
        <source>All prefectures</source>
        <translation>すべての都道府県</translation>
    </message>
    <message>
        <source>All bureaus</source>
        <translation>すべての総合通信局</translation>
    </message>
    <message>
        <source>No local government matches.</source>
        <translation>該当する地方公共団体はありません。</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>行を選ぶと詳細が表示されます。</translation>
    </message>
    <message>
        <source>code %1 (5 digits %2)</source>
        <translation>コード %1（5桁: %2）</translation>
    </message>
    <message>
        <source>also written %1</source>
        <translation>別表記 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln local government(s)</source>
        <translation>
            <numerusform>%Ln 団体</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ParticipantPicker</name>
    <message>
        <source>Show everyone</source>
        <translation>すべての人を表示</translation>
    </message>
    <message>
        <source>Register Participants</source>
        <translation>参加者の登録</translation>
    </message>
    <message>
        <source>Filter by name, reading or affiliation</source>
        <translation>氏名・読み・所属で絞り込み</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>担当者(&amp;P)…</translation>
    </message>
    <message>
        <source>Add or correct people, then choose them here.</source>
        <translation>担当者を追加・修正してから、ここで選んでください。</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登録(&amp;R)</translation>
    </message>
    <message>
        <source>Tick the people to register for every day of the session (Space ticks the selected ones).</source>
        <translation>会合の全日程に登録する人にチェックを付けてください（Space で選択中の人にチェック）。</translation>
    </message>
    <message>
        <source>Nobody is ticked: tick the people to register (Space ticks the selected ones), or Cancel.</source>
        <translation>誰にもチェックが付いていません。登録する人にチェックを付けてください（選択した人は Space でチェックできます）。やめる場合はキャンセルを押してください。</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ParticipantsTab</name>
    <message>
        <source>Remove Participants</source>
        <translation>参加者の削除</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s) and their attendance?</source>
        <translation>
            <numerusform>参加者 %n 人とその出欠を削除しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s); %1 of %2 registered person-days marked attended. Keys: A attended, X absent, E excused, R registered, Delete not registered; Ctrl+A selects the whole table.</source>
        <translation>
            <numerusform>参加者 %n 人。登録 %2 人日のうち %1 人日が出席。キー: A 出席、X 欠席、E 欠席（届出）、R 登録、Delete 登録解除。Ctrl+A で表全体を選択。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the cells to mark first (a day, a person, or Ctrl+A for all).</source>
        <translation>先に記録するセル（日、人、または Ctrl+A で全体）を選んでください。</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>欠席（届出あり）</translation>
    </message>
    <message>
        <source>The reason given (optional):</source>
        <translation>理由（任意）:</translation>
    </message>
    <message>
        <source>&amp;Register People…</source>
        <translation>参加者を登録(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Attended (A)</source>
        <translation>出席 (A)</translation>
    </message>
    <message>
        <source>Absent (X)</source>
        <translation>欠席 (X)</translation>
    </message>
    <message>
        <source>Excused… (E)</source>
        <translation>欠席（届出）… (E)</translation>
    </message>
    <message>
        <source>Registered (R)</source>
        <translation>登録 (R)</translation>
    </message>
    <message>
        <source>Print &amp;Attendance Sheet…</source>
        <translation>出席簿を印刷(&amp;A)…</translation>
    </message>
    <message>
        <source>Print Participant &amp;List…</source>
        <translation>参加者名簿を印刷(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::PlanDocument</name>
    <message>
        <source>The plan as it stands on %1</source>
        <translation>%1 現在の計画</translation>
    </message>
    <message>
        <source>%1 version (no. %2) of %3</source>
        <translation>%1（第%2版、%3）</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>分野:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>From the vision to the solutions</source>
        <translation>将来像から解決策まで</translation>
    </message>
    <message>
        <source>technology: %1</source>
        <translation>技術: %1</translation>
    </message>
    <message>
        <source>data: %1</source>
        <translation>データ: %1</translation>
    </message>
    <message>
        <source>partner: %1</source>
        <translation>連携事業者: %1</translation>
    </message>
    <message>
        <source>answers no issue</source>
        <translation>対応する課題なし</translation>
    </message>
    <message>
        <source>nothing under it yet</source>
        <translation>下位の項目なし</translation>
    </message>
    <message>
        <source>Promotion system</source>
        <translation>推進体制</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>構成員</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>報告先</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>ロードマップ</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Budget request</source>
        <translation>予算要求</translation>
    </message>
    <message>
        <source>Latest state</source>
        <translation>最新の状況</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基準値</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標値</translation>
    </message>
    <message>
        <source>Cost-effectiveness</source>
        <translation>費用対効果</translation>
    </message>
    <message>
        <source>year %1 (%2)</source>
        <translation>%1年目（%2）</translation>
    </message>
    <message>
        <source>not within the period</source>
        <translation>評価期間内に回収なし</translation>
    </message>
    <message>
        <source>Evaluated over years 0 to %1 (%2 to %3) at a discount rate of %4; year 0 is not discounted.</source>
        <translation>評価期間 0年目～%1年目（%2～%3）、割引率 %4 で評価しています。0年目は割り引きません。</translation>
    </message>
    <message>
        <source>Present value of benefits</source>
        <translation>便益の現在価値</translation>
    </message>
    <message>
        <source>Present value of costs</source>
        <translation>費用の現在価値</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>純現在価値（NPV）</translation>
    </message>
    <message>
        <source>B/C</source>
        <translation>費用便益比（B/C）</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>投資回収年</translation>
    </message>
    <message>
        <source>Discounted payback</source>
        <translation>割引後の投資回収年</translation>
    </message>
    <message>
        <source>Costs and benefits</source>
        <translation>費用と便益</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年次</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Borne by</source>
        <translation>負担者</translation>
    </message>
    <message>
        <source>How it was reckoned</source>
        <translation>算定根拠</translation>
    </message>
    <message>
        <source>Year by year</source>
        <translation>年次別</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>便益</translation>
    </message>
    <message>
        <source>Discount factor</source>
        <translation>割引係数</translation>
    </message>
    <message>
        <source>Cumulative net</source>
        <translation>純便益の累計</translation>
    </message>
    <message>
        <source>Cumulative net, discounted</source>
        <translation>純便益の累計（割引後）</translation>
    </message>
    <message>
        <source>Benefits %1</source>
        <translation>便益 %1</translation>
    </message>
    <message>
        <source>Costs %1</source>
        <translation>費用 %1</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>感度分析</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Risks and counter-measures</source>
        <translation>リスクと対策</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Counter-measure</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Regional IoT implementation plan of %1</source>
        <translation>%1 地域IoT実装計画</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::PlanDrawings</name>
    <message>
        <source>No members yet: add the departments, people and partners who will carry the plan out.</source>
        <translation>構成員がまだいません。計画を実行する庁内部署・担当者・連携事業者を追加してください。</translation>
    </message>
    <message>
        <source>No milestones yet.</source>
        <translation>マイルストーンはまだありません。</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>budget request</source>
        <translation>予算要求</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>研修会</translation>
    </message>
    <message>
        <source>Monthly reports</source>
        <translation>月次報告</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>相談件数</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>欠席</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::PlansPage</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Save the Casebook</source>
        <translation>事例集の保存</translation>
    </message>
    <message>
        <source>Save the Plan</source>
        <translation>計画の保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>計画</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n version(s)</source>
        <translation>
            <numerusform>%1、全%n版</numerusform>
        </translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>No application of this program is selected yet. A plan is written for each selected municipality: record the decisions on the Selection page first.</source>
        <translation>この事業では、まだ応募が選定されていません。計画は選定団体ごとに作成します。先に審査・選定画面で選定結果を記録してください。</translation>
    </message>
    <message>
        <source>Remove the Section</source>
        <translation>章の削除</translation>
    </message>
    <message>
        <source>Remove “%1” and its text? Undo brings it back.</source>
        <translation>「%1」とその本文を削除しますか？「元に戻す」で戻せます。</translation>
    </message>
    <message>
        <source>Move the Section “%1”</source>
        <translation>章「%1」の移動</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The plan&apos;s outline of %1 has changes that are not saved.</source>
        <translation>%1 の計画の概要に、保存されていない変更があります。</translation>
    </message>
    <message>
        <source>Rename the Section</source>
        <translation>章の名前の変更</translation>
    </message>
    <message>
        <source>Add a Section</source>
        <translation>章の追加</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>見出し(&amp;H):</translation>
    </message>
    <message>
        <source>data: %1</source>
        <translation>データ: %1</translation>
    </message>
    <message>
        <source>partner: %1</source>
        <translation>連携事業者: %1</translation>
    </message>
    <message>
        <source>This solution answers no issue yet.</source>
        <translation>この解決策には、まだ対応する課題がありません。</translation>
    </message>
    <message>
        <source>Nothing is under this entry yet.</source>
        <translation>この項目の下には、まだ何もありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) without a solution</source>
        <translation>
            <numerusform>解決策のない課題 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) without an issue</source>
        <translation>
            <numerusform>課題のない問題 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n solution(s) answering no issue</source>
        <translation>
            <numerusform>対応する課題のない解決策 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Think from the problem, not from the technology: describe the future vision, then the current state beside it; their gap is the problem, the causes behind it the issues, and only then the solutions. Start with Add Vision….</source>
        <translation>技術からではなく、問題から考えます。まず将来像を書き、その横に現状を書きます。両者の差が問題、その背景にある原因が課題で、解決策はその後に考えます。「将来像を追加…」から始めてください。</translation>
    </message>
    <message>
        <source>Every issue has a solution and every solution answers an issue.</source>
        <translation>すべての課題に解決策があり、すべての解決策が課題に対応しています。</translation>
    </message>
    <message>
        <source>Edit the Entry</source>
        <translation>項目の編集</translation>
    </message>
    <message>
        <source>Add an Entry</source>
        <translation>項目の追加</translation>
    </message>
    <message>
        <source>— no issue yet —</source>
        <translation>— 課題なし —</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種別:</translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation>上位の項目(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>内容(&amp;T):</translation>
    </message>
    <message>
        <source>Technology:</source>
        <translation>技術:</translation>
    </message>
    <message>
        <source>&amp;Data used:</source>
        <translation>活用するデータ(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>連携事業者(&amp;P):</translation>
    </message>
    <message>
        <source>Edit the Member</source>
        <translation>構成員の編集</translation>
    </message>
    <message>
        <source>Add a Member</source>
        <translation>構成員の追加</translation>
    </message>
    <message>
        <source>— nobody (the top) —</source>
        <translation>— なし（最上位） —</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種別(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>役割(&amp;R):</translation>
    </message>
    <message>
        <source>Reports &amp;to:</source>
        <translation>報告先(&amp;T):</translation>
    </message>
    <message>
        <source>The person &amp;responsible</source>
        <translation>責任者(&amp;R)</translation>
    </message>
    <message>
        <source>The &amp;lead department</source>
        <translation>主管課(&amp;L)</translation>
    </message>
    <message>
        <source>not yet reported</source>
        <translation>未報告</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Edit the Milestone</source>
        <translation>マイルストーンの編集</translation>
    </message>
    <message>
        <source>Add a Milestone</source>
        <translation>マイルストーンの追加</translation>
    </message>
    <message>
        <source>— a point in time —</source>
        <translation>— なし（時点） —</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>開始日(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>期限(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Budget requested in:</source>
        <translation>予算要求の年度(&amp;B):</translation>
    </message>
    <message>
        <source>The fiscal year of the budget request the milestone depends on.</source>
        <translation>このマイルストーンの前提となる予算要求の年度です。</translation>
    </message>
    <message>
        <source>Edit the KPI</source>
        <translation>KPI の編集</translation>
    </message>
    <message>
        <source>Add a KPI</source>
        <translation>KPI の追加</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>指標(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>単位(&amp;U):</translation>
    </message>
    <message>
        <source>in</source>
        <translation>年度:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>基準値(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目標値(&amp;T):</translation>
    </message>
    <message>
        <source>The baseline and the target are numbers (or left empty).</source>
        <translation>基準値と目標値は数値で入力してください（空欄でも構いません）。</translation>
    </message>
    <message>
        <source>year %1 (%2)</source>
        <translation>%1年目（%2）</translation>
    </message>
    <message>
        <source>not within the period</source>
        <translation>評価期間内に回収なし</translation>
    </message>
    <message>
        <source>Present value of benefits</source>
        <translation>便益の現在価値</translation>
    </message>
    <message>
        <source>Present value of costs</source>
        <translation>費用の現在価値</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>純現在価値（NPV）</translation>
    </message>
    <message>
        <source>B/C</source>
        <translation>費用便益比（B/C）</translation>
    </message>
    <message>
        <source>— (no costs)</source>
        <translation>—（費用なし）</translation>
    </message>
    <message>
        <source>Pays back</source>
        <translation>投資回収年</translation>
    </message>
    <message>
        <source>Discounted</source>
        <translation>割引後</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>計画どおり</translation>
    </message>
    <message>
        <source>Benefits %1</source>
        <translation>便益 %1</translation>
    </message>
    <message>
        <source>Costs %1</source>
        <translation>費用 %1</translation>
    </message>
    <message>
        <source>NPV (10,000 yen)</source>
        <translation>純現在価値（万円）</translation>
    </message>
    <message>
        <source>Edit the Cost</source>
        <translation>費用の編集</translation>
    </message>
    <message>
        <source>Edit the Benefit</source>
        <translation>便益の編集</translation>
    </message>
    <message>
        <source>Add a Cost</source>
        <translation>費用の追加</translation>
    </message>
    <message>
        <source>Add a Benefit</source>
        <translation>便益の追加</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source> yen/h</source>
        <translation> 円/時間</translation>
    </message>
    <message>
        <source>/h</source>
        <translation>/時間</translation>
    </message>
    <message>
        <source>&amp;Reckon</source>
        <translation>計算(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年次(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>項目(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Amount (yen):</source>
        <translation>金額（円）(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation>金額（円）(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Borne by:</source>
        <translation>負担者(&amp;B):</translation>
    </message>
    <message>
        <source>Hours saved × hourly cost:</source>
        <translation>削減時間 × 時間単価:</translation>
    </message>
    <message>
        <source>How it was &amp;reckoned:</source>
        <translation>算定根拠(&amp;R):</translation>
    </message>
    <message>
        <source>%1 h × %2 yen</source>
        <translation>%1時間 × %2円</translation>
    </message>
    <message>
        <source>The amount is a whole number of yen, such as 1,200,000.</source>
        <translation>金額は円単位の整数で入力してください（例: 1,200,000）。</translation>
    </message>
    <message>
        <source>Edit the Risk</source>
        <translation>リスクの編集</translation>
    </message>
    <message>
        <source>Add a Risk</source>
        <translation>リスクの追加</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>リスク(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Counter-measure:</source>
        <translation>対策(&amp;C):</translation>
    </message>
    <message>
        <source>presented at its slot of the mid-term presentation</source>
        <translation>中間発表の発表枠で発表</translation>
    </message>
    <message>
        <source>No. %1 %2 (%3)</source>
        <translation>第%1版 %2（%3）</translation>
    </message>
    <message>
        <source>The plan as it is now</source>
        <translation>現在の計画</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章</translation>
    </message>
    <message>
        <source>Vision to solutions</source>
        <translation>将来像～解決策</translation>
    </message>
    <message>
        <source>Promotion system</source>
        <translation>推進体制</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Cost or benefit</source>
        <translation>費用・便益</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>違いはありません。</translation>
    </message>
    <message>
        <source>Freeze a Version</source>
        <translation>版の確定</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>区分(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>The plan of %1 as it is now is kept unchanged as a version: a draft while it is written, the mid-term version presented at workshop 3, the final version at the end of March.</source>
        <translation>%1 の現在の計画を、以後変わらない版として残します。作成中は素案、第3回研修会で発表するものは中間、3月末には最終の版とします。</translation>
    </message>
    <message>
        <source>consultation %1</source>
        <translation>相談 %1</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>報告 %1</translation>
    </message>
    <message>
        <source>meeting session %1</source>
        <translation>会合 %1</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>事業全体</translation>
    </message>
    <message>
        <source>✓ approved</source>
        <translation>✓ 承認済み</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未承認</translation>
    </message>
    <message>
        <source>Edit the Lesson</source>
        <translation>ノウハウの編集</translation>
    </message>
    <message>
        <source>Register a Lesson</source>
        <translation>ノウハウの登録</translation>
    </message>
    <message>
        <source>The program as a whole</source>
        <translation>事業全体</translation>
    </message>
    <message>
        <source>A consultation</source>
        <translation>相談</translation>
    </message>
    <message>
        <source>A monthly report</source>
        <translation>月次報告</translation>
    </message>
    <message>
        <source>A meeting</source>
        <translation>会合</translation>
    </message>
    <message>
        <source>No. </source>
        <translation>No. </translation>
    </message>
    <message>
        <source>&amp;Approved for publication in the casebook</source>
        <translation>事例集への掲載を承認(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>段階(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>団体(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation>ノウハウ(&amp;L):</translation>
    </message>
    <message>
        <source>Came &amp;from:</source>
        <translation>出典(&amp;F):</translation>
    </message>
    <message>
        <source>There is no consultation of that number.</source>
        <translation>その番号の相談記録はありません。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation>事例集</translation>
    </message>
    <message>
        <source>&amp;Withhold</source>
        <translation>承認を取り消す(&amp;W)</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>承認(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>事業(&amp;P):</translation>
    </message>
    <message>
        <source>P&amp;rint the Plan</source>
        <translation>計画を印刷(&amp;R)</translation>
    </message>
    <message>
        <source>The plan on A4: as it is, or the version chosen on the Versions tab.</source>
        <translation>計画を A4 で印刷します。現在の計画か、「版管理」タブで選んだ版です。</translation>
    </message>
    <message>
        <source>&amp;Casebook</source>
        <translation>事例集(&amp;C)</translation>
    </message>
    <message>
        <source>The program year&apos;s casebook: each municipality&apos;s plan and track through the year, and the approved lessons by phase.</source>
        <translation>この年度の事業の事例集です。団体ごとの計画と1年間の歩み、承認したノウハウを段階別に載せます。</translation>
    </message>
    <message>
        <source>Print &amp;Preview…</source>
        <translation>印刷プレビュー(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDFとして保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Promotion System</source>
        <translation>推進体制</translation>
    </message>
    <message>
        <source>Cost-Effectiveness</source>
        <translation>費用対効果</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版管理</translation>
    </message>
    <message>
        <source>Know-How</source>
        <translation>ノウハウ</translation>
    </message>
    <message>
        <source>&amp;First fiscal year:</source>
        <translation>初年度(&amp;F):</translation>
    </message>
    <message>
        <source>Year 0 of the roadmap and of the cost-effectiveness.</source>
        <translation>ロードマップと費用対効果の0年目です。</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>分野:</translation>
    </message>
    <message>
        <source>&amp;Save the Outline</source>
        <translation>概要を保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Sections of the plan (name and order them as the plan needs):</source>
        <translation>計画の章（名前と順番は計画に合わせて決めてください）(&amp;S):</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前の変更…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Technology, data, partner</source>
        <translation>技術・データ・連携事業者</translation>
    </message>
    <message>
        <source>Add &amp;Vision…</source>
        <translation>将来像を追加(&amp;V)…</translation>
    </message>
    <message>
        <source>Add &amp;Under…</source>
        <translation>下位に追加(&amp;U)…</translation>
    </message>
    <message>
        <source>Add &amp;Solution…</source>
        <translation>解決策を追加(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>構成員</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>A member under the one chosen.</source>
        <translation>選んだ構成員の下に構成員を追加します。</translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation>マイルストーン(&amp;M):</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Budget request</source>
        <translation>予算要求</translation>
    </message>
    <message>
        <source>Latest report</source>
        <translation>最新の報告</translation>
    </message>
    <message>
        <source>&amp;KPIs:</source>
        <translation>KPI(&amp;K):</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基準値</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標値</translation>
    </message>
    <message>
        <source>Add Milestone…</source>
        <translation>マイルストーンを追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Add KPI…</source>
        <translation>KPI を追加…</translation>
    </message>
    <message>
        <source>&amp;Period: years 0 to</source>
        <translation>評価期間(&amp;P): 0年目～</translation>
    </message>
    <message>
        <source>&amp;Discount rate:</source>
        <translation>割引率(&amp;D):</translation>
    </message>
    <message>
        <source>4% is the rate of Japan&apos;s public-works cost–benefit manuals.</source>
        <translation>4% は、公共事業の費用便益分析マニュアルで用いられている割引率です。</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>適用(&amp;Y)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年次</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Borne by, reckoned</source>
        <translation>負担者・算定根拠</translation>
    </message>
    <message>
        <source>Add &amp;Cost…</source>
        <translation>費用を追加(&amp;C)…</translation>
    </message>
    <message>
        <source>Add &amp;Benefit…</source>
        <translation>便益を追加(&amp;B)…</translation>
    </message>
    <message>
        <source>Year by Year</source>
        <translation>年次別</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>感度分析</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>便益</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累計</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Counter-measure</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Frozen by</source>
        <translation>確定者</translation>
    </message>
    <message>
        <source>&amp;Freeze a Version…</source>
        <translation>版を確定(&amp;F)…</translation>
    </message>
    <message>
        <source>C&amp;ompare:</source>
        <translation>比較(&amp;O):</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>変更前 → 変更後</translation>
    </message>
    <message>
        <source>&amp;Only this municipality&apos;s lessons</source>
        <translation>この団体のノウハウだけ(&amp;O)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>ノウハウ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>公表</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>登録(&amp;R)…</translation>
    </message>
    <message>
        <source>title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>first fiscal year</source>
        <translation>初年度</translation>
    </message>
    <message>
        <source>period</source>
        <translation>評価期間</translation>
    </message>
    <message>
        <source>discount rate</source>
        <translation>割引率</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>place in the tree</source>
        <translation>ツリー上の位置</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>technology</source>
        <translation>技術</translation>
    </message>
    <message>
        <source>data used</source>
        <translation>活用するデータ</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>連携事業者</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>person of the registry</source>
        <translation>登録済みの担当者</translation>
    </message>
    <message>
        <source>role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>主管課・責任者</translation>
    </message>
    <message>
        <source>start</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>budget request</source>
        <translation>予算要求</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基準値</translation>
    </message>
    <message>
        <source>baseline year</source>
        <translation>基準年度</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目標値</translation>
    </message>
    <message>
        <source>target year</source>
        <translation>目標年度</translation>
    </message>
    <message>
        <source>cost or benefit</source>
        <translation>費用・便益の種別</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年次</translation>
    </message>
    <message>
        <source>item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>how it was reckoned</source>
        <translation>算定根拠</translation>
    </message>
    <message>
        <source>borne by</source>
        <translation>負担者</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>counter-measure</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Issues &amp;&amp; Solutions</source>
        <translation>課題と解決策</translation>
    </message>
    <message>
        <source>Roadmap &amp;&amp; KPIs</source>
        <translation>ロードマップ・KPI</translation>
    </message>
    <message>
        <source>The text of the section chosen on the left.</source>
        <translation>左で選んだ章の本文。</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Date style:</source>
        <translation>日付の表記(&amp;D):</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>表示例:</translation>
    </message>
    <message>
        <source>&amp;User name in the history:</source>
        <translation>変更履歴に記録する利用者名(&amp;U):</translation>
    </message>
    <message>
        <source>Daily &amp;backups to keep:</source>
        <translation>毎日のバックアップの保存数(&amp;B):</translation>
    </message>
    <message>
        <source>Japanese era (平成30年5月14日)</source>
        <translation>和暦（平成30年5月14日）</translation>
    </message>
    <message>
        <source>ISO 8601 (2018-05-14)</source>
        <translation>ISO 8601（2018-05-14）</translation>
    </message>
    <message>
        <source>Leave empty to record the system user name.</source>
        <translation>空欄の場合は OS のユーザー名を記録します。</translation>
    </message>
    <message>
        <source>Follow the language (平成30年5月14日 / 2018-05-14)</source>
        <translation>表示言語に合わせる（平成30年5月14日 / 2018-05-14）</translation>
    </message>
    <message>
        <source>Western (2018年5月14日 / May 14, 2018)</source>
        <translation>西暦（2018年5月14日 / May 14, 2018）</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::PresentationsTab</name>
    <message>
        <source>&amp;Generate from the Selected List…</source>
        <translation>選定一覧から作成(&amp;G)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Up; rows can also be dragged</source>
        <translation>Ctrl+↑。行はドラッグでも移動できます</translation>
    </message>
    <message>
        <source>Ctrl+Down; rows can also be dragged</source>
        <translation>Ctrl+↓。行はドラッグでも移動できます</translation>
    </message>
    <message>
        <source>Add &amp;Break</source>
        <translation>休憩を追加(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save Timetable</source>
        <translation>タイムテーブルを保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print Timetable…</source>
        <translation>タイムテーブルを印刷(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::PrintedDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation>PDF %1 を書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ProgramPage</name>
    <message>
        <source>Edit meeting “%1”</source>
        <translation>会合「%1」の編集</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>事業(&amp;P):</translation>
    </message>
    <message>
        <source>New Fiscal Year from This Program</source>
        <translation>この事業から次年度を作成</translation>
    </message>
    <message>
        <source>Copies this program&apos;s settings and meetings to the next fiscal year, every date one year later.</source>
        <translation>この事業の設定と会合を、日付を1年後にずらして次年度にコピーします。</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>事業</translation>
    </message>
    <message>
        <source>Name (Japanese):</source>
        <translation>事業名（日本語）:</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>事業名（英語）:</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>年度:</translation>
    </message>
    <message>
        <source>Application window:</source>
        <translation>募集期間:</translation>
    </message>
    <message>
        <source>Selection cap:</source>
        <translation>選定数の上限:</translation>
    </message>
    <message>
        <source> bodies</source>
        <translation> 団体</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>問合せ先</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>担当:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話:</translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation>FAX:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>メール:</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会合</translation>
    </message>
    <message>
        <source>Add Meeting</source>
        <translation>会合を追加</translation>
    </message>
    <message>
        <source>Remove Meeting</source>
        <translation>会合を削除</translation>
    </message>
    <message numerus="yes">
        <source>(%n business day(s))</source>
        <translation>
            <numerusform>（%n 開庁日）</numerusform>
        </translation>
    </message>
    <message>
        <source>Japanese name</source>
        <translation>事業名（日本語）</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>事業名（英語）</translation>
    </message>
    <message>
        <source>fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>application start</source>
        <translation>募集開始日</translation>
    </message>
    <message>
        <source>application end</source>
        <translation>募集終了日</translation>
    </message>
    <message>
        <source>selection cap</source>
        <translation>選定数の上限</translation>
    </message>
    <message>
        <source>contact office</source>
        <translation>問合せ先の担当</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>FAX</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1の変更</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>会合の追加</translation>
    </message>
    <message>
        <source>Remove meeting “%1”</source>
        <translation>会合「%1」の削除</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>保存しませんでした</translation>
    </message>
    <message>
        <source>Holidays Not Loaded</source>
        <translation>祝日を読み込めませんでした</translation>
    </message>
    <message>
        <source>Monthly reports due:</source>
        <translation>月次報告の提出期限:</translation>
    </message>
    <message>
        <source>day </source>
        <translation>翌月 </translation>
    </message>
    <message>
        <source> of the next month</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>A month&apos;s progress report is due on this day of the month after it (the last day in a shorter month), moved to the next business day.</source>
        <translation>各月の報告は翌月のこの日（その月にない日は月末）が期限です。土日・祝日・閉庁日の場合は次の開庁日になります。</translation>
    </message>
    <message>
        <source>report due day</source>
        <translation>報告の提出日</translation>
    </message>
    <message>
        <source>Not a business day: %1. Offices are closed; consider moving the window.</source>
        <translation>閉庁日です: %1。応募期間の移動を検討してください。</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ProgressSummary</name>
    <message>
        <source>Progress summary</source>
        <translation>進捗状況報告</translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation>%1 ・ %2 現在</translation>
    </message>
    <message>
        <source>%1 applications were received and %2 municipalities selected.</source>
        <translation>応募 %1 件のうち、%2 団体を支援対象として選定した。</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>報告受領</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>相談記録</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Meeting gaps</source>
        <translation>会合の欠席</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>未完了のフォローアップ</translation>
    </message>
    <message>
        <source>No municipality is selected yet.</source>
        <translation>まだ選定された団体がありません。</translation>
    </message>
    <message>
        <source>Local government code %1 · %2</source>
        <translation>団体コード %1 ・ %2</translation>
    </message>
    <message>
        <source>Joint applicants: %1</source>
        <translation>共同応募団体: %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Why it was selected</source>
        <translation>選定の理由</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>研修会</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会合</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席状況</translation>
    </message>
    <message>
        <source>Monthly reports</source>
        <translation>月次報告</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受領日</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation>（遅れ）</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動内容</translation>
    </message>
    <message>
        <source>Progress against the milestones</source>
        <translation>マイルストーンに対する進捗</translation>
    </message>
    <message>
        <source>Issues and risks</source>
        <translation>課題・リスク</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>翌月の予定</translation>
    </message>
    <message>
        <source>Support requested</source>
        <translation>希望する支援</translation>
    </message>
    <message>
        <source>%1 consultations this fiscal year, %2 hours.</source>
        <translation>今年度の相談 %1 件、計 %2 時間。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source> (due %1)</source>
        <translation>（期限 %1）</translation>
    </message>
    <message>
        <source>Consultations per month</source>
        <translation>月別の相談件数</translation>
    </message>
    <message>
        <source>Consultations (✓ report received, ✗ missing)</source>
        <translation>相談件数（✓ 報告受領、✗ 未提出）</translation>
    </message>
    <message>
        <source>The latest report (%1)</source>
        <translation>最新の報告（%1分）</translation>
    </message>
    <message>
        <source>Activity by month</source>
        <translation>月別の活動</translation>
    </message>
    <message numerus="yes">
        <source>%n more report(s) to come; the next, %1, is due %2.</source>
        <translation>
            <numerusform>今後の報告 %n 件（次回は%1、提出期限 %2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Received on time</source>
        <translation>期限内に提出</translation>
    </message>
    <message>
        <source>Received late</source>
        <translation>期限後に提出</translation>
    </message>
    <message>
        <source>Overdue, not received</source>
        <translation>期限超過・未提出</translation>
    </message>
    <message>
        <source>not yet reported</source>
        <translation>未報告</translation>
    </message>
    <message>
        <source>Milestones of the plan</source>
        <translation>計画のマイルストーン</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ReportDialog</name>
    <message>
        <source>&amp;Received on</source>
        <translation>受領日(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;viewed on</source>
        <translation>確認日(&amp;V)</translation>
    </message>
    <message>
        <source>Monthly Report</source>
        <translation>月次報告</translation>
    </message>
    <message>
        <source>by</source>
        <translation>確認者</translation>
    </message>
    <message>
        <source>&amp;Activities this month</source>
        <translation>当月の活動内容(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Progress against the plan&apos;s milestones</source>
        <translation>計画のマイルストーンに対する進捗(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Issues and risks</source>
        <translation>課題・リスク(&amp;I)</translation>
    </message>
    <message>
        <source>Plans for &amp;next month</source>
        <translation>翌月の予定(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Support requested</source>
        <translation>希望する支援(&amp;S)</translation>
    </message>
    <message>
        <source>Reviewer&apos;s &amp;comment</source>
        <translation>確認者のコメント(&amp;C)</translation>
    </message>
    <message>
        <source>via</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Due %1 · Status: %2</source>
        <translation>提出期限 %1 ・ 状況：%2</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>The municipality&apos;s plan has no milestones yet: they are entered on the Plans page, under Roadmap.</source>
        <translation>この団体の計画には、まだマイルストーンがありません。マイルストーンは計画画面の「ロードマップ・KPI」タブで入力します。</translation>
    </message>
    <message>
        <source>&amp;Milestones of the plan this month:</source>
        <translation>当月の計画のマイルストーン(&amp;M):</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1（期限 %2）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ReportsPage</name>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV ファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n municipality(ies) reporting; %1 received, %2 overdue, %3 due.</source>
        <translation>
            <numerusform>報告団体 %n。受領 %1 件、期限超過 %2 件、提出期間中 %3 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a month of a municipality.</source>
        <translation>団体と月を選んでください。</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>received %1 (%2)</source>
        <translation>%1 受領（%2）</translation>
    </message>
    <message>
        <source>⚑ Neither a report nor any consultation this month.</source>
        <translation>⚑ この月は報告も相談もありません。</translation>
    </message>
    <message>
        <source>Activities this month</source>
        <translation>当月の活動内容</translation>
    </message>
    <message>
        <source>Progress against the plan&apos;s milestones</source>
        <translation>計画のマイルストーンに対する進捗</translation>
    </message>
    <message>
        <source>Issues and risks</source>
        <translation>課題・リスク</translation>
    </message>
    <message>
        <source>Plans for next month</source>
        <translation>翌月の予定</translation>
    </message>
    <message>
        <source>Support requested</source>
        <translation>希望する支援</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>確認者のコメント</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>未提出（%1）</translation>
    </message>
    <message>
        <source>The reminder is on the clipboard.</source>
        <translation>督促メールをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>事業(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>The &amp;Schedule…</source>
        <translation>提出状況(&amp;S)…</translation>
    </message>
    <message>
        <source>The &amp;Overdue List…</source>
        <translation>未提出一覧(&amp;O)…</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>提出状況</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Months overdue</source>
        <translation>未提出の月</translation>
    </message>
    <message>
        <source>Oldest due date</source>
        <translation>最も古い期限</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>&amp;Write Reminder…</source>
        <translation>督促メールを作成(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Copy Reminder</source>
        <translation>督促メールをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>月次報告</translation>
    </message>
    <message>
        <source>Save the Progress Summary</source>
        <translation>進捗状況報告の保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>進捗状況報告</translation>
    </message>
    <message>
        <source>No municipality is selected yet.</source>
        <translation>まだ選定された団体がありません。</translation>
    </message>
    <message>
        <source>Municipality &amp;Summary</source>
        <translation>団体の進捗状況報告(&amp;S)</translation>
    </message>
    <message>
        <source>The chosen municipality&apos;s progress summary on A4.</source>
        <translation>選択中の団体の進捗状況報告（A4）。</translation>
    </message>
    <message>
        <source>Print &amp;Preview…</source>
        <translation>印刷プレビュー(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDFとして保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Open Repor&amp;t…</source>
        <translation>報告を開く(&amp;T)…</translation>
    </message>
    <message>
        <source>No monthly report is scheduled in this program. A municipality reports from the month after the day it was selected until March: record the decisions, with the day they were taken, on the Selection page (Decide… or Select the Proposal…).</source>
        <translation>この事業には月次報告の予定がありません。選定団体は選定された日の翌月から3月まで毎月報告します。審査・選定画面で選定結果を決定日とともに記録してください（選定結果を入力… または バランス案を選定…）。</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>✔ reviewed · ● received (green; yellow when late) · ! overdue (red) · due dates in yellow once the month is over · ⚑ neither a report nor a consultation that month · ▲ a milestone of the plan delayed. Enter or double-click opens the report.</source>
        <translation>✔ 確認済 ・ ● 受領（緑。遅れた場合は黄）・ ! 期限超過（赤）・ 月が終わると期限日を黄で表示 ・ ⚑ その月は報告も相談もなし ・ ▲ 計画のマイルストーンに遅延あり。Enter またはダブルクリックで報告を開きます。</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::RequestsDialog</name>
    <message>
        <source>Requests to %1</source>
        <translation>%1 への依頼</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>依頼日</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>依頼内容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>What is asked, or the answer to the selected request</source>
        <translation>依頼内容、または選んだ依頼への回答</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>依頼(&amp;A)</translation>
    </message>
    <message>
        <source>Record &amp;Answer</source>
        <translation>回答を記録(&amp;A)</translation>
    </message>
    <message>
        <source>Select the request that was answered.</source>
        <translation>回答のあった依頼を選んでください。</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::RestoreBackupDialog</name>
    <message>
        <source>Choose Another File…</source>
        <translation>他のファイルを選ぶ…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>The backup you choose replaces %1. The file as it is now is kept in %2, so nothing is lost.</source>
        <translation>選んだバックアップで %1 を置き換えます。現在のファイルは %2 に保存されるため、失われることはありません。</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>Choose a Backup</source>
        <translation>バックアップを選ぶ</translation>
    </message>
    <message>
        <source>IoT Desk files (*.sqlite *.db);;All files (*)</source>
        <translation>IoT Desk ファイル (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ReviewersDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Active / &amp;Inactive</source>
        <translation>有効／無効(&amp;I)</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>審査員</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>There is no such reviewer.</source>
        <translation>該当する審査員はいません。</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::RowListEditor</name>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ScoreDialog</name>
    <message>
        <source>Review of %1</source>
        <translation>%1 の審査</translation>
    </message>
    <message>
        <source>I have a conflict of interest with this application</source>
        <translation>この応募と利益相反がある</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>理由（必須）</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>審査員(&amp;R):</translation>
    </message>
    <message>
        <source>1. &amp;Proactiveness of the municipality:</source>
        <translation>1. 支援対象自治体の積極性(&amp;P):</translation>
    </message>
    <message>
        <source>Is the head keen? Are there keen staff? Does it intend to set up a system to drive the work?</source>
        <translation>首長の意欲があるか。意欲のある職員がいるか。推進体制を構築する意向があるか。</translation>
    </message>
    <message>
        <source>2. A &amp;business or body willing to implement:</source>
        <translation>2. 地域IoT実装の意向がある事業者又は団体の存在(&amp;B):</translation>
    </message>
    <message>
        <source>Is there a business or body that will work with the municipality to implement regional IoT?</source>
        <translation>自治体と連携して地域IoTを実装する意向のある事業者・団体が存在するか。</translation>
    </message>
    <message>
        <source>3. Potential to &amp;spread to neighbours:</source>
        <translation>3. 近隣地方公共団体等への横展開の可能性(&amp;S):</translation>
    </message>
    <message>
        <source>Does it form, or is it forming, a multi-area framework such as a 定住自立圏 or 連携中枢都市圏?</source>
        <translation>定住自立圏・連携中枢都市圏等の広域連携を形成している、または形成しようとしているか。</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>コメント(&amp;C):</translation>
    </message>
    <message>
        <source>This program has no active reviewer yet: add reviewers first.</source>
        <translation>この事業には有効な審査員がいません。先に審査員を追加してください。</translation>
    </message>
    <message>
        <source>A conflict of interest needs its reason.</source>
        <translation>利益相反の理由を入力してください。</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::SelectionPage</name>
    <message>
        <source>&amp;Program:</source>
        <translation>事業(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Limit per bureau:</source>
        <translation>総合通信局ごとの上限(&amp;L):</translation>
    </message>
    <message>
        <source>How many applications one regional bureau&apos;s area may have selected; — for no limit.</source>
        <translation>1つの総合通信局の管内から選定できる数。「—」は上限なし。</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>選定結果を入力…</translation>
    </message>
    <message>
        <source>Select the Proposal</source>
        <translation>バランス案を選定</translation>
    </message>
    <message>
        <source>Marks every application of the balanced proposal as selected, in one step that can be undone.</source>
        <translation>バランス案のすべての応募を「選定」にします（まとめて元に戻せます）。</translation>
    </message>
    <message numerus="yes">
        <source>Cap: %n</source>
        <translation>
            <numerusform>選定数の上限: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 selected, over the cap of %2.</source>
        <translation>選定 %1 件: 上限 %2 件を超えています。</translation>
    </message>
    <message>
        <source>%1: %2 selected, over its limit of %3.</source>
        <translation>%1: 選定 %2 件で、上限 %3 件を超えています。</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>応募資格あり</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>選定</translation>
    </message>
    <message numerus="yes">
        <source>Balanced proposal: %n application(s), total score %1</source>
        <translation>
            <numerusform>バランス案: %n 件、評点合計 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The same as the plain ranking: no limit changes it.</source>
        <translation>順位どおりの選定と同じです（上限による変更はありません）。</translation>
    </message>
    <message>
        <source>Against the plain ranking:</source>
        <translation>順位どおりの選定との違い:</translation>
    </message>
    <message>
        <source>There is nothing to propose yet: no eligible application has been scored.</source>
        <translation>まだ提案できる応募がありません（応募資格があり評価済みの応募がありません）。</translation>
    </message>
    <message>
        <source>Select the balanced proposal</source>
        <translation>バランス案の選定</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>選定</translation>
    </message>
    <message>
        <source>Save the Published List</source>
        <translation>選定結果の保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Published List…</source>
        <translation>選定結果（公表用）…</translation>
    </message>
    <message>
        <source>Print preview of the A4 list of selected applicants, in Japanese.</source>
        <translation>選定団体一覧（A4・日本語）の印刷プレビュー</translation>
    </message>
    <message>
        <source>Save List as PDF…</source>
        <translation>一覧を PDF で保存…</translation>
    </message>
    <message>
        <source>Reviewers…</source>
        <translation>審査員…</translation>
    </message>
    <message>
        <source>Score…</source>
        <translation>評価…</translation>
    </message>
    <message>
        <source>A reviewer&apos;s scores for the selected application, or their conflict of interest.</source>
        <translation>選んだ応募に対する審査員の評点、または利益相反の申告</translation>
    </message>
    <message>
        <source>Select an application on the board first.</source>
        <translation>先に一覧から応募を選んでください。</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Save List as CSV…</source>
        <translation>一覧を CSV で保存…</translation>
    </message>
    <message>
        <source>UTF-8 with a byte order mark, which Excel opens correctly.</source>
        <translation>Excel で正しく開ける UTF-8（BOM 付き）で保存します。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>決定日(&amp;O):</translation>
    </message>
    <message>
        <source>Applications and selections per regional bureau</source>
        <translation>総合通信局別の応募・選定</translation>
    </message>
    <message>
        <source>Balanced Proposal</source>
        <translation>バランス案</translation>
    </message>
    <message>
        <source>Regional Bureaus</source>
        <translation>総合通信局別</translation>
    </message>
    <message>
        <source>Select the Proposal…</source>
        <translation>バランス案を選定…</translation>
    </message>
    <message numerus="yes">
        <source>These %n application(s) of the balanced proposal will be marked as selected, in one step that can be undone:</source>
        <translation>
            <numerusform>バランス案の次の%n件を選定として記録します（一度に記録し、元に戻せます）：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::SessionDetailsTab</name>
    <message>
        <source>&amp;First day:</source>
        <translation>初日(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>日数(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>会場(&amp;V):</translation>
    </message>
    <message>
        <source>C&amp;onsultants:</source>
        <translation>相談員(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Untick while the date is not yet agreed.</source>
        <translation>日程が決まるまではチェックを外してください。</translation>
    </message>
    <message>
        <source>e.g. 総務省 第1会議室, or the host&apos;s town hall</source>
        <translation>例: 総務省 第1会議室、開催団体の庁舎</translation>
    </message>
    <message>
        <source>Street address, for the calendar and the sheets</source>
        <translation>住所（カレンダーと配布資料に載ります）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Consultants…</source>
        <translation>相談員…</translation>
    </message>
    <message>
        <source>No consultants yet. Consultants are the people who log consultations; add them here or with People… on the Consultations page.</source>
        <translation>相談員はまだ登録されていません。相談員は相談を記録する人です。ここで、または相談記録画面の「担当者…」で追加してください。</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>所在地(&amp;E):</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::SessionListPanel</name>
    <message>
        <source>No warnings.</source>
        <translation>警告はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n &amp;warning(s) — double-click one to open its session:</source>
        <translation>
            <numerusform>警告 %n 件(&amp;W) — ダブルクリックで会合を開きます:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::SlotPlanDialog</name>
    <message>
        <source>Generate Presentation Slots</source>
        <translation>発表枠の作成</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>no breaks</source>
        <translation>休憩なし</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;First talk at:</source>
        <translation>最初の発表(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Each talk with questions:</source>
        <translation>発表1件（質疑含む）(&amp;E):</translation>
    </message>
    <message>
        <source>A &amp;break after every:</source>
        <translation>休憩を入れる間隔(&amp;B):</translation>
    </message>
    <message>
        <source>Break &amp;length:</source>
        <translation>休憩の長さ(&amp;L):</translation>
    </message>
    <message>
        <source>One slot per selected municipality, in the order of the published list. The timetable being edited is replaced.</source>
        <translation>選定団体ごとに1枠、公表した一覧の順に作成します。編集中のタイムテーブルは置き換えられます。</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::StoredFilesPanel</name>
    <message>
        <source>Add Files</source>
        <translation>ファイルの追加</translation>
    </message>
    <message>
        <source>Save the File As</source>
        <translation>ファイルに名前を付けて保存</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>「%1」に書き込めません: %2</translation>
    </message>
    <message>
        <source>No program opens “%1”; it was saved as %2.</source>
        <translation>「%1」を開くプログラムがありません。%2 に保存しました。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加日</translation>
    </message>
    <message>
        <source>By</source>
        <translation>追加者</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>ファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation>名前を付けて保存(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::WriteAccess</name>
    <message>
        <source>The file is read-only: changes cannot be saved.</source>
        <translation>読み取り専用のため変更できません。</translation>
    </message>
    <message>
        <source>Changes can be saved once the file&apos;s daily check has passed.</source>
        <translation>ファイルの検査中のため変更できません。検査が終わりしだい保存できます。</translation>
    </message>
    <message>
        <source>The file is damaged: nothing can be saved into it. Restore a backup.</source>
        <translation>ファイルが破損しているため変更できません。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>Your role on the team database, %1, does not change this.</source>
        <translation>チームのデータベースでのあなたの役割（%1）では、これは変更できません。</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::YearCalendarTab</name>
    <message numerus="yes">
        <source>Monthly reports due: %n</source>
        <translation>
            <numerusform>月次報告の期限: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>meeting day (①: meeting number)</source>
        <translation>会合の日（①: 会合の回）</translation>
    </message>
    <message>
        <source>report due</source>
        <translation>報告期限</translation>
    </message>
    <message>
        <source>application window</source>
        <translation>応募期間</translation>
    </message>
    <message>
        <source>planned period</source>
        <translation>予定期間</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp;&amp;nbsp;Today is framed in red. Double-click a meeting day to open its session.</source>
        <translation>&amp;nbsp;&amp;nbsp;&amp;nbsp;今日は赤枠。会合の日をダブルクリックするとその会合を開きます。</translation>
    </message>
    <message>
        <source>R</source>
        <comment>the calendar&apos;s mark of a day monthly reports are due: one letter</comment>
        <translation>報</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>Sunday, holiday or office holiday</source>
        <translation>日曜・祝日・閉庁日</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::AddApplicationCommand</name>
    <message>
        <source>New application</source>
        <translation>応募の登録</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::AddContactCommand</name>
    <message>
        <source>Add a person</source>
        <translation>担当者の追加</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::AddReviewerCommand</name>
    <message>
        <source>Add reviewer %1</source>
        <translation>審査員 %1 の追加</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::AddStoredFileCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 の追加</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::AskApplicantCommand</name>
    <message>
        <source>Request to the applicant</source>
        <translation>応募者への依頼</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::ChangeAgendaCommand</name>
    <message>
        <source>Change the Agenda</source>
        <translation>次第の変更</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::ChangeSessionCommand</name>
    <message>
        <source>Change %1</source>
        <translation>%1の変更</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::ChangeTimetableCommand</name>
    <message>
        <source>Change the Presentation Timetable</source>
        <translation>発表タイムテーブルの変更</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::CompleteFollowUpCommand</name>
    <message>
        <source>Complete a follow-up and schedule the next</source>
        <translation>フォローアップの完了と次の予定</translation>
    </message>
    <message>
        <source>Complete a follow-up</source>
        <translation>フォローアップの完了</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::CreateFiscalYearCommand</name>
    <message>
        <source>New fiscal year from %1</source>
        <translation>%1からの次年度作成</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::DecideApplicationCommand</name>
    <message>
        <source>Decision: %1</source>
        <translation>選定結果: %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::DeclareConflictCommand</name>
    <message>
        <source>Conflict of interest</source>
        <translation>利益相反の申告</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::DeleteConsultationCommand</name>
    <message>
        <source>Delete a consultation</source>
        <translation>相談記録の削除</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::EditApplicationCommand</name>
    <message>
        <source>Edit application</source>
        <translation>応募の編集</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::EditConsultationCommand</name>
    <message>
        <source>Edit a consultation</source>
        <translation>相談記録の編集</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::EditContactCommand</name>
    <message>
        <source>Edit a person</source>
        <translation>担当者の編集</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::ImportApplicationsCommand</name>
    <message numerus="yes">
        <source>Import %n application(s)</source>
        <translation>
            <numerusform>応募 %n 件の取り込み</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::ImportConsultationMailsCommand</name>
    <message>
        <source>Import mail</source>
        <translation>メールの取り込み</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::LogConsultationCommand</name>
    <message>
        <source>Log a consultation</source>
        <translation>相談の記録</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::MarkAttendanceCommand</name>
    <message>
        <source>Mark Attendance</source>
        <translation>出欠の記録</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::PlanCommand</name>
    <message>
        <source>settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Freeze the Plan of %1 (%2)</source>
        <translation>%1 の計画の版の確定（%2）</translation>
    </message>
    <message>
        <source>Register a Lesson</source>
        <translation>ノウハウの登録</translation>
    </message>
    <message>
        <source>Change a Lesson</source>
        <translation>ノウハウの変更</translation>
    </message>
    <message>
        <source>Remove a Lesson</source>
        <translation>ノウハウの削除</translation>
    </message>
    <message>
        <source>Add to the Plan: %1</source>
        <translation>計画への追加: %1</translation>
    </message>
    <message>
        <source>Change the Plan: %1</source>
        <translation>計画の変更: %1</translation>
    </message>
    <message>
        <source>Remove from the Plan: %1</source>
        <translation>計画からの削除: %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::ReceiveReportCommand</name>
    <message>
        <source>Record the Report of %1</source>
        <translation>%1 の報告の記録</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::RecordAnswerCommand</name>
    <message>
        <source>Answer recorded</source>
        <translation>回答の記録</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::RecordConfirmationCommand</name>
    <message>
        <source>Receipt confirmed for %1</source>
        <translation>%1 の受取確認</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::RegisterParticipantsCommand</name>
    <message numerus="yes">
        <source>Register %n Participant(s)</source>
        <translation>
            <numerusform>参加者 %n 人の登録</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::RemoveParticipantsCommand</name>
    <message numerus="yes">
        <source>Remove %n Participant(s)</source>
        <translation>
            <numerusform>参加者 %n 人の削除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::RemoveStoredFileCommand</name>
    <message>
        <source>Remove a File</source>
        <translation>ファイルの削除</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::RepositoryCommand</name>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>「%1」を元に戻せません: %2</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::SaveScoreCommand</name>
    <message>
        <source>Score</source>
        <translation>評点</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::SetBureauLimitCommand</name>
    <message>
        <source>Change the limit per bureau</source>
        <translation>総合通信局ごとの上限の変更</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::SetBureauOwnLimitCommand</name>
    <message>
        <source>Change a bureau&apos;s own limit</source>
        <translation>総合通信局ごとの個別上限の変更</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::SetReviewerActiveCommand</name>
    <message>
        <source>Reviewer %1 active</source>
        <translation>審査員 %1 を有効化</translation>
    </message>
    <message>
        <source>Reviewer %1 inactive</source>
        <translation>審査員 %1 を無効化</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::TakeInApplicationMailsCommand</name>
    <message numerus="yes">
        <source>Take in %n application mail(s)</source>
        <translation>
            <numerusform>応募メール%n件の取り込み</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::WithdrawConflictCommand</name>
    <message>
        <source>Withdraw conflict of interest</source>
        <translation>利益相反の取り下げ</translation>
    </message>
</context>
</TS>
