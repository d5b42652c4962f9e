<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>not a date in the form YYYY-MM-DD: {value}</source>
        <translation>不是 YYYY-MM-DD 格式的日期：{value}</translation>
    </message>
    <message>
        <source>NursingQC: basic nursing quality month.</source>
        <translation>护理质控：基础护理质量提升活动月。</translation>
    </message>
    <message>
        <source>database file or URL (default: NURSINGQC_DB or user data)</source>
        <translation>数据库文件或地址（默认：NURSINGQC_DB 或用户数据目录）</translation>
    </message>
    <message>
        <source>language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>check this installation on a temporary database (never the real one); exit code 0 when every check passed</source>
        <translation>在临时数据库上检查本次安装（绝不动用真实数据库）；全部检查通过时退出码为 0</translation>
    </message>
    <message>
        <source>create a demo hospital with a campaign</source>
        <translation>创建含一次活动的演示医院</translation>
    </message>
    <message>
        <source>number of wards</source>
        <translation>病区数量</translation>
    </message>
    <message>
        <source>random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>wards</source>
        <translation>病区</translation>
    </message>
    <message>
        <source>add or update wards from sheet 病区</source>
        <translation>从“病区”工作表新增或更新病区</translation>
    </message>
    <message>
        <source>also make an account for each ward&apos;s head nurse (column 护士长) that has none; prints each first password once</source>
        <translation>同时为尚无账号的各病区护士长（“护士长”列）建账号；每个初始密码只显示这一次</translation>
    </message>
    <message>
        <source>the user name for one ward&apos;s head nurse instead of the proposed one</source>
        <translation>为某病区护士长指定用户名，代替建议的用户名</translation>
    </message>
    <message>
        <source>only show the accounts --accounts would make; change nothing</source>
        <translation>只显示 --accounts 将建立的账号，不作任何改动</translation>
    </message>
    <message>
        <source>also write the password slips of the new accounts (PDF)</source>
        <translation>同时写出新账号的初始密码条（PDF）</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>let a locked-out account log in again at once (audited as cli)</source>
        <translation>让被锁定的账号立即可以再次登录（审计日志记为 cli）</translation>
    </message>
    <message>
        <source>give an account a new first password, printed once, to change at the next log-in (audited as cli)</source>
        <translation>给账号一个新的初始密码（只显示这一次），下次登录时须修改（审计日志记为 cli）</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>create a campaign; prints its id</source>
        <translation>新建活动并输出其编号</translation>
    </message>
    <message>
        <source>create it even if another campaign has its name or some of its days</source>
        <translation>即使与其他活动同名或日期重叠也创建</translation>
    </message>
    <message>
        <source>one line per campaign</source>
        <translation>每个活动一行</translation>
    </message>
    <message>
        <source>open or close a phase</source>
        <translation>开启或结束阶段</translation>
    </message>
    <message>
        <source>why a closed phase is reopened</source>
        <translation>重新开启已结束阶段的原因</translation>
    </message>
    <message>
        <source>paper rounds: score sheets in Excel</source>
        <translation>纸质检查：Excel 评分表</translation>
    </message>
    <message>
        <source>write sheet 评分 with every ward and item, to fill in on paper rounds</source>
        <translation>生成“评分”表（含所有病区和条目），供纸质检查填写</translation>
    </message>
    <message>
        <source>import the filled-in sheet 评分 (all or nothing)</source>
        <translation>导入填好的“评分”表（有错则全部不导入）</translation>
    </message>
    <message>
        <source>integrity and schema check</source>
        <translation>完整性与结构检查</translation>
    </message>
    <message>
        <source>copy the database into a new file</source>
        <translation>把数据库复制为一个新文件</translation>
    </message>
    <message>
        <source>restore it even if the backup is of another hospital</source>
        <translation>即使备份属于另一家医院也恢复</translation>
    </message>
    <message>
        <source>rectification notices (整改通知单) as a PDF</source>
        <translation>整改通知单（PDF）</translation>
    </message>
    <message>
        <source>one ward&apos;s code (default: every ward with open items)</source>
        <translation>一个病区的编码（默认：所有还有整改项未完成的病区）</translation>
    </message>
    <message>
        <source>the PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>blank checklists for paper rounds, as a PDF</source>
        <translation>纸质检查用的空白检查表（PDF）</translation>
    </message>
    <message>
        <source>the campaign&apos;s checklists for each of its wards (default: the current ones)</source>
        <translation>该活动的检查表，每个参加病区一套（默认：当前检查表，病区留空）</translation>
    </message>
    <message>
        <source>one checklist&apos;s code (default: all)</source>
        <translation>一张检查表的编码（默认：全部）</translation>
    </message>
    <message>
        <source>one ward&apos;s code (default: the campaign&apos;s wards)</source>
        <translation>一个病区的编码（默认：该活动的所有病区）</translation>
    </message>
    <message>
        <source>the month&apos;s summary report (总结) as a PDF</source>
        <translation>活动月总结报告（PDF）</translation>
    </message>
    <message>
        <source>also the summary workbook (.xlsx)</source>
        <translation>同时写出总结工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>certificates (奖状) for model wards and excellent nurses</source>
        <translation>示范病房和优秀护士的奖状</translation>
    </message>
    <message>
        <source>the ward ranking as an Excel workbook</source>
        <translation>病区排名（Excel 工作簿）</translation>
    </message>
    <message>
        <source>the .xlsx file</source>
        <translation>.xlsx 文件</translation>
    </message>
    <message>
        <source>also write the ranking as a PDF file</source>
        <translation>同时把排名写成 PDF 文件</translation>
    </message>
    <message>
        <source>exchange packages between ward PCs and the nursing department&apos;s PC</source>
        <translation>病区电脑与护理部电脑之间的交换包</translation>
    </message>
    <message>
        <source>on a ward PC: the head nurse&apos;s user name; the password is read from NURSINGQC_PASSWORD, or asked</source>
        <translation>病区电脑上：护士长的用户名；密码从 NURSINGQC_PASSWORD 读取，或询问</translation>
    </message>
    <message>
        <source>department: make the setup package of one ward&apos;s PC</source>
        <translation>护理部：为一个病区的电脑生成安装包</translation>
    </message>
    <message>
        <source>the ward&apos;s code</source>
        <translation>病区编码</translation>
    </message>
    <message>
        <source>the folder to write it in</source>
        <translation>保存到的文件夹</translation>
    </message>
    <message>
        <source>a ward PC: its up-package; the department: a down-package per enrolled ward</source>
        <translation>病区电脑：导出上报包；护理部：为每个已登记的病区导出下发包</translation>
    </message>
    <message>
        <source>the folder to write them in</source>
        <translation>保存到的文件夹</translation>
    </message>
    <message>
        <source>department: only this ward&apos;s down-package (may be given again)</source>
        <translation>护理部：只导出这个病区的下发包（可多次给出）</translation>
    </message>
    <message>
        <source>show what importing the packages would change; change nothing</source>
        <translation>显示导入这些包会带来的改动，不做任何修改</translation>
    </message>
    <message>
        <source>import the packages, all or nothing; on a new database a setup package makes this PC the ward&apos;s PC</source>
        <translation>导入交换包，全部导入或全不导入；在新数据库上导入安装包即把本机设为该病区的电脑</translation>
    </message>
    <message>
        <source>package files, or folders whose packages are all taken</source>
        <translation>交换包文件，或文件夹（取其中全部交换包）</translation>
    </message>
    <message>
        <source>the folder for the receipts to the senders (default: beside the packages)</source>
        <translation>给发送方的回执保存到的文件夹（默认：交换包所在的文件夹）</translation>
    </message>
    <message>
        <source>department: withdraw a ward&apos;s PC (lost, broken or replaced); its packages are refused</source>
        <translation>护理部：撤销某病区电脑的登记（丢失、损坏或更换）；此后拒绝它的交换包</translation>
    </message>
    <message>
        <source>list the records both PCs changed, with both versions</source>
        <translation>列出两台电脑都修改过的记录及双方版本</translation>
    </message>
    <message>
        <source>resolve one conflict: take the other PC&apos;s version or keep this PC&apos;s</source>
        <translation>解决一条冲突：采用对方版本或保留本机版本</translation>
    </message>
    <message>
        <source>the conflict&apos;s number</source>
        <translation>冲突的编号</translation>
    </message>
    <message>
        <source>take the other PC&apos;s version</source>
        <translation>采用对方版本</translation>
    </message>
    <message>
        <source>keep this PC&apos;s version</source>
        <translation>保留本机版本</translation>
    </message>
    <message>
        <source>the new file</source>
        <translation>新文件</translation>
    </message>
    <message>
        <source>replace the database by a backup (the current one is kept)</source>
        <translation>用备份替换数据库（当前数据库会先另存）</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>Demo hospital: {hospital}, {wards} wards</source>
        <translation>演示医院：{hospital}，共 {wards} 个病区</translation>
    </message>
    <message>
        <source>Campaign id: {id} ({name}), self-check phase open</source>
        <translation>活动编号：{id}（{name}），自查阶段已开启</translation>
    </message>
    <message>
        <source>Accounts (user name / password / role / ward):</source>
        <translation>账号（用户名 / 密码 / 角色 / 病区）：</translation>
    </message>
    <message>
        <source>  … and {count} more head nurses: user name = ward code in lower case, password {password}</source>
        <translation>  …… 另有 {count} 位护士长：用户名为病区编码的小写，密码 {password}</translation>
    </message>
    <message>
        <source>{username} can log in again.</source>
        <translation>{username} 已解锁，可以再次登录。</translation>
    </message>
    <message>
        <source>New first password of {username}: {password}</source>
        <translation>{username} 的新初始密码：{password}</translation>
    </message>
    <message>
        <source>It is shown only now. She sets her own at her next log-in.</source>
        <translation>密码只显示这一次。她下次登录时须设置自己的密码。</translation>
    </message>
    <message>
        <source>Head nurses&apos; accounts (ward, head nurse, user name):</source>
        <translation>护士长账号（病区、护士长、用户名）：</translation>
    </message>
    <message>
        <source>has the account {username} already: kept as it is</source>
        <translation>已有账号 {username}，保持不变</translation>
    </message>
    <message>
        <source>Nothing was changed (--preview).</source>
        <translation>未作任何改动（--preview）。</translation>
    </message>
    <message>
        <source>Wards imported: {added} added, {updated} updated</source>
        <translation>病区导入完成：新增 {added} 个，更新 {updated} 个</translation>
    </message>
    <message>
        <source>Deactivated wards stay deactivated: {codes}</source>
        <translation>已停用的病区保持停用：{codes}</translation>
    </message>
    <message>
        <source>Accounts made (user name / first password / ward / head nurse):</source>
        <translation>已建账号（用户名 / 初始密码 / 病区 / 护士长）：</translation>
    </message>
    <message>
        <source>The passwords are shown only now. Each sets her own at her first log-in.</source>
        <translation>初始密码只显示这一次。每位护士长首次登录时须设置自己的密码。</translation>
    </message>
    <message>
        <source>Password slips written: {path}</source>
        <translation>初始密码条已写入：{path}</translation>
    </message>
    <message>
        <source>Nothing was created. Change --name or --start, or add --force to create it anyway.</source>
        <translation>未创建活动。请修改 --name 或 --start；如确需创建，请加上 --force。</translation>
    </message>
    <message>
        <source>No campaigns yet.</source>
        <translation>还没有活动。</translation>
    </message>
    <message>
        <source>{campaign}: phase {phase} is now {state}</source>
        <translation>{campaign}：“{phase}”阶段现为{state}</translation>
    </message>
    <message>
        <source>Template written: {path} ({rows} rows, {phase})</source>
        <translation>模板已写入：{path}（{rows} 行，{phase}）</translation>
    </message>
    <message>
        <source>  row {row}: {ward} {checklist} {phase} {inspector} {date}, score {score}</source>
        <translation>  第 {row} 行：{ward} {checklist} {phase} {inspector} {date}，得分 {score}</translation>
    </message>
    <message>
        <source>Scores imported: {imported} inspection(s) added and submitted, {already} already there, {skipped} empty template row(s) skipped.</source>
        <translation>评分已导入：新增并提交 {imported} 份检查，{already} 份已存在，跳过 {skipped} 个未填写的模板行。</translation>
    </message>
    <message>
        <source> (replaced an unsubmitted draft; its entries are in the audit log)</source>
        <translation>（替换了一份未提交的草稿，其原内容记录在审计日志中）</translation>
    </message>
    <message>
        <source>    Warning: {warning}</source>
        <translation>    注意：{warning}</translation>
    </message>
    <message>
        <source>Already there, left as they are:</source>
        <translation>已存在，保持不变：</translation>
    </message>
    <message>
        <source>Warning: {part} could not be laid out and was left out (a page in the file says so); the rest was written. Details are in the log file: {log}</source>
        <translation>警告：{part}无法排版，已略去（文件中有一页说明）；其余部分已写入。详情见日志文件：{log}</translation>
    </message>
    <message>
        <source>{notices} notice(s) on {pages} page(s) written: {path}</source>
        <translation>已写入 {notices} 份整改通知单，共 {pages} 页：{path}</translation>
    </message>
    <message>
        <source>{sheets} blank checklist(s) on {pages} page(s) written: {path}</source>
        <translation>已写入 {sheets} 张空白检查表，共 {pages} 页：{path}</translation>
    </message>
    <message>
        <source>Ranking of {wards} ward(s) written: {path}</source>
        <translation>排名已写入（{wards} 个病区）：{path}</translation>
    </message>
    <message>
        <source>Ranking PDF on {pages} page(s) written: {path}</source>
        <translation>排名 PDF 已写入（{pages} 页）：{path}</translation>
    </message>
    <message>
        <source>Summary report on {pages} page(s) written: {path}</source>
        <translation>总结报告已写入，共 {pages} 页：{path}</translation>
    </message>
    <message>
        <source>Summary workbook written: {path}</source>
        <translation>总结工作簿已写入：{path}</translation>
    </message>
    <message>
        <source>{pages} certificate(s) written: {path}</source>
        <translation>已写入 {pages} 张奖状：{path}</translation>
    </message>
    <message>
        <source>Password of {user}: </source>
        <translation>{user} 的密码：</translation>
    </message>
    <message>
        <source>New: {new}, changed: {changed}, unchanged: {unchanged}, refused: {refused}</source>
        <translation>新增 {new}，修改 {changed}，未变 {unchanged}，拒绝 {refused}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>Refused: {package}: {reason}</source>
        <translation>拒绝 {package}：{reason}</translation>
    </message>
    <message>
        <source>Setup package of ward {ward} written: {path}</source>
        <translation>病区 {ward} 的安装包已生成：{path}</translation>
    </message>
    <message>
        <source>It holds the ward PC&apos;s own signing key: carry it to that PC only, and import it there on a new database (nursingqc exchange import).</source>
        <translation>其中有这台病区电脑自己的签名密钥：只把它带到这台电脑上，在新数据库上导入（nursingqc exchange import）。</translation>
    </message>
    <message>
        <source>The PC of ward {ward} is withdrawn: its packages are refused from now on. Make a setup package for the PC that takes its place (nursingqc exchange enrol).</source>
        <translation>病区 {ward} 的电脑已撤销登记：此后拒绝它的交换包。请为接替它的电脑生成安装包（nursingqc exchange enrol）。</translation>
    </message>
    <message>
        <source>Package written: {path}</source>
        <translation>交换包已生成：{path}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Imported {count} package(s).</source>
        <translation>已导入 {count} 个交换包。</translation>
    </message>
    <message>
        <source>Receipt for the sender written: {path}</source>
        <translation>给发送方的回执已生成：{path}</translation>
    </message>
    <message>
        <source>No conflict to resolve: every record both PCs changed has been settled.</source>
        <translation>没有要解决的冲突：两台电脑都修改过的记录均已处理。</translation>
    </message>
    <message>
        <source>This PC: {version}</source>
        <translation>本机：{version}</translation>
    </message>
    <message>
        <source>The other PC: {version}, received {at} in {package}</source>
        <translation>对方：{version}，{at} 收到，来自 {package}</translation>
    </message>
    <message>
        <source>Resolve one with nursingqc exchange resolve ID --take-theirs or --keep-ours, then export as usual: the next package carries the result.</source>
        <translation>用 nursingqc exchange resolve 编号 --take-theirs 或 --keep-ours 解决一条冲突，然后照常导出：下一个交换包会带上结果。</translation>
    </message>
    <message>
        <source>Conflict {id} resolved: this PC took the other PC&apos;s version.</source>
        <translation>冲突 {id} 已解决：本机已采用对方版本。</translation>
    </message>
    <message>
        <source>Conflict {id} resolved: this PC kept its own version.</source>
        <translation>冲突 {id} 已解决：本机保留了自己的版本。</translation>
    </message>
    <message>
        <source>Export as usual: the next package tells the other PC.</source>
        <translation>请照常导出：下一个交换包会告知对方电脑。</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>备份已写入：{path}</translation>
    </message>
    <message>
        <source>Database {path} restored from {file}.</source>
        <translation>已用 {file} 恢复数据库 {path}。</translation>
    </message>
    <message>
        <source>The database it replaced was saved as {backup}.</source>
        <translation>被替换的数据库已另存为 {backup}。</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <extracomment>Commands that start a hospital of their own (a ward PC&apos;s from its setup package); every other one needs a database that exists. Commands on the database file itself: they never open the services, so they never upgrade it.</extracomment>
        <translation>警告：{warning}</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>--selftest runs alone, without a subcommand</source>
        <translation>--selftest 只能单独运行，不带子命令</translation>
    </message>
    <message>
        <source>Wrong arguments: {reason}</source>
        <translation>命令参数有误：{reason}</translation>
    </message>
    <message>
        <source>Unexpected error; nothing was changed. Details are in the log file: {path}</source>
        <translation>程序出现意外错误，数据未作改动。详细信息见日志文件：{path}</translation>
    </message>
    <message>
        <source>English chosen: no translation to load</source>
        <translation>已选英文界面，无需载入翻译</translation>
    </message>
    <message>
        <source>NursingQC</source>
        <extracomment>None when another window holds the lock: the user is asked before it is opened.</extracomment>
        <translation>护理质控</translation>
    </message>
    <message>
        <source>the Chinese translation files are missing: {files}</source>
        <translation>缺少中文翻译文件：{files}</translation>
    </message>
    <message>
        <source>Chinese translations loaded (the program&apos;s and Qt&apos;s own)</source>
        <translation>中文翻译已载入（本程序的与 Qt 自带的）</translation>
    </message>
    <message>
        <source>Temporary database opened (deleted afterwards): {folder}</source>
        <translation>临时数据库已打开（用完即删）：{folder}</translation>
    </message>
    <message>
        <source>{loaded} checklists in the database, {shipped} files in {folder}</source>
        <translation>数据库中有检查表 {loaded} 张，而 {folder} 中有 {shipped} 个文件</translation>
    </message>
    <message>
        <source>checklist {name} has no items</source>
        <translation>检查表“{name}”没有任何条目</translation>
    </message>
    <message>
        <source>{count} checklists loaded: {names}</source>
        <translation>检查表 {count} 张已载入：{names}</translation>
    </message>
    <message>
        <source>Demo hospital created: {wards} wards, campaign {campaign}</source>
        <translation>演示医院已建立：{wards} 个病区，活动“{campaign}”</translation>
    </message>
    <message>
        <source>the ranking sheet read back differs from what was written</source>
        <translation>读回的排名表与写入的内容不一致</translation>
    </message>
    <message>
        <source>{found} detail rows read back, {written} written</source>
        <translation>明细写入 {written} 行，读回 {found} 行</translation>
    </message>
    <message>
        <source>Excel workbook written and read back: {wards} wards, {details} detail rows</source>
        <translation>Excel 工作簿已写出并读回：{wards} 个病区，明细 {details} 行</translation>
    </message>
    <message>
        <source>{path} is not a PDF file</source>
        <translation>{path} 不是 PDF 文件</translation>
    </message>
    <message>
        <source>the Chinese font {font} is not embedded (embedded: {fonts})</source>
        <translation>中文字体 {font} 未嵌入文件（已嵌入：{fonts}）</translation>
    </message>
    <message>
        <source>Rectification notice written as PDF: {pages} page(s), font {font} embedded</source>
        <translation>整改通知单 PDF 已写出：共 {pages} 页，已嵌入字体 {font}</translation>
    </message>
    <message>
        <source>the window showed a message: {text}</source>
        <translation>窗口弹出了提示：{text}</translation>
    </message>
    <message>
        <source>the window did not appear</source>
        <translation>窗口没有显示出来</translation>
    </message>
    <message>
        <source>Main window opened and closed ({pages} pages, Qt platform {platform})</source>
        <translation>主窗口已打开并关闭（{pages} 个页面，Qt 平台 {platform}）</translation>
    </message>
    <message>
        <source>No temporary files were made</source>
        <translation>未产生临时文件</translation>
    </message>
    <message>
        <source>the temporary folder {folder} is still there</source>
        <translation>临时文件夹 {folder} 未能删除</translation>
    </message>
    <message>
        <source>Temporary folder deleted</source>
        <translation>临时文件夹已删除</translation>
    </message>
    <message>
        <source>not run, because check {check} failed</source>
        <translation>未运行，因为“{check}”检查未通过</translation>
    </message>
    <message>
        <source>{reason} (details in the log file {path})</source>
        <translation>{reason}（详情见日志文件 {path}）</translation>
    </message>
    <message>
        <source>{check}: {reason}</source>
        <translation>{check}：{reason}</translation>
    </message>
    <message>
        <source>Basic nursing quality improvement month</source>
        <translation>基础护理质量提升活动月</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>NursingQC is already open on this database:
{database}</source>
        <translation>护理质控已经打开了这个数据库：
{database}</translation>
    </message>
    <message>
        <source>Please use the window that is already open; it may be behind other windows or minimised on the taskbar. Opening another window anyway is safe: neither window&apos;s save overwrites what the other saved in the meantime.</source>
        <translation>请使用已经打开的窗口，它可能在其他窗口后面，或已最小化到任务栏。再打开一个窗口也是安全的：任何一个窗口保存时都不会覆盖另一个窗口在此期间保存的内容。</translation>
    </message>
    <message>
        <source>Open another window</source>
        <translation>打开另一个窗口</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>What you typed is on the clipboard: paste it when you try again.</source>
        <translation>您填写的内容已放在剪贴板上：再次操作时可直接粘贴。</translation>
    </message>
    <message>
        <source>Sorry, something went wrong and the last action may not have finished. Your saved entries are safe. Details were written to the log file:
{path}</source>
        <translation>抱歉，程序出现意外错误，刚才的操作可能没有完成。已保存的数据不受影响。详细信息已写入日志文件：
{path}</translation>
    </message>
    <message>
        <source>Rectification notices</source>
        <extracomment>Copies handed to the system&apos;s viewer live here, one folder each; a day later they are removed. Zoom choices after 适合宽度 (fit width), as factors of the printed size. Characters Windows does not allow in a file name.</extracomment>
        <translation>整改通知单</translation>
    </message>
    <message>
        <source>No ward has rectification items still to do, so there is no notice to print. To print a ward&apos;s notice anyway, choose the ward first.</source>
        <translation>没有病区尚有未完成的整改项，无需打印通知单。如仍要打印某个病区的通知单，请先选择该病区。</translation>
    </message>
    <message>
        <source>Making {title}…</source>
        <translation>正在生成{title}…</translation>
    </message>
    <message>
        <source>These parts could not be laid out and were left out (a page in the document says so): {parts}. The rest is complete. Details are in the log file {log}; show it to IT.</source>
        <translation>以下部分无法排版，已略去（文档中有一页说明）：{parts}。其余部分完整。详情见日志文件 {log}，请交给信息科。</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>正在写入 {path}…</translation>
    </message>
    <message>
        <source>Set a password of your own to log in: the first one is only for this.</source>
        <translation>请先设置您自己的密码再登录：初始密码只用于这一步。</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Edit account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Ward</source>
        <translation>病区(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>R&amp;epeat password</source>
        <translation>确认密码(&amp;E)</translation>
    </message>
    <message>
        <source>At least 8 characters, and not the same as the user name.</source>
        <translation>至少 8 个字符，且不能与用户名相同。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Hospital set up</source>
        <translation>建立医院</translation>
    </message>
    <message>
        <source>Log-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <source>Sheet submitted</source>
        <translation>提交评分表</translation>
    </message>
    <message>
        <source>Sheet reopened</source>
        <translation>重新打开已提交的表</translation>
    </message>
    <message>
        <source>Paper scores imported</source>
        <translation>导入纸质评分</translation>
    </message>
    <message>
        <source>New checklist version</source>
        <translation>检查表新版本</translation>
    </message>
    <message>
        <source>Phase opened</source>
        <translation>开启阶段</translation>
    </message>
    <message>
        <source>Phase reopened</source>
        <translation>重新开启阶段</translation>
    </message>
    <message>
        <source>Phase closed</source>
        <translation>结束阶段</translation>
    </message>
    <message>
        <source>Summary text saved</source>
        <translation>保存总结文字</translation>
    </message>
    <message>
        <source>Model wards confirmed</source>
        <translation>确定示范病房</translation>
    </message>
    <message>
        <source>Nurse nominated</source>
        <translation>推荐优秀护士</translation>
    </message>
    <message>
        <source>Nomination approved</source>
        <translation>批准推荐</translation>
    </message>
    <message>
        <source>Nomination declined</source>
        <translation>不予批准推荐</translation>
    </message>
    <message>
        <source>Rectification item made</source>
        <translation>生成整改项</translation>
    </message>
    <message>
        <source>Rectification item revised</source>
        <translation>整改项随评分修改</translation>
    </message>
    <message>
        <source>Cause and measure written</source>
        <translation>填写原因与措施</translation>
    </message>
    <message>
        <source>Marked rectified</source>
        <translation>标记已整改</translation>
    </message>
    <message>
        <source>Re-check passed</source>
        <translation>复查通过</translation>
    </message>
    <message>
        <source>Re-check not passed</source>
        <translation>复查未通过</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Rectification item withdrawn</source>
        <translation>撤销整改项</translation>
    </message>
    <message>
        <source>Rectification item restored</source>
        <translation>恢复整改项</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Ward PC enrolled</source>
        <translation>登记病区电脑</translation>
    </message>
    <message>
        <source>PC set up by a setup package</source>
        <translation>用安装包设置本机</translation>
    </message>
    <message>
        <source>Exchange package exported</source>
        <translation>导出交换包</translation>
    </message>
    <message>
        <source>Exchange package imported</source>
        <translation>导入交换包</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>病区</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Rectification item</source>
        <translation>整改项</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>优秀护士推荐</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Failed log-ins</source>
        <translation>登录失败次数</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Head nurse</source>
        <translation>护士长</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>床位数</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Inspected on</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Wards</source>
        <translation>病区</translation>
    </message>
    <message>
        <source>Model wards at most</source>
        <translation>示范病房名额</translation>
    </message>
    <message>
        <source>Model ward threshold</source>
        <translation>示范病房最低分</translation>
    </message>
    <message>
        <source>Model wards</source>
        <translation>示范病房</translation>
    </message>
    <message>
        <source>Proposed by the rule</source>
        <translation>按规则建议</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因分析</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Re-checked by</source>
        <translation>复查人</translation>
    </message>
    <message>
        <source>Cause analysis</source>
        <translation>原因分析</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>交换包</translation>
    </message>
    <message>
        <source>Kind of package</source>
        <translation>交换包类型</translation>
    </message>
    <message>
        <source>Ward PC</source>
        <translation>病区电脑</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>Package number</source>
        <translation>交换包编号</translation>
    </message>
    <message>
        <source>Score sheets</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Rectification items</source>
        <translation>整改项</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Nursing department</source>
        <extracomment>Values written as enum values, by the key they are written under.</extracomment>
        <translation>护理部</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>A long text (a cause, the summary&apos;s conclusions) is cut here in the table; the tooltip, the detail below the table and the workbook have it whole. The columns cut: 变更 and 原因.</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} 项</translation>
    </message>
    <message>
        <source>points off: {items}</source>
        <translation>扣分：{items}</translation>
    </message>
    <message>
        <source>veto: {items}</source>
        <translation>否决：{items}</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation>{field}：{before} → {after}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>any day</source>
        <extracomment>The shown entries&apos; texts whole, as the detail and the workbook have them.</extracomment>
        <translation>不限</translation>
    </message>
    <message>
        <source>Audit log</source>
        <extracomment>A date edit at this day means &quot;no limit&quot; (QDateEdit cannot be empty). Rows measured for the column widths: the texts of a column look alike. The widest a column is made, in Chinese characters: wider texts end in &quot;…&quot;, whole in the tooltip and the detail below. In characters, so the cap grows with the font size (字体大小). Excel column widths (characters) of the exported sheet, in the table&apos;s column order.</extracomment>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>没有符合筛选条件的记录。</translation>
    </message>
    <message>
        <source>The newest {shown} of {matching} entries; choose a user, a campaign, a ward or days to find older ones. Export to Excel writes all {matching}.</source>
        <translation>共 {matching} 条记录，这里列出最新的 {shown} 条；选择用户、活动、病区或日期可找到更早的记录。导出 Excel 包含全部 {matching} 条。</translation>
    </message>
    <message>
        <source>{matching} entries, newest first.</source>
        <translation>共 {matching} 条记录，最新的在前。</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}：{text}</translation>
    </message>
    <message>
        <source>Audit log {day}.xlsx</source>
        <translation>审计日志 {day}.xlsx</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Writing the audit log workbook…</source>
        <translation>正在写审计日志 Excel…</translation>
    </message>
    <message>
        <source>The audit log was exported to {path}</source>
        <translation>审计日志已导出到 {path}</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>活动(&amp;C)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>&amp;Ward</source>
        <translation>病区(&amp;W)</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>病区</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>从这一天起</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>To this day</source>
        <translation>到这一天为止</translation>
    </message>
    <message>
        <source>&amp;Show everything</source>
        <translation>显示全部(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>审计日志记录</translation>
    </message>
    <message>
        <source>The chosen entry in full</source>
        <translation>所选记录的全文</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Bar chart of ward totals</source>
        <extracomment>Words after the value, e.g. 示范病房 or 一票否决.</extracomment>
        <translation>病区总分条形图</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>{year}-{month:02d} Basic nursing quality improvement month</source>
        <translation>{year}年{month}月基础护理质量提升活动月</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>{name} (version {version})</source>
        <translation>{name}（第 {version} 版）</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>A phase has begun: the dates and the checklists stay as they are.</source>
        <translation>已有阶段开始：日期和检查表保持不变。</translation>
    </message>
    <message>
        <source>{chosen} of {count} wards</source>
        <translation>已选 {chosen} / {count} 个病区</translation>
    </message>
    <message>
        <source>Please check before saving this campaign:
{clashes}

Save it anyway?</source>
        <translation>保存此活动前请核对：
{clashes}

仍要保存吗？</translation>
    </message>
    <message>
        <source>Another campaign clashes</source>
        <translation>与已有活动冲突</translation>
    </message>
    <message>
        <source>Please check before creating this campaign:
{clashes}

Create it anyway?</source>
        <translation>创建前请核对：
{clashes}

仍要创建这个活动吗？</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>活动名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Start (self-check week)</source>
        <translation>开始日期（自查周）(&amp;S)</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>阶段安排</translation>
    </message>
    <message>
        <source>&amp;Model wards (top N)</source>
        <translation>示范病房名额(&amp;M)</translation>
    </message>
    <message>
        <source>Model ward &amp;threshold</source>
        <translation>示范病房最低分(&amp;T)</translation>
    </message>
    <message>
        <source>Rectification &amp;deadline (days)</source>
        <translation>整改期限（天）(&amp;D)</translation>
    </message>
    <message>
        <source>Checklists and weights</source>
        <translation>检查表及权重</translation>
    </message>
    <message>
        <source>Participating wards</source>
        <translation>参加病区</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>全不选(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Phase</source>
        <extracomment>The selected campaign&apos;s wards, code → name as documents print it: 心血管内科（NK01）.</extracomment>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All wards: a notice for every ward with rectification items still to do, and blank checklists for every ward of the campaign.</source>
        <translation>全部病区：给每个还有未完成整改项的病区各打印一份整改通知单；空白检查表则为本次活动的每个病区各打印一套。</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活动管理</translation>
    </message>
    <message>
        <source>No campaign yet: create one with New campaign.</source>
        <translation>尚未创建活动：请点击“新建活动”。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{name} version {version}×{weight}</source>
        <translation>{name}（第 {version} 版）×{weight}</translation>
    </message>
    <message>
        <source>{wards} wards · checklists: {weights} · model wards: top {count} with at least {threshold} · rectification deadline {days} days</source>
        <translation>{wards} 个病区 · 检查表：{weights} · 示范病房：前 {count} 名且不低于 {threshold} 分 · 整改期限 {days} 天</translation>
    </message>
    <message>
        <source>Re&amp;open phase…</source>
        <translation>重新开启(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Open phase</source>
        <translation>开启阶段(&amp;O)</translation>
    </message>
    <message>
        <source>No wards yet</source>
        <translation>还没有病区</translation>
    </message>
    <message>
        <source>A campaign needs wards, and there are none yet. First import or add the wards under Wards and accounts.

Go to Wards and accounts now?</source>
        <translation>活动需要病区，但目前还没有病区。请先在“病区与账号”中导入或添加病区。

现在就去“病区与账号”吗？</translation>
    </message>
    <message>
        <source>Delete the campaign</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete campaign {name} ({starts} to {ends})? Its phases and settings are removed; the audit log keeps a record of it.</source>
        <translation>删除活动“{name}”（{starts} 至 {ends}）吗？其阶段和设置将一并删除，审计日志中保留记录。</translation>
    </message>
    <message>
        <source>Open {phase} of {campaign} ({starts} to {ends})?</source>
        <translation>开启{campaign}的“{phase}”阶段（{starts} 至 {ends}）吗？</translation>
    </message>
    <message>
        <source>Please check first:</source>
        <translation>请先核对：</translation>
    </message>
    <message>
        <source>Open the phase</source>
        <translation>开启阶段</translation>
    </message>
    <message>
        <source>Reopening the summary takes back the publication of {campaign}: head nurses no longer see the results, and the campaign can be changed again until the summary is closed once more. Why? The reason is kept in the audit log.</source>
        <translation>重新开启总结阶段将撤回{campaign}的结果发布：护士长将看不到结果，活动月可以再次修改，直到再次结束总结阶段。请说明原因，原因将记入审计日志。</translation>
    </message>
    <message>
        <source>Reopen a closed phase</source>
        <translation>重新开启已结束的阶段</translation>
    </message>
    <message>
        <source>Reopening {phase} unlocks its entries again. Why? The reason is kept in the audit log.</source>
        <translation>重新开启“{phase}”后，该阶段的数据可再次修改。请填写原因，原因将记入审计日志。</translation>
    </message>
    <message>
        <source>Close the phase</source>
        <translation>结束阶段</translation>
    </message>
    <message>
        <source>Close {phase}? Its entries become read-only.</source>
        <translation>确定结束“{phase}”阶段吗？结束后该阶段的数据将只读。</translation>
    </message>
    <message>
        <source>{count} ward × checklist sheet(s) have nothing submitted yet ({drafts} draft(s) among them). After closing, those wards have no score for them.</source>
        <translation>还有 {count} 张病区检查表没有提交（其中草稿 {drafts} 张）。结束后，这些病区在这些检查表上没有得分。</translation>
    </message>
    <message>
        <source>Close the summary and publish the results of {campaign}? Head nurses then see the ranking and their own ward&apos;s result, and the whole campaign is locked: no score, rectification item, award or summary text in it can change. Only an admin can reopen the summary, with a reason.</source>
        <translation>结束总结阶段并发布{campaign}的结果吗？发布后护士长可查看排名和本病区结果，整个活动月将被锁定：其中的评分、整改项、评优和总结文字都不能再修改。只有管理员可以填写原因后重新开启总结阶段。</translation>
    </message>
    <message>
        <source>{open} rectification item(s) are still to rectify and {awaiting} wait for the re-check; they are counted as not done in the rectification rates.</source>
        <translation>还有 {open} 项待整改、{awaiting} 项待复查；它们在整改完成率中算作未完成。</translation>
    </message>
    <message>
        <source>All wards</source>
        <translation>全部病区</translation>
    </message>
    <message>
        <source>All checklists</source>
        <translation>全部检查表</translation>
    </message>
    <message>
        <source>Blank checklists</source>
        <translation>空白检查表</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit campaign…</source>
        <translation>编辑活动(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete campaign…</source>
        <translation>删除活动(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Close phase</source>
        <translation>结束阶段(&amp;C)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>病区(&amp;W)：</translation>
    </message>
    <message>
        <source>Print rectification no&amp;tices…</source>
        <translation>打印整改通知单(&amp;T)…</translation>
    </message>
    <message>
        <source>Chec&amp;klist:</source>
        <translation>检查表(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Blank checklists…</source>
        <translation>空白检查表(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Database file integrity: ok</source>
        <translation>数据库文件完整性：正常</translation>
    </message>
    <message>
        <source>Database file integrity: damaged ({detail})</source>
        <translation>数据库文件完整性：已损坏（{detail}）</translation>
    </message>
    <message>
        <source>Database file integrity: damaged ({detail}, and {count} more problems; the full list is in the log file {log})</source>
        <translation>数据库文件完整性：已损坏（{detail}，另有 {count} 处问题；完整清单见日志文件 {log}）</translation>
    </message>
    <message>
        <source>References between tables: ok</source>
        <translation>数据关联：正常</translation>
    </message>
    <message>
        <source>References between tables: {count} broken (first in table {table})</source>
        <translation>数据关联：{count} 处损坏（首个在表 {table}）</translation>
    </message>
    <message>
        <source>References between tables: could not be checked ({reason})</source>
        <translation>数据关联：无法检查（{reason}）</translation>
    </message>
    <message>
        <source>Tables: all {count} present</source>
        <translation>数据表：{count} 张齐全</translation>
    </message>
    <message>
        <source>Tables: {count} missing ({tables})</source>
        <translation>数据表：缺少 {count} 张（{tables}）</translation>
    </message>
    <message>
        <source>The rest could not be read, the file is damaged: {reason}</source>
        <translation>其余部分无法读取，文件已损坏：{reason}</translation>
    </message>
    <message>
        <source>Schema version: {revision} (current)</source>
        <translation>数据库结构版本：{revision}（最新）</translation>
    </message>
    <message>
        <source>Schema version: {revision}, but this program expects {head}</source>
        <translation>数据库结构版本：{revision}，本程序需要 {head}</translation>
    </message>
    <message>
        <source>Schema version: none recorded, but this program expects {head}</source>
        <translation>数据库结构版本：未记录，本程序需要 {head}</translation>
    </message>
    <message>
        <source>Checklists: {count} versions, every one adds up to its stated total</source>
        <translation>检查表：共 {count} 个版本，分值合计均与总分一致</translation>
    </message>
    <message>
        <source>Checklist {code} version {version}: items add up to {total}, not {max_points}</source>
        <translation>检查表 {code} 第 {version} 版：条目合计 {total} 分，与总分 {max_points} 不符</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Checklists</source>
        <extracomment>Columns of the items tree.</extracomment>
        <translation>检查表</translation>
    </message>
    <message>
        <source>{version} (current)</source>
        <translation>{version}（当前）</translation>
    </message>
    <message>
        <source>no campaign yet</source>
        <translation>尚无活动</translation>
    </message>
    <message>
        <source>Version {version} · {items} items</source>
        <extracomment>The version on the right, and whether it may be edited (it is the current one).</extracomment>
        <translation>第 {version} 版 · {items} 项</translation>
    </message>
    <message>
        <source>Saved {day}. Used by: {campaigns}</source>
        <translation>{day} 保存。使用此版本的活动：{campaigns}</translation>
    </message>
    <message>
        <source>Version {version} of {name}, the current one: new campaigns use it. Saving makes version {next}; campaigns made before keep the version they use.</source>
        <translation>“{name}”第 {version} 版，即当前版本：新建的活动使用它。保存后成为第 {next} 版；之前建立的活动仍使用原来的版本。</translation>
    </message>
    <message>
        <source>Version {version} of {name} is an earlier version, shown as it was (read only). To change the checklist, edit the current version.</source>
        <translation>“{name}”第 {version} 版是旧版本，按原样显示（只读）。要修改检查表，请编辑当前版本。</translation>
    </message>
    <message>
        <source>Items add up to {total}</source>
        <translation>条目合计 {total} 分</translation>
    </message>
    <message>
        <source>{total}, not the full marks {full}</source>
        <translation>{total}，与满分 {full} 不符</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>新分组</translation>
    </message>
    <message>
        <source>Item {code}: {column} must be a number, not &quot;{text}&quot;.</source>
        <translation>条目 {code}：{column}必须是数字，不能是“{text}”。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved as version {version} of {name}. New campaigns use it; campaigns made before keep the version they use.</source>
        <translation>已保存为“{name}”第 {version} 版。新建的活动使用它；之前建立的活动仍使用原来的版本。</translation>
    </message>
    <message>
        <source>Import a checklist file</source>
        <translation>导入检查表文件</translation>
    </message>
    <message>
        <source>Checklists (*.yaml *.yml)</source>
        <translation>检查表文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>{file} was imported as version {version} of {name}.</source>
        <translation>已将 {file} 导入为“{name}”第 {version} 版。</translation>
    </message>
    <message>
        <source>{name} version {version}.yaml</source>
        <translation>{name} 第{version}版.yaml</translation>
    </message>
    <message>
        <source>Export this version</source>
        <translation>导出此版本</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <source>Your changes to {name} are not saved as a new version. Discard them?</source>
        <translation>对“{name}”的修改还没有保存为新版本。放弃这些修改吗？</translation>
    </message>
    <message>
        <source>Checklists and their &amp;versions</source>
        <translation>检查表及其版本(&amp;V)</translation>
    </message>
    <message>
        <source>Checklists and their versions</source>
        <translation>检查表及其版本</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport this version…</source>
        <translation>导出此版本(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>The checklist&apos;s name</source>
        <translation>检查表名称</translation>
    </message>
    <message>
        <source>&amp;Full marks</source>
        <translation>满分(&amp;F)</translation>
    </message>
    <message>
        <source>Full marks</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Sections and items of the checklist</source>
        <translation>检查表的分组与条目</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Per occurrence</source>
        <translation>每处扣分</translation>
    </message>
    <message>
        <source>Deduction guide</source>
        <translation>扣分标准</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Add sec&amp;tion</source>
        <translation>添加分组(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加条目(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Dis&amp;card changes</source>
        <translation>放弃修改(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation>保存为新版本(&amp;S)</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>New deadline</source>
        <translation>新期限</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;deadline</source>
        <translation>新期限(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>Preview: {title}</source>
        <translation>预览：{title}</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>/ {count}</source>
        <translation>/ {count}</translation>
    </message>
    <message>
        <source>Printing {title}…</source>
        <translation>正在打印{title}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The printer {printer} could not be used. Check that it is switched on and connected, or choose another printer, and try again.</source>
        <translation>无法使用打印机 {printer}。请检查它是否已开机并连接好，或选择另一台打印机，再试一次。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Open in the system viewer</source>
        <translation>用系统查看器打开</translation>
    </message>
    <message>
        <source>The document could not be put in the temporary folder ({detail}). Use Save as PDF… instead.</source>
        <translation>无法把文档放到临时文件夹（{detail}）。请改用“另存为 PDF…”。</translation>
    </message>
    <message>
        <source>No program for PDF files was found on this computer. Use Save as PDF… and open the file another way, or print from here.</source>
        <translation>这台电脑上没有找到打开 PDF 文件的程序。请用“另存为 PDF…”保存后用其他方式打开，或直接在这里打印。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>转到页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>缩放(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Open in the system &amp;viewer</source>
        <translation>用系统查看器打开(&amp;V)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Only the nursing department (admin) may do this.</source>
        <translation>只有护理部（管理员）可以进行此操作。</translation>
    </message>
    <message>
        <source>A head nurse may only work on her own ward&apos;s sheets, not on ward {ward}.</source>
        <translation>护士长只能填写本病区的检查表，无权操作病区 {ward}。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this.</source>
        <translation>您的角色（{role}）无权进行此操作。</translation>
    </message>
    <message>
        <source>This inspection belongs to another inspector; only she or the department may change it.</source>
        <extracomment>The user name written in the audit log for command-line actions. 护理部&apos;s own work: campaigns, wards, accounts, reopening sheets, awards, the summary text. 自查: score one&apos;s own ward (the department: any ward). 评比: inspect and score any ward. 整改 on the ward&apos;s side: cause, measure, owner, done, photos. 整改 on the department&apos;s side: re-check, reject, move a deadline, print notices. The ranking and the summary before they are published. 本病区结果: a ward&apos;s own published results. 优秀护士: nominate a nurse (a head nurse for her ward, the department for any ward).</extracomment>
        <translation>这份检查属于另一位质控员，只有她本人或护理部可以修改。</translation>
    </message>
    <message>
        <source>The password cannot be empty or only spaces; please type a password.</source>
        <extracomment>Wrong passwords in a row before an account has to wait. From this many wrong passwords in a row on, the refusal says how many tries are left.</extracomment>
        <translation>密码不能为空，也不能只有空格，请输入密码。</translation>
    </message>
    <message>
        <source>The password must have at least {length} characters; please type a longer one.</source>
        <translation>密码至少要有 {length} 个字符，请输入更长的密码。</translation>
    </message>
    <message>
        <source>The password must not be the same as the user name; please choose another one.</source>
        <translation>密码不能与用户名相同，请换一个。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {until}. Try again then, or ask the nursing department to unlock it.</source>
        <translation>密码错误次数过多，账号已锁定至 {until}。请到时再试，或请护理部解锁。</translation>
    </message>
    <message>
        <source>A user name has at most {length} characters; {username}… is longer. Please choose a shorter one.</source>
        <extracomment>The longest user name: the accounts&apos; and the audit log&apos;s columns hold 50 characters.</extracomment>
        <translation>用户名最多 {length} 个字符，“{username}…”超出了，请换一个短一些的。</translation>
    </message>
    <message>
        <source>A user name has no spaces or line breaks inside it; {username} has. Please remove them.</source>
        <translation>用户名中间不能有空格或换行，“{username}”中有，请删去。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {until}, and no other 护理部 account can unlock it. Wait until then, or on this PC run the command line: nursingqc users unlock {username}</source>
        <translation>密码错误次数过多：此账号已锁定到 {until}，并且没有其他护理部账号能解锁。请等到那时，或在这台电脑上运行命令行：nursingqc users unlock {username}</translation>
    </message>
    <message>
        <source>the items add up to {total} points, but the checklist states max_points {max_points}</source>
        <extracomment>The checklist codes shipped by default (rules §3.1), in the order they are shown.</extracomment>
        <translation>条目分值合计 {total} 分，与检查表总分 max_points {max_points} 不符</translation>
    </message>
    <message>
        <source>item code {code} is used more than once</source>
        <translation>条目编码 {code} 重复</translation>
    </message>
    <message>
        <source>item {code}: points must be greater than 0, not {points}</source>
        <translation>条目 {code}：分值须大于 0，不能是 {points}</translation>
    </message>
    <message>
        <source>item {code}: points must be given in steps of 0.1, not {points}</source>
        <translation>条目 {code}：分值须以 0.1 为单位，不能是 {points}</translation>
    </message>
    <message>
        <source>item {code}: per_occurrence {value} must be above 0 and at most the item&apos;s points</source>
        <translation>条目 {code}：per_occurrence（每处扣分）{value} 须大于 0 且不超过本条分值</translation>
    </message>
    <message>
        <source>section {title} has no items</source>
        <translation>分组“{title}”中没有条目</translation>
    </message>
    <message>
        <source>the checklist has no sections</source>
        <translation>检查表中没有分组（sections）</translation>
    </message>
    <message>
        <source>Item {item}: the deduction cannot be negative ({deduction}).</source>
        <translation>条目 {item}：扣分不能为负数（{deduction}）。</translation>
    </message>
    <message>
        <source>Item {item}: the deduction {deduction} is more than the item&apos;s {points} points.</source>
        <translation>条目 {item}：扣分 {deduction} 超过本条分值 {points} 分（扣完为止）。</translation>
    </message>
    <message>
        <source>Item {item}: deductions are given in steps of 0.1 points, not {deduction}.</source>
        <translation>条目 {item}：扣分以 0.1 分为单位，不能是 {deduction}。</translation>
    </message>
    <message>
        <source>Item {item}: an item marked not applicable cannot also have a deduction.</source>
        <translation>条目 {item}：已标记为不适用（合理缺项）的条目不能再扣分。</translation>
    </message>
    <message>
        <source>Item {item} is not a veto item and cannot be marked as failed veto.</source>
        <translation>条目 {item} 不是一票否决项，不能标记否决。</translation>
    </message>
    <message>
        <source>Every item is marked not applicable; at least one item must be scored.</source>
        <translation>所有条目均标记为不适用，至少须评分一个条目。</translation>
    </message>
    <message>
        <source>There is no submitted inspection to average.</source>
        <translation>没有已提交的检查可供计算平均分。</translation>
    </message>
    <message>
        <source>A weighted total needs at least one checklist with a positive weight.</source>
        <translation>计算加权总分至少需要一张权重大于 0 的检查表。</translation>
    </message>
    <message>
        <source>The weight of checklist {checklist} must be greater than 0, not {weight}.</source>
        <translation>检查表 {checklist} 的权重须大于 0，不能是 {weight}。</translation>
    </message>
    <message>
        <source>Checklist {checklist} has no item {item}.</source>
        <translation>检查表 {checklist} 中没有条目 {item}。</translation>
    </message>
    <message>
        <source>Item {item}: the deduction must be an exact number of points, not {value} ({kind}).</source>
        <translation>条目 {item}：扣分须为精确的分值，不能是 {value}（{kind}）。</translation>
    </message>
    <message>
        <source>Item {item}: the deduction {value} is not a number of points; enter one such as 0.5.</source>
        <translation>条目 {item}：扣分 {value} 不是有效分值，请填写如 0.5 这样的数字。</translation>
    </message>
    <message>
        <source>Item {item}: an item marked not applicable cannot also be marked as failed veto; untick one of them.</source>
        <translation>条目 {item}：已标记为不适用（合理缺项）的条目不能同时标记为一票否决，请取消其中一项。</translation>
    </message>
    <message>
        <source>Unknown phase {name}; use one of {names}.</source>
        <translation>未知阶段“{name}”，请使用 {names} 之一。</translation>
    </message>
    <message>
        <source>The {phase} phase is already open.</source>
        <translation>“{phase}”阶段已经开启。</translation>
    </message>
    <message>
        <source>The {phase} phase is not open, so it cannot be closed.</source>
        <translation>“{phase}”阶段未在进行中，无法结束。</translation>
    </message>
    <message>
        <source>Reopening the closed {phase} phase needs a reason.</source>
        <translation>重新开启已结束的“{phase}”阶段须填写原因。</translation>
    </message>
    <message>
        <source>The {phase} phase is not open ({state}); its entries cannot be changed.</source>
        <translation>“{phase}”阶段未在进行中（{state}），数据不能修改。</translation>
    </message>
    <message>
        <source>The {earlier} phase is still open. Opening {phase} now runs both at once; usually {earlier} is closed first.</source>
        <translation>“{earlier}”阶段还在进行中。现在开启“{phase}”，两个阶段将同时进行；通常先结束“{earlier}”。</translation>
    </message>
    <message>
        <source>The {earlier} phase was never opened. Opening {phase} now skips it: its work (such as the wards&apos; rectification) is not done in the program.</source>
        <translation>“{earlier}”阶段从未开启。现在开启“{phase}”将跳过它：该阶段的工作（如病区整改）不会在程序中完成。</translation>
    </message>
    <message>
        <source>{campaign} was published and locked when its summary phase closed; nothing in it can be changed. The nursing department can reopen the summary phase, with a reason, to correct it.</source>
        <translation>“{campaign}”已在总结阶段结束时发布并锁定，其中任何内容都不能再修改。如需更正，请护理部填写原因后重新开启总结阶段。</translation>
    </message>
    <message>
        <source>The file {path} does not exist. Check the folder and the file name.</source>
        <translation>文件 {path} 不存在。请检查文件夹和文件名。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file. Choose the Excel workbook (.xlsx) inside it.</source>
        <translation>{path} 是文件夹，不是文件。请选择其中的 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>{path} cannot be opened. If it is open in another program, close it there and try again.</source>
        <translation>无法打开 {path}。如果它正在其他程序中打开，请先在那里关闭，再试一次。</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes). Choose the workbook that holds the data.</source>
        <translation>{file} 是空文件（0 字节）。请选择含有数据的工作簿。</translation>
    </message>
    <message>
        <source>{file} is an old Excel 97-2003 workbook (.xls) or has a password. Open it in Excel, remove any password and save it as an Excel workbook (.xlsx).</source>
        <translation>{file} 是旧版 Excel 97-2003 工作簿（.xls）或设有密码。请用 Excel 打开，去掉密码，另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>{file} holds plain text (for example CSV), not an Excel workbook. Open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>{file} 是纯文本文件（例如 CSV），不是 Excel 工作簿。请用 Excel 打开，另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx) that can be read; it may be damaged. Open it in Excel and save it again as an Excel workbook (.xlsx).</source>
        <translation>{file} 不是可读取的 Excel 工作簿（.xlsx），可能已损坏。请用 Excel 打开，重新另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>{file} is protected by a password, so it cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it) and save it.</source>
        <translation>{file} 设有打开密码，无法读取。请用 Excel 打开，去掉密码（文件 › 信息 › 保护工作簿 › 用密码进行加密，清空密码）后保存。</translation>
    </message>
    <message>
        <source>{file} has no sheet named {sheet} (it has: {sheets}).</source>
        <translation>{file} 中没有名为“{sheet}”的工作表（现有：{sheets}）。</translation>
    </message>
    <message>
        <source>{file} has no sheet at all, so there is nothing to import. Choose the workbook with the sheet {sheet}.</source>
        <translation>{file} 中没有任何工作表，没有可导入的内容。请选择含有工作表“{sheet}”的工作簿。</translation>
    </message>
    <message>
        <source>{file} was not read: {reason}. A workbook this large or this unusual is refused to keep the program safe; split the data into smaller workbooks, or open the original in Excel and save it again.</source>
        <translation>{file} 未读取：{reason}。为保证程序安全，过大或结构异常的工作簿不予读取；请把数据拆分到几个较小的工作簿，或用 Excel 打开原文件重新保存。</translation>
    </message>
    <message>
        <source>its part {part} unpacks to {size} MB, more than the {limit} MB allowed</source>
        <translation>其中的 {part} 解压后有 {size} MB，超过允许的 {limit} MB</translation>
    </message>
    <message>
        <source>its part {part} unpacks to {ratio} times its packed size (a workbook packs at most about {limit} times)</source>
        <translation>其中的 {part} 解压后是压缩大小的 {ratio} 倍（正常工作簿最多约 {limit} 倍）</translation>
    </message>
    <message>
        <source>it holds more than {limit} parts</source>
        <translation>其中的组成部分超过 {limit} 个</translation>
    </message>
    <message>
        <source>a sheet has more than {limit} rows</source>
        <translation>工作表超过 {limit} 行</translation>
    </message>
    <message>
        <source>a sheet has a row numbered {row}, beyond the {limit} rows read</source>
        <translation>工作表中有第 {row} 行，超出可读取的 {limit} 行</translation>
    </message>
    <message>
        <source>a row of a sheet has more than {limit} cells</source>
        <translation>工作表的一行超过 {limit} 个单元格</translation>
    </message>
    <message>
        <source>a cell holds more than {limit} characters, more than Excel itself allows</source>
        <translation>有单元格超过 {limit} 个字符，超出 Excel 本身的上限</translation>
    </message>
    <message>
        <source>it holds more than {limit} different texts</source>
        <translation>其中超过 {limit} 段不同的文字</translation>
    </message>
    <message>
        <source>its part {part} declares a document type (DTD), which a workbook never has</source>
        <translation>其中的 {part} 含有文档类型声明（DTD），正常工作簿不会有</translation>
    </message>
    <message>
        <source>the header row has no column {column}</source>
        <translation>表头中没有“{column}”列</translation>
    </message>
    <message>
        <source>the header row has the column {column} {count} times; keep one of them (which one the values are in cannot be guessed)</source>
        <translation>表头中“{column}”列出现了 {count} 次；请只保留一列（无法判断数据填在哪一列）</translation>
    </message>
    <message>
        <source>is a formula; paste it as a value</source>
        <translation>是公式，请粘贴为数值</translation>
    </message>
    <message>
        <source>shows the Excel error {value}; correct the cell in Excel</source>
        <translation>显示 Excel 错误值 {value}，请在 Excel 中改正该单元格</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Wrong user name or password. After {count} more wrong tries the account is locked for {minutes} minutes.</source>
        <translation>用户名或密码错误。再错 {count} 次，账号将锁定 {minutes} 分钟。</translation>
    </message>
    <message>
        <source>This database has already been set up.</source>
        <translation>该数据库已完成初始设置。</translation>
    </message>
    <message>
        <source>Please fill in {field}.</source>
        <translation>请填写{field}。</translation>
    </message>
    <message>
        <source>The user name {username} is already taken.</source>
        <translation>用户名 {username} 已被使用。</translation>
    </message>
    <message>
        <source>A head nurse account needs a ward.</source>
        <translation>护士长账号必须指定所属病区。</translation>
    </message>
    <message>
        <source>There is no ward {ward}.</source>
        <translation>没有病区 {ward}。</translation>
    </message>
    <message>
        <source>There is no user {username}.</source>
        <translation>没有用户 {username}。</translation>
    </message>
    <message>
        <source>The account {username} was changed by {changed_by} after you opened it, so nothing was saved. Open it again to see the change.</source>
        <translation>账号 {username} 在您打开之后被 {changed_by} 修改过，因此没有保存。请重新打开查看对方的修改。</translation>
    </message>
    <message>
        <source>You cannot disable your own account or take away its department role: nobody might be left to manage the hospital. Ask another 护理部 account to do it.</source>
        <translation>不能停用自己的账号，也不能取消自己的护理部角色：否则可能没有人能管理医院。请让另一个护理部账号来做。</translation>
    </message>
    <message>
        <source>{username} is the last active 护理部 account. Create or enable another one first, so that someone can still manage wards, accounts and campaigns.</source>
        <translation>{username} 是最后一个启用的护理部账号。请先新建或启用另一个护理部账号，以便仍有人管理病区、账号和活动。</translation>
    </message>
    <message>
        <source>The current password is not right, so the password was not changed. If the nursing department has just reset it, type the password it gave you.</source>
        <translation>当前密码不正确，密码未修改。如果护理部刚刚重置了您的密码，请输入护理部给您的密码。</translation>
    </message>
    <message>
        <source>The new password is the same as the current one; please choose a different one.</source>
        <translation>新密码与当前密码相同，请换一个不同的密码。</translation>
    </message>
    <message>
        <source>The command line has no password of its own to change.</source>
        <translation>命令行没有自己的密码可以修改。</translation>
    </message>
    <message>
        <source>The password of {username} was changed by {changed_by} after you opened the list, so it was not reset. Look at the list again and reset it once more if it is still needed.</source>
        <translation>在您打开列表之后，{changed_by} 修改了 {username} 的密码，因此这次没有重置。请查看刷新后的列表，如仍需要，请再重置一次。</translation>
    </message>
    <message>
        <source>the hospital&apos;s name</source>
        <translation>医院名称</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>There is no campaign {campaign}.</source>
        <translation>没有编号为 {campaign} 的活动。</translation>
    </message>
    <message>
        <source>The campaign needs a name.</source>
        <translation>请填写活动名称。</translation>
    </message>
    <message>
        <source>The campaign needs at least one ward.</source>
        <translation>活动至少需要一个参加病区。</translation>
    </message>
    <message>
        <source>The campaign needs at least one checklist.</source>
        <translation>活动至少需要一张检查表。</translation>
    </message>
    <message>
        <source>There is no checklist with code {code}.</source>
        <translation>没有编码为 {code} 的检查表。</translation>
    </message>
    <message>
        <source>There is no ward with id {ward}.</source>
        <translation>没有编号为 {ward} 的病区。</translation>
    </message>
    <message>
        <source>{weights} weights were given for {checklists} checklists; give one per checklist.</source>
        <translation>给出了 {weights} 个权重，但有 {checklists} 张检查表；每张检查表须对应一个权重。</translation>
    </message>
    <message>
        <source>A checklist weight must be from 0.1 to 100 in steps of 0.1, not {weight}.</source>
        <translation>检查表权重须在 0.1 至 100 之间、以 0.1 为单位，不能是 {weight}。</translation>
    </message>
    <message>
        <source>The number of model wards must be from {fewest} to {most}, not {count}.</source>
        <translation>示范病房名额须在 {fewest} 至 {most} 之间，不能是 {count}。</translation>
    </message>
    <message>
        <source>The model-ward threshold must be from {lowest} to {highest}, not {threshold}.</source>
        <translation>示范病房最低分须在 {lowest} 至 {highest} 之间，不能是 {threshold}。</translation>
    </message>
    <message>
        <source>The rectification deadline must be {shortest} to {longest} days after the notice, not {days}.</source>
        <translation>整改期限须为通知后 {shortest} 至 {longest} 天，不能是 {days}。</translation>
    </message>
    <message>
        <source>Checklist {code} is listed twice.</source>
        <translation>检查表 {code} 重复列出。</translation>
    </message>
    <message>
        <source>Campaign {name} ({starts} to {ends}) already has this name.</source>
        <translation>已有同名活动“{name}”（{starts} 至 {ends}）。</translation>
    </message>
    <message>
        <source>Campaign {name} ({starts} to {ends}) runs on some of the same days.</source>
        <translation>活动“{name}”（{starts} 至 {ends}）与新活动的日期重叠。</translation>
    </message>
    <message>
        <source>Campaign {name} ({starts} to {ends}) already has this name and runs on some of the same days.</source>
        <translation>已有同名活动“{name}”（{starts} 至 {ends}），且日期与新活动重叠。</translation>
    </message>
    <message>
        <source>The campaign was not created. {clash} Choose another name or start date, or confirm that both campaigns are wanted.</source>
        <translation>活动未创建。{clash}请换一个名称或开始日期；如确实需要两个活动，请确认后再创建。</translation>
    </message>
    <message>
        <source>Campaign {name} cannot be deleted: it already holds {count} nomination(s) of excellent nurses, model-ward decision(s) or the department&apos;s summary text. Only a campaign nobody has entered anything into can be deleted.</source>
        <translation>活动“{name}”不能删除：其中已有 {count} 项优秀护士推荐、示范病房确认或护理部总结文字。只有还没有任何人填写过的活动才能删除。</translation>
    </message>
    <message>
        <source>Campaign {name} cannot be deleted: it already holds {count} score sheet(s). Only a campaign nobody has entered anything into can be deleted.</source>
        <translation>活动“{name}”不能删除：其中已有 {count} 张检查表。只有还没有任何人填写过的活动才能删除。</translation>
    </message>
    <message>
        <source>{changed_by} changed campaign {name} after you opened it, so nothing was saved. Open it again to see the change.</source>
        <translation>您打开之后 {changed_by} 修改了活动“{name}”，因此没有保存。请重新打开查看对方的修改。</translation>
    </message>
    <message>
        <source>The dates of {name} cannot move: its {phase} phase has begun. Change the dates only before the self-check is opened.</source>
        <translation>“{name}”的日期不能再改：它的“{phase}”阶段已经开始。日期只能在开启自查之前修改。</translation>
    </message>
    <message>
        <source>The checklists of {name} cannot change: its {phase} phase has begun and sheets are scored on them. Weights can still change.</source>
        <translation>“{name}”的检查表不能再改：它的“{phase}”阶段已经开始，评分表按这些检查表评分。权重仍可修改。</translation>
    </message>
    <message>
        <source>Ward {ward} cannot leave {name}: it has {count} score sheet(s) in it, and its results must stay. Leave the ward in the campaign.</source>
        <translation>病区 {ward} 不能移出“{name}”：它在该活动中已有 {count} 张评分表，结果必须保留。请保留该病区。</translation>
    </message>
    <message>
        <source>The {phase} phase of {campaign} is open too: head nurses then find two campaigns at work. Close it first unless both are meant to run.</source>
        <translation>{campaign}的“{phase}”阶段也在进行中：护士长会看到两个活动同时进行。除非有意同时进行，请先结束它。</translation>
    </message>
    <message>
        <source>There is no checklist {checklist}.</source>
        <translation>没有检查表 {checklist}。</translation>
    </message>
    <message>
        <source>{changed_by} saved version {version} of the checklist {name} at {at}, after you opened version {yours}. Your changes are not saved: open the new version and make them there.</source>
        <translation>您打开第 {yours} 版之后，{changed_by} 于 {at} 把检查表“{name}”保存为第 {version} 版。您的修改没有保存：请打开新版本，在那里重新修改。</translation>
    </message>
    <message>
        <source>Nothing is changed from version {version} of {name}; no new version is saved.</source>
        <translation>与“{name}”第 {version} 版相比没有任何修改，不保存新版本。</translation>
    </message>
    <message>
        <source>{field} must not be empty.</source>
        <translation>{field}不能为空。</translation>
    </message>
    <message>
        <source>The database already holds a hospital; demo data goes only into an empty database.</source>
        <translation>数据库中已有医院数据；演示数据只能写入空数据库。</translation>
    </message>
    <message>
        <source>A demo hospital has 1 to 999 wards, not {count}.</source>
        <translation>演示医院的病区数须为 1 至 999，不能是 {count}。</translation>
    </message>
    <message>
        <source>The file was not imported: {count} problem(s) found, nothing was changed.</source>
        <translation>文件未导入：发现 {count} 处问题，数据未作任何改动。</translation>
    </message>
    <message>
        <source>Sheet {sheet}, row {row}, column {column}: {reason}</source>
        <translation>工作表“{sheet}”第 {row} 行“{column}”列：{reason}</translation>
    </message>
    <message>
        <source>This sheet was submitted on {when}; only the nursing department can reopen it.</source>
        <translation>本表已于 {when} 提交，只有护理部可以退回修改。</translation>
    </message>
    <message>
        <source>This sheet has not been submitted.</source>
        <translation>该检查表尚未提交。</translation>
    </message>
    <message>
        <source>Ward {ward} or checklist {checklist} is not part of this campaign.</source>
        <translation>病区 {ward} 或检查表 {checklist} 不在本次活动中。</translation>
    </message>
    <message>
        <source>Reopening a submitted sheet needs a reason.</source>
        <translation>退回已提交的检查表须填写原因。</translation>
    </message>
    <message>
        <source>The sheet cannot be submitted yet: {count} item(s) need attention.</source>
        <translation>检查表暂不能提交：有 {count} 个条目需要处理。</translation>
    </message>
    <message>
        <source>This inspection no longer exists (it may have been deleted on another computer).</source>
        <translation>这份检查已不存在（可能已在另一台电脑上删除）。</translation>
    </message>
    <message>
        <source>{changed_by} saved this sheet at {when}, after you opened it. Your latest entries were not saved, so that neither of you loses work. Reload the sheet to see the saved entries.</source>
        <translation>{changed_by} 在您打开本表之后（{when}）保存了本表。为避免双方的录入互相覆盖，您最近的录入未保存。请重新载入，查看已保存的内容。</translation>
    </message>
    <message>
        <source>Score sheets belong to the self-check or the evaluation, not to the {phase} phase.</source>
        <translation>评分表只用于自查和评比阶段，不用于“{phase}”阶段。</translation>
    </message>
    <message>
        <source>{changed_by} already has an inspection of this ward on this checklist dated {date} (saved at {when}); an inspector scores a ward on a checklist once a day. Your entries here were not saved. Open that inspection to continue it.</source>
        <translation>{changed_by} 已有一份 {date} 对本病区这张检查表的检查（{when} 保存）；同一检查人对同一病区同一检查表每天只做一份检查。您在这里录入的内容没有保存，请打开那份检查继续录入。</translation>
    </message>
    <message>
        <source>Item {item}: {reason}</source>
        <translation>条目 {item}：{reason}</translation>
    </message>
    <message>
        <source>{item} {text}: not scored yet</source>
        <translation>{item} {text}：尚未评分</translation>
    </message>
    <message>
        <source>{item} {text}: {deduction} points deducted but no problem described</source>
        <translation>{item} {text}：扣 {deduction} 分，但未填写存在问题</translation>
    </message>
    <message>
        <source>{item} {text}: veto marked as failed but no problem described</source>
        <translation>{item} {text}：已标记一票否决，但未填写存在问题</translation>
    </message>
    <message>
        <source>every item is marked not applicable; score at least one item</source>
        <translation>所有条目均为不适用，请至少评分一个条目</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be a whole number of beds from 0 to 999, not {value}</source>
        <translation>须为 0 至 999 的整数床位数，不能是“{value}”</translation>
    </message>
    <message>
        <source>ward code {code} appears again (first in row {first_row})</source>
        <translation>病区编码 {code} 重复（首次出现在第 {first_row} 行）</translation>
    </message>
    <message>
        <source>has a broken character (half of a character pair) at position {position}; type it again</source>
        <translation>第 {position} 个字符已损坏（半个字符），请重新输入</translation>
    </message>
    <message>
        <source>has {count} characters, but at most {length} fit; please shorten it</source>
        <translation>有 {count} 个字符，最多只能 {length} 个，请缩短</translation>
    </message>
    <message>
        <source>The user name {username} for the head nurse of ward {ward} is taken already, by {owner}. Choose another user name for her; nothing was imported.</source>
        <translation>病区 {ward} 护士长的用户名 {username} 已被 {owner} 使用。请为她另选一个用户名；本次什么也没有导入。</translation>
    </message>
    <message>
        <source>The user name {username} is given to the head nurses of both ward {first} and ward {second}. Choose another for one of them; nothing was imported.</source>
        <translation>用户名 {username} 同时给了病区 {first} 和病区 {second} 的护士长。请为其中一位另选用户名；本次什么也没有导入。</translation>
    </message>
    <message>
        <source>Ward {ward} has no head nurse (column 护士长) in the file, so no account can be made for her; nothing was imported.</source>
        <translation>文件中病区 {ward} 没有填写护士长（“护士长”列），无法为其建账号；本次什么也没有导入。</translation>
    </message>
    <message>
        <source>This ward does not exist any more; someone else may have deleted it.</source>
        <extracomment>The most characters each text field of a ward holds: its database column&apos;s length.</extracomment>
        <translation>这个病区已不存在，可能已被别人删除。</translation>
    </message>
    <message>
        <source>Please fill in the ward&apos;s name.</source>
        <translation>请填写病区名称。</translation>
    </message>
    <message>
        <source>Please fill in the ward&apos;s code (e.g. NK01): files and accounts refer to it.</source>
        <translation>请填写病区编码（如 NK01）：文件和账号都按编码找到病区。</translation>
    </message>
    <message>
        <source>The ward code {code} is taken already, by {name}. Choose another code.</source>
        <translation>病区编码 {code} 已被“{name}”使用，请换一个编码。</translation>
    </message>
    <message>
        <source>{field} has {count} characters, but at most {length} fit; please shorten it.</source>
        <translation>{field}有 {count} 个字，最多只能 {length} 个，请缩短。</translation>
    </message>
    <message>
        <source>The number of beds must be a whole number from 0 to 999, not {value}.</source>
        <translation>床位数须为 0 至 999 的整数，不能是 {value}。</translation>
    </message>
    <message>
        <source>Ward {ward} was changed by {changed_by} after you opened it, so nothing was saved (neither change is lost unseen). Close this window and open the ward again to see theirs.</source>
        <translation>病区 {ward} 在您打开后已被 {changed_by} 修改，本次未保存（以免任何一方的修改被无声覆盖）。请关闭此窗口，重新打开该病区查看对方的修改。</translation>
    </message>
    <message>
        <source>Ward {ward} has {count} score sheet(s) and cannot be deleted. Deactivate it instead: it is then left out of new campaigns and its results are kept.</source>
        <translation>病区“{ward}”已有 {count} 份评分表，不能删除。请改为停用：停用后不再参加新的活动，已有结果仍然保留。</translation>
    </message>
    <message>
        <source>Ward {ward} cannot be deleted: it is part of a published campaign&apos;s results or has excellent-nurse nominations. Deactivate the ward instead.</source>
        <translation>病区 {ward} 不能删除：它属于已发布活动的结果，或有优秀护士推荐。请改为停用该病区。</translation>
    </message>
    <message>
        <source>Ward {ward} cannot be deleted: the account(s) {accounts} belong to it. Deactivate the ward instead.</source>
        <translation>病区“{ward}”不能删除：账号 {accounts} 属于该病区。请改为停用该病区。</translation>
    </message>
    <message>
        <source>The ward&apos;s code</source>
        <translation>病区编码</translation>
    </message>
    <message>
        <source>{field} may have at most {limit} characters; it has {length}. Please shorten it.</source>
        <translation>{field}最多 {limit} 个字，现有 {length} 个，请删减。</translation>
    </message>
    <message>
        <source>{field} holds a broken character (half of a character pair, as a damaged copy leaves behind) at position {position}. Please type that part again.</source>
        <translation>{field}第 {position} 个字符已损坏（复制时常见的半个字符），请重新输入这一处。</translation>
    </message>
    <message>
        <source>The hospital&apos;s name</source>
        <extracomment>Line breaks are part of the text (a cause, a reason); elsewhere they become spaces. Names of places and things: the hospital, a ward, a campaign, a checklist (columns of 100).</extracomment>
        <translation>医院名称</translation>
    </message>
    <message>
        <source>The ward&apos;s name</source>
        <translation>病区名称</translation>
    </message>
    <message>
        <source>The campaign&apos;s name</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>The code</source>
        <extracomment>A checklist file&apos;s texts (its columns: codes 30, names and section titles 100; the item text and the guide are printed on every blank checklist and notice).</extracomment>
        <translation>编码</translation>
    </message>
    <message>
        <source>The checklist&apos;s name</source>
        <translation>检查表名称</translation>
    </message>
    <message>
        <source>The section&apos;s title</source>
        <translation>分组标题</translation>
    </message>
    <message>
        <source>The item&apos;s text</source>
        <translation>条目内容</translation>
    </message>
    <message>
        <source>The deduction guide</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>The nurse&apos;s name</source>
        <translation>护士姓名</translation>
    </message>
    <message>
        <source>The name shown</source>
        <translation>显示名</translation>
    </message>
    <message>
        <source>The problem</source>
        <extracomment>存在问题 of one item: a few sentences; a notice prints every one of them.</extracomment>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>The cause analysis</source>
        <extracomment>原因分析 and 整改措施 of one item: a paragraph or two.
----------
Each of the summary&apos;s three texts: several pages of the report.</extracomment>
        <translation>原因分析</translation>
    </message>
    <message>
        <source>The measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>The reason</source>
        <extracomment>Why something was decided, reopened, refused or delayed: what the audit log keeps.</extracomment>
        <translation>理由</translation>
    </message>
    <message>
        <source>The conclusions</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>The next PDCA steps</source>
        <translation>下一步PDCA措施</translation>
    </message>
    <message>
        <source>The head nurse&apos;s name</source>
        <translation>护士长姓名</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Checklist file {file}, line {line}: {reason}</source>
        <translation>检查表文件 {file} 第 {line} 行：{reason}</translation>
    </message>
    <message>
        <source>the file cannot be read ({detail})</source>
        <translation>文件无法读取（{detail}）</translation>
    </message>
    <message>
        <source>this is not valid YAML ({detail})</source>
        <translation>不是有效的 YAML 格式（{detail}）</translation>
    </message>
    <message>
        <source>the file holds an invisible control character ({code}); delete it and save again</source>
        <translation>文件中含有看不见的控制字符（{code}），请删除后重新保存</translation>
    </message>
    <message>
        <source>{what} must be a mapping of field: value</source>
        <translation>{what} 必须是“字段: 值”的形式</translation>
    </message>
    <message>
        <source>{field} must be a list</source>
        <translation>{field} 必须是列表</translation>
    </message>
    <message>
        <source>the field {field} is missing</source>
        <translation>缺少字段 {field}</translation>
    </message>
    <message>
        <source>unknown field {field}</source>
        <translation>未知字段 {field}</translation>
    </message>
    <message>
        <source>{field} must be a number, not {value}</source>
        <translation>{field} 必须是数字，不能是“{value}”</translation>
    </message>
    <message>
        <source>{field} must be text</source>
        <translation>{field} 必须是文字</translation>
    </message>
    <message>
        <source>{field} must not be empty</source>
        <translation>{field} 不能为空</translation>
    </message>
    <message>
        <source>{field} must be true or false, not {value}</source>
        <translation>{field} 必须是 true 或 false，不能是“{value}”</translation>
    </message>
    <message>
        <source>{field} must be a whole number, not {value}</source>
        <translation>{field} 必须是正整数，不能是“{value}”</translation>
    </message>
    <message>
        <source>{path} is not a NursingQC database (it cannot be read as one).</source>
        <translation>{path} 不是护理质控数据库（无法读取）。</translation>
    </message>
    <message>
        <source>Today&apos;s backup copy of the database could not be written to {folder}: {reason} NursingQC works as usual and saves your entries; please tell IT so that backups resume.</source>
        <extracomment>The newest migration. Alembic is imported only when a database is not at this revision, which keeps it out of every ordinary start; a test checks that this equals Alembic&apos;s head.</extracomment>
        <translation>今天的数据库备份无法写入 {folder}：{reason} NursingQC 仍可正常使用并保存您的录入；请告知信息科，以便恢复备份。</translation>
    </message>
    <message>
        <source>{path} holds tables of another program, not a NursingQC database.</source>
        <translation>{path} 是其他程序的数据库，不是护理质控数据库。</translation>
    </message>
    <message>
        <source>The database was written by a newer NursingQC (schema {revision}); please install the newer version.</source>
        <translation>该数据库由更新版本的护理质控程序创建（结构版本 {revision}），请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>The database could not be upgraded and was left as it was. A backup is at {backup}.</source>
        <translation>数据库升级失败，已保持原样。备份文件：{backup}。</translation>
    </message>
    <message>
        <source>The database {path} is damaged; NursingQC did not write to it. Restore its newest backup, {backup}, with &quot;nursingqc restore&quot;, or ask IT for help. The details are in the log file {log}.</source>
        <translation>数据库 {path} 已损坏，护理质控没有写入它。请用“nursingqc restore”恢复它最新的备份 {backup}，或联系信息科。详细情况见日志文件 {log}。</translation>
    </message>
    <message>
        <source>The database {path} is damaged; NursingQC did not write to it, and there is no backup of it in {folder}. Ask IT for help; the details are in the log file {log}.</source>
        <translation>数据库 {path} 已损坏，护理质控没有写入它；文件夹 {folder} 中没有它的备份。请联系信息科；详细情况见日志文件 {log}。</translation>
    </message>
    <message>
        <source>The database {url} needs the Python package {module}; install NursingQC with the postgresql extra (pip install nursingqc[postgresql]).</source>
        <translation>数据库 {url} 需要 Python 包 {module}；请安装带 postgresql 选项的护理质控（pip install nursingqc[postgresql]）。</translation>
    </message>
    <message>
        <source>{url} is not a database file name or address.</source>
        <translation>{url} 不是数据库文件名或地址。</translation>
    </message>
    <message>
        <source>NursingQC keeps its data in a SQLite database file or on a PostgreSQL server (an address beginning with postgresql+psycopg://); {url} is neither.</source>
        <translation>护理质控的数据只能保存在 SQLite 数据库文件或 PostgreSQL 服务器上（地址以 postgresql+psycopg:// 开头）；{url} 两者都不是。</translation>
    </message>
    <message>
        <source>The database server of {url} cannot be reached (it is not running, or the network is down). Nothing was changed; try again in a moment, or ask IT whether the server is up.</source>
        <translation>无法连接数据库服务器 {url}（服务器未运行，或网络中断）。未做任何更改；请稍后重试，或请信息科确认服务器是否正常。</translation>
    </message>
    <message>
        <source>The database server has no database named {database} ({url}). Check the name with IT.</source>
        <translation>数据库服务器上没有名为 {database} 的数据库（{url}）。请与信息科核对名称。</translation>
    </message>
    <message>
        <source>The database server of {url} refused the work ({reason}); nothing was changed. Show this message to IT.</source>
        <translation>数据库服务器 {url} 拒绝了本次操作（{reason}），未做任何更改。请把此提示告诉信息科。</translation>
    </message>
    <message>
        <source>The database server refused the user name or password of {url}. Check them with IT.</source>
        <translation>数据库服务器拒绝了 {url} 中的用户名或密码。请与信息科核对。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Check the path, and that its drive or network share is connected.</source>
        <translation>文件夹 {folder} 不存在。请检查路径，并确认所在的磁盘或网络共享已连接。</translation>
    </message>
    <message>
        <source>There is no database file {path}.</source>
        <translation>数据库文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The database file {path} is read-only, so NursingQC cannot save to it. Remove the read-only mark in the file&apos;s properties, or ask IT for permission to write to it.</source>
        <translation>数据库文件 {path} 是只读的，护理质控无法保存。请在文件属性中取消“只读”，或请信息科开通写入权限。</translation>
    </message>
    <message>
        <source>NursingQC cannot write in the folder {folder} (it is read-only, or you lack permission); the database needs to save files there. Ask IT for permission, or use another folder.</source>
        <translation>护理质控无法在文件夹 {folder} 中写入（文件夹只读，或没有权限）；数据库需要在那里保存文件。请信息科开通权限，或换一个文件夹。</translation>
    </message>
    <message>
        <source>The disk holding {path} is full, so nothing was saved. Free some space (empty the recycle bin, remove old files), then try again.</source>
        <translation>{path} 所在的磁盘已满，未能保存任何内容。请腾出空间（清空回收站、删除旧文件）后再试。</translation>
    </message>
    <message>
        <source>The database {path} cannot be used ({reason}); nothing was changed. Details are in the log file.</source>
        <translation>数据库 {path} 无法使用（{reason}），数据未作任何改动。详细信息见日志文件。</translation>
    </message>
    <message>
        <source>The database is busy: another NursingQC window or computer has been saving for more than {seconds} seconds. Nothing was changed; please try again in a moment.</source>
        <translation>数据库正忙：另一个 NursingQC 窗口或另一台电脑已连续保存超过 {seconds} 秒。未做任何更改，请稍后再试。</translation>
    </message>
    <message>
        <source>Ward {ward}, checklist {checklist}: a submitted inspection has every item marked not applicable, so it has no score. Correct that inspection, then make the ranking again.</source>
        <translation>病区 {ward}，检查表 {checklist}：有一次已提交的检查所有条目都标为不适用，无法计分。请更正该次检查后重新排名。</translation>
    </message>
    <message>
        <source>The file {file} cannot be written ({detail}). If it is open in another program, close it there, or choose another folder, and try again.</source>
        <extracomment>Where a document goes: a file the user chose, or a stream (a preview, a test).</extracomment>
        <translation>无法写入文件 {file}（{detail}）。如果它正在其他程序中打开，请先在那里关闭，或选择其他文件夹，然后重试。</translation>
    </message>
    <message>
        <source>The notice for {ward} has a deadline ({deadline}) before the day it is issued ({issued}). Choose a deadline on or after the issue date.</source>
        <translation>{ward} 的整改通知单的整改期限（{deadline}）早于下发日期（{issued}）。请选择不早于下发日期的整改期限。</translation>
    </message>
    <message>
        <source>Backup and restore work on a database file; {url} is a database server. Ask IT to back up the server.</source>
        <translation>备份和恢复只适用于数据库文件；{url} 是数据库服务器，请由信息科备份服务器。</translation>
    </message>
    <message>
        <source>{path} already exists; a backup never overwrites a file. Choose a new file name.</source>
        <translation>{path} 已存在；备份不会覆盖已有文件。请换一个新文件名。</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}) and cannot be restored; choose another backup.</source>
        <translation>{path} 已损坏（{detail}），不能用来恢复，请另选一个备份。</translation>
    </message>
    <message>
        <source>{path} is the database itself; choose a backup file to restore.</source>
        <translation>{path} 就是数据库本身，请选择一个备份文件来恢复。</translation>
    </message>
    <message>
        <source>The database {path} is open in NursingQC on this or another computer. Close every NursingQC window, then restore again; nothing was changed.</source>
        <translation>数据库 {path} 正在本机或其他电脑上的护理质控中打开。请关闭所有护理质控窗口后再恢复；数据未作任何改动。</translation>
    </message>
    <message>
        <source>{file} is a backup of {backup_hospital}, but the database {path} is {hospital}&apos;s. Nothing was changed. To replace {hospital}&apos;s data by {backup_hospital}&apos;s, restore again with --other-hospital.</source>
        <translation>{file} 是{backup_hospital}的备份，而数据库 {path} 属于{hospital}。数据未作任何改动。如确要用{backup_hospital}的数据替换{hospital}的数据，请加上 --other-hospital 再恢复一次。</translation>
    </message>
    <message>
        <source>This item is {status}; only an item still to rectify can be changed or marked done.</source>
        <translation>此项为“{status}”；只有“待整改”的项目可以修改或标记为已整改。</translation>
    </message>
    <message>
        <source>This item is {status}; only an item marked as rectified can be re-checked.</source>
        <translation>此项为“{status}”；只有“已整改待复查”的项目可以复查。</translation>
    </message>
    <message>
        <source>Fill in the cause and the measure before marking the item as rectified.</source>
        <translation>请先填写原因分析和整改措施，再标记为已整改。</translation>
    </message>
    <message>
        <source>The date the item was rectified ({done}) cannot be later than today ({today}).</source>
        <translation>整改完成日期（{done}）不能晚于今天（{today}）。</translation>
    </message>
    <message>
        <source>The date the item was rectified ({done}) cannot be before it was issued ({issued}).</source>
        <translation>整改完成日期（{done}）不能早于下发日期（{issued}）。</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>The new deadline {new} must be later than the current one ({current}).</source>
        <translation>新的整改期限 {new} 必须晚于当前期限（{current}）。</translation>
    </message>
    <message>
        <source>The new deadline {new} is before today ({today}); choose today or a later day.</source>
        <translation>新的整改期限 {new} 早于今天（{today}），请选择今天或以后的日期。</translation>
    </message>
    <message>
        <source>This item is {status}; its deadline can no longer be moved.</source>
        <translation>此项为“{status}”，整改期限不能再更改。</translation>
    </message>
    <message>
        <source>This item is withdrawn; no more photos can be added to it.</source>
        <translation>该整改项已撤销，不能再添加照片。</translation>
    </message>
    <message>
        <source>There is no rectification item {item}.</source>
        <translation>没有编号为 {item} 的整改项。</translation>
    </message>
    <message>
        <source>{changed_by} changed this rectification item at {when}, after you opened it; nothing was saved. Reload it to see the change.</source>
        <translation>{changed_by} 在您打开之后（{when}）修改了此整改项，您的修改未保存。请重新载入查看。</translation>
    </message>
    <message>
        <source>A re-check is done by an inspector or the nursing department, not by the ward.</source>
        <translation>复查由质控员或护理部进行，病区不能自行复查。</translation>
    </message>
    <message>
        <source>The ward&apos;s answer and photos come from its head nurse or the nursing department, not from an inspector.</source>
        <translation>病区的整改回复和照片由本病区护士长或护理部填写、上传，质控员不能代填。</translation>
    </message>
    <message>
        <source>The picture is still {size} KB after scaling down; at most {limit} KB are kept.</source>
        <translation>图片缩小后仍有 {size} KB，最多只能保存 {limit} KB。</translation>
    </message>
    <message>
        <source>Say why the photo is removed (the wrong picture, a patient can be recognised…): the nursing department keeps it with the reason.</source>
        <translation>请写明移除照片的原因（拍错了、能认出病人……）：护理部会连同原因保留这张照片。</translation>
    </message>
    <message>
        <source>This photo was removed already.</source>
        <translation>这张照片已经移除。</translation>
    </message>
    <message>
        <source>An item keeps at most {limit} pictures; remove one before adding another.</source>
        <translation>每个整改项最多保存 {limit} 张图片，请先删除一张再添加。</translation>
    </message>
    <message>
        <source>Rectification notices are printed by the nursing department or an inspector; the ward answers its items on the Rectification page.</source>
        <translation>整改通知单由护理部或质控员打印；病区在“整改”页面填写各整改项。</translation>
    </message>
    <message>
        <source>There is no ward {ward} in this campaign.</source>
        <translation>本次活动没有病区 {ward}。</translation>
    </message>
    <message>
        <source>The owner</source>
        <extracomment>A person&apos;s name as written on a form (columns of 50): 责任人, 涉及护士, a display name.</extracomment>
        <translation>责任人</translation>
    </message>
    <message>
        <source>The picture {file} cannot be found. Check the folder and choose it again.</source>
        <extracomment>A 50-megapixel phone camera is the biggest a ward will use; decoding that takes ≈ 150 MB. As the file dialog offers them (Pillow&apos;s JPEG reader also opens phones&apos; multi-picture .jpg).</extracomment>
        <translation>找不到图片“{file}”。请检查文件夹后重新选择。</translation>
    </message>
    <message>
        <source>The file {file} is {size} MB; a picture may have at most {limit} MB. Choose a smaller photo, or take it again at a lower resolution.</source>
        <translation>文件“{file}”有 {size} MB，图片最多 {limit} MB。请选择小一些的照片，或用较低的分辨率重新拍摄。</translation>
    </message>
    <message>
        <source>The file {file} is not a JPEG or PNG picture, or it is damaged. Open it in a picture viewer to check, or choose another file.</source>
        <translation>文件“{file}”不是 JPEG 或 PNG 图片，或者已损坏。请用看图软件打开检查，或选择其他文件。</translation>
    </message>
    <message>
        <source>The picture {file} has more than {limit} million pixels, too many to open safely. Take the photo at a lower resolution, or choose another file.</source>
        <translation>图片“{file}”超过 {limit} 百万像素，太大，无法安全打开。请用较低的分辨率拍摄，或选择其他文件。</translation>
    </message>
    <message>
        <source>there is no ward with code {code}; use the codes of the template</source>
        <extracomment>The sheet&apos;s columns in order (rules §3.5). Shown to the reader and ignored on import, so a file may leave them out. Paper rounds are scored in the self-check and the evaluation only.</extracomment>
        <translation>没有编码为 {code} 的病区；请使用模板中的病区编码</translation>
    </message>
    <message>
        <source>ward {code} does not take part in this campaign</source>
        <translation>病区 {code} 未参加本次活动</translation>
    </message>
    <message>
        <source>there is no checklist with code {code}; use the codes of the template</source>
        <translation>没有编码为 {code} 的检查表；请使用模板中的检查表编码</translation>
    </message>
    <message>
        <source>checklist {code} is not used in this campaign (it uses {codes})</source>
        <translation>本次活动不使用检查表 {code}（使用的是：{codes}）</translation>
    </message>
    <message>
        <source>must be 自查 or 评比, not {value}</source>
        <translation>只能填“自查”或“评比”，不能填“{value}”</translation>
    </message>
    <message>
        <source>{value} is not a date; write it like 2026-07-08</source>
        <translation>“{value}”不是日期；请按 2026-07-08 的格式填写</translation>
    </message>
    <message>
        <source>none of the {count} dates of this column (rows {first} to {last}) can be read as a date, for example {value}; write them like 2026-07-08, or format the column as dates in Excel (Format Cells › Date)</source>
        <translation>本列 {count} 个日期（第 {first} 至 {last} 行）都不能识别为日期，例如“{value}”；请写成 2026-07-08 的样子，或在 Excel 中把本列设为日期格式（设置单元格格式 › 日期）</translation>
    </message>
    <message>
        <source>{date} is outside the {phase} week ({start} ~ {end}); imported all the same, as entries are accepted while the phase is open</source>
        <translation>{date} 不在“{phase}”周内（{start} ~ {end}）；阶段仍在进行中，仍可录入，已照常导入</translation>
    </message>
    <message>
        <source>{value} is a day in the future; write the day of the round</source>
        <translation>{value} 是将来的日期；请填写实际检查的日期</translation>
    </message>
    <message>
        <source>{value} is not a number; write the points deducted, such as 0.5, or leave it empty for 0</source>
        <translation>“{value}”不是数字；请填写扣除的分数，如 0.5；不扣分可留空（按 0 分）</translation>
    </message>
    <message>
        <source>must be 是 or empty, not {value}</source>
        <translation>只能填“是”或留空，不能填“{value}”</translation>
    </message>
    <message>
        <source>the row has scores but no inspector; write who inspected, or clear the row (only rows without scores are skipped)</source>
        <translation>本行有评分但没有检查人；请填写检查人，或清空本行（只有未评分的行才会被跳过）</translation>
    </message>
    <message>
        <source>item {item} appears twice in the same inspection (first in row {first_row})</source>
        <translation>条目 {item} 在同一次检查中出现了两次（第一次在第 {first_row} 行）</translation>
    </message>
    <message>
        <source>the inspection of ward {ward}, checklist {checklist} by {inspector} on {date} has no row for item(s) {items}; every item of the checklist needs a row</source>
        <translation>病区 {ward} 检查表 {checklist}（{inspector}，{date}）缺少条目 {items}；检查表的每个条目都要有一行</translation>
    </message>
    <message>
        <source>ward {ward} already has a self-check of checklist {checklist} in row {first_row} ({inspector}, {date}); a ward fills one self-check per checklist</source>
        <translation>病区 {ward} 的检查表 {checklist} 自查已在第 {first_row} 行（{inspector}，{date}）；每个病区每张检查表只填一份自查</translation>
    </message>
    <message>
        <source>the {phase} phase is not open ({state}), so its scores cannot be imported; the nursing department opens it on the Campaigns page</source>
        <translation>{phase}阶段未开启（{state}），不能导入该阶段的评分；请护理部在“活动管理”页开启</translation>
    </message>
    <message>
        <source>ward {ward} checklist {checklist}: a {phase} sheet ({inspector}, {date}) was already submitted on {when} with other scores; it stays as it is. If the paper sheet is right, ask the nursing department to reopen that sheet, then import again</source>
        <translation>病区 {ward} 检查表 {checklist}：{phase}评分表（{inspector}，{date}）已于 {when} 提交，且分数与本文件不同，已保持原样。如纸质表正确，请护理部退回该表后再导入</translation>
    </message>
    <message>
        <source>a head nurse imports only her own ward&apos;s self-check (自查); evaluation scores are imported by the inspectors or the nursing department</source>
        <translation>护士长只能导入本病区的自查；评比评分由质控员或护理部导入</translation>
    </message>
    <message>
        <source>inspectors import evaluation (评比) scores; a ward&apos;s self-check is imported by its head nurse or the nursing department</source>
        <translation>质控员导入评比评分；病区自查由该病区护士长或护理部导入</translation>
    </message>
    <message>
        <source>This is ward {ward}&apos;s PC: its packages are the head nurse&apos;s to send and take. Give her user name with --user (nursingqc exchange --user NAME ...); the password is asked, or read from NURSINGQC_PASSWORD.</source>
        <extracomment>Where ``exchange --user`` reads the password from (a script&apos;s), before asking for it.</extracomment>
        <translation>这是病区 {ward} 的电脑：本机的交换包由护士长导出和导入。请用 --user 给出她的用户名（nursingqc exchange --user 用户名 ...）；密码会询问，或从 NURSINGQC_PASSWORD 读取。</translation>
    </message>
    <message>
        <source>There is no exchange package (*.nqcpkg) in {folders}; nothing was imported.</source>
        <translation>{folders} 中没有交换包（*.nqcpkg），未导入任何内容。</translation>
    </message>
    <message>
        <source>{folders} holds {count} exchange package(s), none of them for this PC: they are this PC&apos;s own or other PCs&apos;. Nothing was imported.</source>
        <translation>{folders} 中有 {count} 个交换包，但没有一个是给本机的：它们是本机自己发出的或其他电脑的。未导入任何内容。</translation>
    </message>
    <message>
        <source>--username takes a ward code and a user name as CODE=NAME, not {value}.</source>
        <translation>--username 的写法是 病区编码=用户名（CODE=NAME），而不是 {value}。</translation>
    </message>
    <message>
        <source>No ward of campaign {campaign} has rectification items still to do, so no notice was written. To print one ward&apos;s notice anyway, add --ward and the ward&apos;s code.</source>
        <translation>活动 {campaign} 中没有病区还有未完成的整改项，因此没有写入通知单。如仍要打印某个病区的通知单，请加上 --ward 和该病区的编码。</translation>
    </message>
    <message>
        <source>There is no checklist {checklist} here. Choose one of: {codes}.</source>
        <translation>这里没有检查表 {checklist}。请从以下编码中选择：{codes}。</translation>
    </message>
    <message>
        <source>There is no ward {ward}. Check the code under Wards and accounts.</source>
        <translation>没有病区 {ward}。请在“病区与账号”中核对编码。</translation>
    </message>
    <message>
        <source>Campaign {campaign} has no model wards and no approved excellent nurses yet, so there is no certificate to print. Confirm the model wards and approve nominations first.</source>
        <translation>活动月{campaign}还没有示范病房，也没有已批准的优秀护士，没有可打印的奖状。请先确认示范病房并审批优秀护士推荐。</translation>
    </message>
    <message>
        <source>The ranking is shown to head nurses once the nursing department publishes the results.</source>
        <translation>护理部发布评比结果后，护士长才能查看排名。</translation>
    </message>
    <message>
        <source>{changed_by} confirmed the model wards at {when}, after you opened the ranking. Nothing was changed, so that neither choice is lost without a look: see theirs, then confirm again if yours should stand.</source>
        <translation>{changed_by} 已于 {when} 确认了示范病房（在您打开排名之后）。为免任何一方的选择被无声覆盖，本次未做更改：请先查看对方的确认，如仍需调整请重新确认。</translation>
    </message>
    <message>
        <source>{changed_by} decided on the nomination of {nurse} at {when}, after you opened the list. Nothing was changed: see their decision, then decide again if yours should stand.</source>
        <translation>{changed_by} 已于 {when} 对 {nurse} 的推荐作出决定（在您打开列表之后）。本次未做更改：请先查看对方的决定，如仍需改变请重新决定。</translation>
    </message>
    <message>
        <source>The model wards you chose differ from the ones the rules propose; write the reason for the change.</source>
        <translation>您选择的示范病房与按规则推荐的不同，请填写调整理由。</translation>
    </message>
    <message>
        <source>Ward {ward} does not take part in this campaign.</source>
        <translation>病区{ward}未参加本次活动月。</translation>
    </message>
    <message>
        <source>Ward {ward} has not been evaluated on every checklist yet, so it cannot be a model ward.</source>
        <translation>病区 {ward} 还有检查表未完成评比，不能评为示范病房。</translation>
    </message>
    <message>
        <source>Ward {ward} failed a veto item (一票否决), so it cannot be a model ward.</source>
        <translation>病区 {ward} 有一票否决项未通过，不能评为示范病房。</translation>
    </message>
    <message>
        <source>Excellent nurses are nominated by the head nurse of their ward (or entered by the nursing department).</source>
        <translation>优秀护士由所在病区的护士长推荐（或由护理部代为录入）。</translation>
    </message>
    <message>
        <source>A head nurse nominates nurses of her own ward only, not of ward {ward}.</source>
        <translation>护士长只能推荐本病区的护士，不能推荐病区 {ward} 的护士。</translation>
    </message>
    <message>
        <source>Enter the name of the nurse you nominate.</source>
        <translation>请填写被推荐护士的姓名。</translation>
    </message>
    <message>
        <source>Write why {nurse} deserves to be an excellent nurse.</source>
        <translation>请填写推荐 {nurse} 为优秀护士的理由。</translation>
    </message>
    <message>
        <source>{nurse} of ward {ward} is already nominated in this campaign.</source>
        <translation>病区 {ward} 的 {nurse} 已在本次活动中被推荐过。</translation>
    </message>
    <message>
        <source>There is no nomination {nomination}.</source>
        <translation>没有编号为 {nomination} 的推荐。</translation>
    </message>
    <message>
        <source>Write why the nomination is declined, so that the head nurse knows.</source>
        <translation>请填写不予批准的理由，以便护士长了解。</translation>
    </message>
    <message>
        <source>The model wards are still the ranking rules&apos; proposal: the nursing department confirms them on the Ranking page first, then their certificates can be printed.</source>
        <translation>示范病房目前仍是评比规则的建议名单：请护理部先在“排名”页确认示范病房，再打印奖状。</translation>
    </message>
    <message>
        <source>The results of {campaign} are not published yet. Head nurses see them once the nursing department closes the summary phase.</source>
        <translation>{campaign}的结果尚未发布。护理部结束总结阶段后，护士长即可查看。</translation>
    </message>
    <message>
        <source>A head nurse sees her own ward&apos;s result only, not ward {ward}&apos;s. Choose your own ward.</source>
        <translation>护士长只能查看本病区的结果，不能查看病区{ward}的结果。请选择您自己的病区。</translation>
    </message>
    <message>
        <source>The hospital&apos;s summary is for the nursing department and inspectors. Head nurses see the ranking and their own ward&apos;s result once the results are published.</source>
        <translation>全院总结供护理部和质控人员查看。结果发布后，护士长可查看排名和本病区的结果。</translation>
    </message>
    <message>
        <source>{changed_by} saved the summary text at {when}, after you opened it; your text was not saved, so that it does not overwrite theirs.</source>
        <translation>{changed_by}在您打开之后于 {when} 保存了总结文字；为免覆盖对方的文字，您的文字未保存。</translation>
    </message>
    <message>
        <source>{option}: {reason}</source>
        <translation>{option}：{reason}</translation>
    </message>
    <message>
        <source>{value} is not a number, such as 1 or 0.5.</source>
        <translation>“{value}”不是数字，应填如 1 或 0.5 这样的数。</translation>
    </message>
    <message>
        <source>{value} is far too large a number.</source>
        <translation>“{value}”这个数太大了。</translation>
    </message>
    <message>
        <source>{value} has more than {places} decimal places; round it.</source>
        <translation>“{value}”的小数超过 {places} 位，请先取整。</translation>
    </message>
    <message>
        <source>{value} is not a whole number, such as 3.</source>
        <translation>“{value}”不是整数，应填如 3 这样的数。</translation>
    </message>
    <message>
        <source>{value} is not a campaign id; nursingqc campaign list shows them.</source>
        <translation>“{value}”不是活动编号；可用 nursingqc campaign list 查看。</translation>
    </message>
    <message>
        <source>{value} is not a conflict&apos;s number; nursingqc exchange conflicts lists them.</source>
        <translation>{value} 不是冲突编号；nursingqc exchange conflicts 会列出冲突。</translation>
    </message>
    <message>
        <source>{title} could not be laid out ({parts}), so no file was written. Details are in the log file; show it to IT.</source>
        <extracomment>The width tables and paragraphs are laid out in. Every part of a document failed to lay out (a one-part document: the summary, the ranking).</extracomment>
        <translation>{title}无法排版（{parts}），未写入文件。详情见日志文件，请交给信息科。</translation>
    </message>
    <message>
        <source>The signing key {file} is damaged, so this PC cannot sign or check exchange packages. Restore the file from a backup of the data folder; nothing was changed.</source>
        <extracomment>A key&apos;s file name is ``&lt;name&gt;.key``: a plain word, so that no name reaches another folder. Raw Ed25519 sizes (RFC 8032).</extracomment>
        <translation>签名密钥 {file} 已损坏，本机无法签名或核对交换包。请从数据文件夹的备份恢复该文件；未做任何更改。</translation>
    </message>
    <message>
        <source>The signing key {file} cannot be read or written ({reason}). Check the data folder&apos;s permissions; nothing was changed.</source>
        <translation>无法读写签名密钥 {file}（{reason}）。请检查数据文件夹的权限；未做任何更改。</translation>
    </message>
    <message>
        <source>{file} is not a NursingQC exchange package. Choose a package file exported by NursingQC (its name ends in .nqcpkg); nothing was imported.</source>
        <extracomment>What a package file is called by the program (``&lt;what&gt;-&lt;ward&gt;-&lt;sequence&gt;.nqcpkg``). A package being written: a folder scan skips these (the name ends differently and is hidden). How many names ``publish_package`` tries beside a taken one. A partial file older than this was left by a program that died while writing (or before its transaction committed); younger ones may still be being written by another PC. ``manifest.json``&apos;s ``format``: what tells our package from any other zip with a manifest. The first bytes of each picture a package may carry (JPEG SOI + marker; PNG&apos;s signature). A zip&apos;s local file header: what a zip file, whole or cut short, starts with. The end-of-central-directory record: its magic, size without comment, longest comment. Unix file type bits of a zip entry&apos;s external attributes. Deflated records shrink 5-20 times (ids, dates and texts differ); a bomb of repeated bytes 300-1000 times. Only entries larger than ``ratio_floor_bytes`` are held to it (a tiny entry of zeros harms nobody). name (&quot;records.json&quot;, &quot;receipt.json&quot; …) -&gt; the parsed JSON value &quot;photos/&lt;sha256 hex&gt;.&lt;jpg|png&gt;&quot; -&gt; the picture&apos;s bytes (hash and kind checked)</extracomment>
        <translation>{file} 不是 NursingQC 交换包。请选择 NursingQC 导出的交换包文件（文件名以 .nqcpkg 结尾）；未导入任何内容。</translation>
    </message>
    <message>
        <source>The package {file} is incomplete or damaged: it may not have been copied to the end. Copy it again, or ask the sender for a new one; nothing was imported.</source>
        <translation>交换包 {file} 不完整或已损坏：可能没有复制完整。请重新复制，或请发送方重新导出；未导入任何内容。</translation>
    </message>
    <message>
        <source>The package {file} cannot be found. Check the folder and choose it again.</source>
        <translation>找不到交换包 {file}。请检查文件夹后重新选择。</translation>
    </message>
    <message>
        <source>The package {file} cannot be read ({reason}); nothing was imported.</source>
        <translation>无法读取交换包 {file}（{reason}）；未导入任何内容。</translation>
    </message>
    <message>
        <source>The package {file} is {size} MB; a package may have at most {limit} MB. It was not made by NursingQC; nothing was imported.</source>
        <translation>交换包 {file} 大小为 {size} MB，交换包最大 {limit} MB。它不是 NursingQC 生成的；未导入任何内容。</translation>
    </message>
    <message>
        <source>The package {file} holds {count} files; a package holds at most {limit}. It was not made by NursingQC or was altered; nothing was imported.</source>
        <translation>交换包 {file} 含 {count} 个文件，交换包最多含 {limit} 个。它不是 NursingQC 生成的或已被改动；未导入任何内容。</translation>
    </message>
    <message>
        <source>In the package {file}, {entry} unpacks to more than {limit} MB, more than any package holds (a file made to fill the disk). Nothing was imported.</source>
        <translation>交换包 {file} 中的 {entry} 解压后超过 {limit} MB，超出任何交换包的大小（这是用来占满磁盘的文件）。未导入任何内容。</translation>
    </message>
    <message>
        <source>The package {file} unpacks to more than {limit} MB, more than any package holds (a file made to fill the disk). Nothing was imported.</source>
        <translation>交换包 {file} 解压后超过 {limit} MB，超出任何交换包的大小（这是用来占满磁盘的文件）。未导入任何内容。</translation>
    </message>
    <message>
        <source>In the package {file}, {entry} is packed more than {limit} times smaller than it unpacks, as only a file made to fill the disk is (a zip bomb). Nothing was imported.</source>
        <translation>交换包 {file} 中的 {entry} 压缩比超过 {limit} 倍，只有用来占满磁盘的文件（压缩炸弹）才会这样。未导入任何内容。</translation>
    </message>
    <message>
        <source>The package {file} holds {entry}, a name pointing outside the package (..). Such a package is made to overwrite files; nothing was imported.</source>
        <translation>交换包 {file} 含有 {entry}，这个名称指向交换包以外（..）。这种交换包是用来覆盖文件的；未导入任何内容。</translation>
    </message>
    <message>
        <source>The package {file} holds {entry}, a name with a full path. Such a package is made to overwrite files; nothing was imported.</source>
        <translation>交换包 {file} 含有 {entry}，这个名称带有完整路径。这种交换包是用来覆盖文件的；未导入任何内容。</translation>
    </message>
    <message>
        <source>The package {file} holds {entry}, a name with a backslash, which NursingQC never writes. Nothing was imported.</source>
        <translation>交换包 {file} 含有 {entry}，名称中有反斜杠，NursingQC 从不这样写。未导入任何内容。</translation>
    </message>
    <message>
        <source>The package {file} holds {entry}, a name with a drive letter. Such a package is made to overwrite files; nothing was imported.</source>
        <translation>交换包 {file} 含有 {entry}，名称中有盘符。这种交换包是用来覆盖文件的；未导入任何内容。</translation>
    </message>
    <message>
        <source>The package {file} holds {entry} as a link to another file, which NursingQC never writes. Nothing was imported.</source>
        <translation>交换包 {file} 中的 {entry} 是指向其他文件的链接，NursingQC 从不这样写。未导入任何内容。</translation>
    </message>
    <message>
        <source>The package {file} holds {entry} twice, so it cannot be told which one is meant. It was altered; nothing was imported.</source>
        <translation>交换包 {file} 中 {entry} 出现了两次，无法判断以哪个为准。交换包已被改动；未导入任何内容。</translation>
    </message>
    <message>
        <source>The package {file} holds {entry}, which NursingQC never writes into a package. It was altered; nothing was imported.</source>
        <translation>交换包 {file} 含有 {entry}，NursingQC 从不把它写进交换包。交换包已被改动；未导入任何内容。</translation>
    </message>
    <message>
        <source>The package {file} holds {entry}, which its table of contents does not list: it was altered after it was made. Nothing was imported.</source>
        <translation>交换包 {file} 含有 {entry}，但目录中没有列出它：交换包在生成后被改动过。未导入任何内容。</translation>
    </message>
    <message>
        <source>The package {file} lacks {entry}, which its table of contents lists: it is incomplete or was altered. Nothing was imported.</source>
        <translation>交换包 {file} 缺少目录中列出的 {entry}：交换包不完整或已被改动。未导入任何内容。</translation>
    </message>
    <message>
        <source>The table of contents (manifest.json) of the package {file} is not valid ({field}): it was not made by NursingQC or was altered. Nothing was imported.</source>
        <translation>交换包 {file} 的目录（manifest.json）无效（{field}）：它不是 NursingQC 生成的或已被改动。未导入任何内容。</translation>
    </message>
    <message>
        <source>The package {file} was made by a newer NursingQC (package format {version}; this program reads up to {supported}). Update NursingQC on this PC, then import it again.</source>
        <translation>交换包 {file} 由更新版本的 NursingQC 生成（交换包格式 {version}；本程序最高读取 {supported}）。请先更新本机的 NursingQC，再重新导入。</translation>
    </message>
    <message>
        <source>The package {file} carries no signature, so nobody can tell who made it. Ask the sender for a new package; nothing was imported.</source>
        <translation>交换包 {file} 没有签名，无法判断由谁生成。请发送方重新导出；未导入任何内容。</translation>
    </message>
    <message>
        <source>The signature of the package {file} does not match: it was altered after it was made, or it was not made by {sender}. Nothing was imported.</source>
        <translation>交换包 {file} 的签名不符：它在生成后被改动过，或不是由 {sender} 生成的。未导入任何内容。</translation>
    </message>
    <message>
        <source>The package {file} comes from {sender}, a PC this one has no key of. Only packages of the nursing department and of the ward PCs it enrolled are imported; nothing was imported.</source>
        <translation>交换包 {file} 来自 {sender}，本机没有这台电脑的密钥。只导入护理部及其登记的病区电脑的交换包；未导入任何内容。</translation>
    </message>
    <message>
        <source>In the package {file}, {entry} was changed after the package was made (its SHA-256 does not match the table of contents). Nothing was imported.</source>
        <translation>交换包 {file} 中的 {entry} 在生成后被改动过（SHA-256 与目录不符）。未导入任何内容。</translation>
    </message>
    <message>
        <source>In the package {file}, {entry} is not a JPEG or PNG picture. Nothing was imported.</source>
        <translation>交换包 {file} 中的 {entry} 不是 JPEG 或 PNG 图片。未导入任何内容。</translation>
    </message>
    <message>
        <source>In the package {file}, {entry} is not valid JSON: it was not made by NursingQC or was altered. Nothing was imported.</source>
        <translation>交换包 {file} 中的 {entry} 不是有效的 JSON：它不是 NursingQC 生成的或已被改动。未导入任何内容。</translation>
    </message>
    <message>
        <source>The package {file} could not be written ({reason}). Check that the folder exists, may be written to and has room; nothing was left there.</source>
        <translation>无法写入交换包 {file}（{reason}）。请检查文件夹是否存在、可写且有足够空间；那里未留下任何文件。</translation>
    </message>
    <message>
        <source>The database {path} is on a network drive ({share}). SQLite files on a shared folder can be damaged when several PCs write to them, and work is lost. Keep the database on this PC&apos;s own disk; to work together, use a PostgreSQL server (--db postgresql+psycopg://...) or each PC its own database with exchange packages (nursingqc exchange).</source>
        <translation>数据库 {path} 位于网络驱动器（{share}）上。多台电脑同时写入共享文件夹中的 SQLite 文件可能损坏数据库并丢失工作。请把数据库放在本机自己的磁盘上；需要多台电脑协作时，请使用 PostgreSQL 服务器（--db postgresql+psycopg://...），或每台电脑使用自己的数据库并通过交换包（nursingqc exchange）交换数据。</translation>
    </message>
    <message>
        <source>In the package {file}, the record {field} is not valid: it was not made by NursingQC or was altered. Nothing was imported.</source>
        <extracomment>The records&apos; own format, inside the package format: a reader refuses a newer one. A text field&apos;s longest value unless it names its own (``_limit``): the longest text the program keeps (a summary&apos;s) with room; short columns name theirs.</extracomment>
        <translation>交换包 {file} 中的记录 {field} 无效：它不是 NursingQC 生成的，或已被改动。没有导入任何内容。</translation>
    </message>
    <message>
        <source>The package {file} holds records of a newer NursingQC (records format {version}; this program reads up to {supported}). Update NursingQC on this PC, then import it again.</source>
        <translation>交换包 {file} 中的记录来自更新版本的 NursingQC（记录格式 {version}；本程序最多读取 {supported}）。请先升级本机的 NursingQC，再重新导入。</translation>
    </message>
    <message>
        <source>Changed on both PCs since the last exchange: here version {ours} ({our_author}), in the package version {theirs} ({their_author}). Neither was overwritten: the PC that imported the package keeps its version among the exchange conflicts, where taking it or keeping its own settles the record at the next exchange.</source>
        <translation>自上次交换以来两台电脑都改过：本机为第 {ours} 版（{our_author}），交换包中为第 {theirs} 版（{their_author}）。谁的修改都没有被覆盖：导入交换包的电脑把包中的版本保存在“交换冲突”中，在那里采用对方的版本或保留本机的版本后，下次交换即可一致。</translation>
    </message>
    <message>
        <source>This PC holds a newer version ({ours}) than the package ({theirs}); it stays.</source>
        <translation>本机的版本（第 {ours} 版）比交换包中的（第 {theirs} 版）更新，保留本机的版本。</translation>
    </message>
    <message>
        <source>The package changes {fields}, which the {owner} decides, not the sender; the record was not applied.</source>
        <translation>交换包修改了{fields}，这些应由{owner}决定，而不是发送方；这条记录没有导入。</translation>
    </message>
    <message>
        <source>An evaluation sheet comes from the nursing department only, never from a ward PC; it was not applied.</source>
        <translation>评比检查表只能来自护理部，不能来自病区电脑；这条记录没有导入。</translation>
    </message>
    <message>
        <source>The package names this record with another {fields} than this PC holds it with; a record never moves to another sheet, campaign or ward, so it was not applied.</source>
        <translation>交换包中这条记录的{fields}与本机保存的不同；记录不会换到别的检查表、活动或病区，因此未导入。</translation>
    </message>
    <message>
        <source>The package says it was changed from version {base} of this record, but this PC never had a version above {ours}: it was not made from this PC&apos;s records and was not applied.</source>
        <translation>交换包称这条记录是在第 {base} 版上修改的，但本机从未有过高于第 {ours} 版的版本：它不是根据本机的记录做出的，未导入。</translation>
    </message>
    <message>
        <source>The record belongs to ward {ward}, not to the package&apos;s ward {package_ward}.</source>
        <translation>这条记录属于病区 {ward}，而不是交换包所属的病区 {package_ward}。</translation>
    </message>
    <message>
        <source>ward</source>
        <translation>病区</translation>
    </message>
    <message>
        <source>nursing department</source>
        <translation>护理部</translation>
    </message>
    <message>
        <source>Log in to import packages; only a new ward PC&apos;s setup package is imported before anyone has logged in.</source>
        <extracomment>The department&apos;s signing key in the keys folder; a ward PC&apos;s is ``ward-&lt;its id&gt;``. Who the audit log names for the first import of a setup package: nobody is logged in yet.</extracomment>
        <translation>请先登录再导入交换包；只有新病区电脑的安装包可以在无人登录时导入。</translation>
    </message>
    <message>
        <source>This is the PC of ward {ward}; only the nursing department&apos;s PC enrols ward PCs.</source>
        <translation>这是病区 {ward} 的电脑；只有护理部的电脑才能登记病区电脑。</translation>
    </message>
    <message>
        <source>No ward PC is enrolled yet: enrol one (a setup package) before exporting packages for the wards.</source>
        <translation>还没有登记任何病区电脑：请先登记（生成安装包），再为各病区导出交换包。</translation>
    </message>
    <message>
        <source>Ward {ward} has no enrolled PC; enrol one first.</source>
        <translation>病区 {ward} 还没有登记的电脑，请先登记。</translation>
    </message>
    <message>
        <source>Ward {ward} already has an enrolled PC ({pc}, enrolled on {date}), and a ward takes part in the exchange with one PC. To set up another PC for it, first withdraw the old one (unenrol); its packages are refused from then on. Nothing was changed.</source>
        <translation>病区 {ward} 已经登记了一台电脑（{pc}，{date} 登记），每个病区只用一台电脑参加交换。要为它另设一台电脑，请先撤销原来那台的登记；此后原来那台电脑的包都会被拒绝。没有做任何修改。</translation>
    </message>
    <message>
        <source>There is no active ward {ward}.</source>
        <translation>没有在用的病区 {ward}。</translation>
    </message>
    <message>
        <source>Ward {ward} has no active head nurse account, so nobody could log in on its PC. Make her account first (Settings, accounts), then enrol the PC.</source>
        <translation>病区 {ward} 没有在用的护士长账户，病区电脑上将无人能登录。请先建立她的账户（设置 → 账户），再登记这台电脑。</translation>
    </message>
    <message>
        <source>Only the head nurse of ward {ward} exports and imports this PC&apos;s packages.</source>
        <translation>只有病区 {ward} 的护士长才能导出和导入本机的交换包。</translation>
    </message>
    <message>
        <source>The package {file} belongs to another hospital&apos;s NursingQC, not to this one; nothing was imported.</source>
        <translation>交换包 {file} 属于另一家医院的 NursingQC，不属于本院；没有导入任何内容。</translation>
    </message>
    <message>
        <source>The package {file} is for ward {ward}, and this PC is enrolled for ward {enrolled}; nothing was imported.</source>
        <translation>交换包 {file} 是给病区 {ward} 的，而本机登记的是病区 {enrolled}；没有导入任何内容。</translation>
    </message>
    <message>
        <source>The package {file} is a {kind} package, which this PC ({role}) does not import: a ward PC imports the department&apos;s packages, the department the ward PCs&apos;. Nothing was imported.</source>
        <translation>交换包 {file} 是{kind}包，本机（{role}）不导入这种包：病区电脑导入护理部的交换包，护理部导入病区电脑的交换包。没有导入任何内容。</translation>
    </message>
    <message>
        <source>setup</source>
        <extracomment>How MSG_WRONG_KIND names a package&apos;s kind and this PC&apos;s part.</extracomment>
        <translation>安装</translation>
    </message>
    <message>
        <source>ward&apos;s</source>
        <translation>病区上报</translation>
    </message>
    <message>
        <source>department&apos;s</source>
        <translation>护理部下发</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>the nursing department&apos;s PC</source>
        <translation>护理部电脑</translation>
    </message>
    <message>
        <source>a ward PC</source>
        <translation>病区电脑</translation>
    </message>
    <message>
        <source>This PC takes part in no exchange yet, so it imports only a setup package; {file} is another kind. Nothing was imported.</source>
        <translation>本机尚未参与交换，只能导入安装包；{file} 是其他类型的包。没有导入任何内容。</translation>
    </message>
    <message>
        <source>The package {file} sets up a new ward PC; this PC is already enrolled. Nothing was imported.</source>
        <translation>交换包 {file} 用于安装新的病区电脑，而本机已经登记过。没有导入任何内容。</translation>
    </message>
    <message>
        <source>The package {file} is number {sequence} from {sender}, older than number {last}, already imported; an older package would undo newer work. Nothing was imported.</source>
        <translation>交换包 {file} 是 {sender} 的第 {sequence} 号，比已导入的第 {last} 号更旧；导入旧包会撤销较新的工作。没有导入任何内容。</translation>
    </message>
    <message>
        <source>The package {file} carries number {sequence} from {sender}, the number of another package already imported (was the sender&apos;s database restored from a backup?). Nothing was imported.</source>
        <translation>交换包 {file} 的编号是 {sender} 的第 {sequence} 号，与已导入的另一个包相同（发送方的数据库是否从备份恢复过？）。没有导入任何内容。</translation>
    </message>
    <message>
        <source>This PC&apos;s signing key {file} is missing. The other PCs check this PC&apos;s packages with that key and would refuse every package signed with a new one, so none was made and nothing was changed. Copy the key back from the backups folder ({copy}), where NursingQC keeps a copy of each key, or from a backup of the data folder.</source>
        <translation>本机的签名密钥 {file} 不见了。其他电脑用这个密钥核对本机的交换包，换成新密钥签名的包都会被它们拒绝，所以没有生成新密钥，也没有做任何修改。请从备份文件夹（{copy}，NursingQC 在那里为每个密钥保存了一份副本）或数据文件夹的备份中把这个密钥复制回来。</translation>
    </message>
    <message>
        <source>The setup package {file} carries a damaged key for this PC. Ask the nursing department for a new setup package; nothing was imported.</source>
        <translation>安装包 {file} 中本机的密钥已损坏。请向护理部索取新的安装包；没有导入任何内容。</translation>
    </message>
    <message>
        <source>Receipt of the other PC: {record}</source>
        <translation>对方电脑的回执：{record}</translation>
    </message>
    <message>
        <source>The receipt {file} answers a package of another PC, not one of this PC&apos;s; nothing was imported.</source>
        <translation>回执 {file} 答复的是另一台电脑的交换包，不是本机的；没有导入任何内容。</translation>
    </message>
    <message>
        <source>Record {uid}</source>
        <translation>记录 {uid}</translation>
    </message>
    <message>
        <source>Refused by the other PC (its reason is not known to this program).</source>
        <translation>对方电脑拒绝了这条记录（本程序不认识其原因）。</translation>
    </message>
    <message>
        <source>{checklist} {phase} sheet ({inspector})</source>
        <translation>{checklist} {phase}表（{inspector}）</translation>
    </message>
    <message>
        <source>Rectification item {item}: {problem}</source>
        <translation>整改项 {item}：{problem}</translation>
    </message>
    <message>
        <source>Published ranking of {campaign}</source>
        <translation>{campaign}的已发布排名</translation>
    </message>
    <message>
        <source>Campaign {campaign}</source>
        <translation>活动 {campaign}</translation>
    </message>
    <message>
        <source>The campaign of this record is not on this PC; import the packages in order.</source>
        <translation>这条记录所属的活动不在本机上；请按顺序导入交换包。</translation>
    </message>
    <message>
        <source>Checklist {checklist} version {version} is not on this PC; import the department&apos;s newer packages first.</source>
        <translation>检查表 {checklist} 第 {version} 版不在本机上；请先导入护理部较新的交换包。</translation>
    </message>
    <message>
        <source>In the package {file}, checklist {checklist} version {version} differs from the one of the same version on this PC, so the two PCs would score on different items. Install the same NursingQC version as on the department&apos;s PC; nothing was imported.</source>
        <translation>交换包 {file} 中检查表 {checklist} 第 {version} 版与本机同一版本的内容不同，两台电脑会按不同的条目评分。请安装与护理部电脑相同版本的 NursingQC；没有导入任何内容。</translation>
    </message>
    <message>
        <source>Checklist {checklist} version {version} has no item {item}.</source>
        <translation>检查表 {checklist} 第 {version} 版没有条目 {item}。</translation>
    </message>
    <message>
        <source>The sheet this item was found on is not on this PC; import the packages in order.</source>
        <translation>发现这个问题的检查表不在本机上；请按顺序导入交换包。</translation>
    </message>
    <message>
        <source>This PC has another {phase} sheet of {ward} on {checklist} (by {inspector}); both are kept. Agree which one counts and delete the other on one PC.</source>
        <translation>本机已有 {ward} 的另一张 {checklist} {phase}表（{inspector}）；两张都保留。请商定以哪张为准，并在一台电脑上删除另一张。</translation>
    </message>
    <message>
        <source>This PC has another rectification item for the same finding; both are kept.</source>
        <translation>本机已有针对同一问题的另一个整改项；两个都保留。</translation>
    </message>
    <message>
        <source>The package {file} lacks the photo {photo}, which one of its items lists: it was altered. Nothing was imported.</source>
        <translation>交换包 {file} 缺少其中整改项列出的照片 {photo}：它已被改动。没有导入任何内容。</translation>
    </message>
    <message>
        <source>A ward PC sends new rectification items only from its own self-check; this one comes from an evaluation, which the department issues.</source>
        <translation>病区电脑只能发送来自本病区自查的新整改项；这一项来自评比，应由护理部下发。</translation>
    </message>
    <message>
        <source>A setup package prepares a new ward PC; this database already has accounts or data. Import it into a new database (or a newly installed program); nothing was imported.</source>
        <extracomment>setup.json: the setup package&apos;s one document.</extracomment>
        <translation>安装包用于准备新的病区电脑；本数据库已有账户或数据。请导入到新的数据库（或新安装的程序）中；没有导入任何内容。</translation>
    </message>
    <message>
        <source>This PC becomes the PC of {name} of {hospital}</source>
        <translation>本机成为{hospital}{name}的电脑</translation>
    </message>
    <message>
        <source>Account {username} ({name})</source>
        <translation>账户 {username}（{name}）</translation>
    </message>
    <message>
        <source>Checklist {name} (version {version})</source>
        <translation>检查表 {name}（第 {version} 版）</translation>
    </message>
    <message>
        <source>This conflict is no longer open: a later exchange or another user settled it, or its record was deleted. Nothing was changed.</source>
        <translation>这条冲突已不存在：之后的交换或其他用户已经处理了它，或者它的记录已被删除。没有做任何修改。</translation>
    </message>
</context>
<context>
    <name>EvaluationBoardModel</name>
    <message>
        <source>Checklists done</source>
        <translation>已评检查表</translation>
    </message>
    <message>
        <source>Wards done</source>
        <translation>已评病区</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺</translation>
    </message>
    <message>
        <source>{count} submitted</source>
        <translation>已提交 {count}</translation>
    </message>
    <message>
        <source>{count} draft(s)</source>
        <translation>草稿 {count}</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>No inspection yet</source>
        <translation>尚无检查</translation>
    </message>
    <message>
        <source>{count} missing</source>
        <translation>缺 {count} 项</translation>
    </message>
</context>
<context>
    <name>EvaluationBoardPage</name>
    <message>
        <source>Evaluation progress</source>
        <translation>评比进度</translation>
    </message>
    <message>
        <source>There is no campaign yet.</source>
        <translation>还没有活动。</translation>
    </message>
    <message>
        <source>{campaign}: {missing} of {pairs} ward × checklist pairs have no submitted inspection yet; {drafts} draft(s) not submitted.</source>
        <translation>{campaign}：{pairs} 个病区×检查表中有 {missing} 个尚无已提交的检查；{drafts} 份草稿尚未提交。</translation>
    </message>
    <message>
        <source>Double-click a cell to score that ward on that checklist.</source>
        <translation>双击单元格可对该病区该检查表评分。</translation>
    </message>
    <message>
        <source>{ward} · {checklist}: {inspections}</source>
        <translation>{ward} · {checklist}：{inspections}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Only wards with &amp;missing checklists</source>
        <translation>只看有缺项的病区(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Evaluation board: wards by checklists</source>
        <translation>评比进度：病区×检查表</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>The campaign worked on; the one running today is chosen at first</source>
        <translation>正在处理的活动；起初选中今天正在进行的活动</translation>
    </message>
    <message>
        <source>&amp;Ward</source>
        <translation>病区(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>检查表(&amp;C)</translation>
    </message>
    <message>
        <source>Scores &amp;template…</source>
        <translation>评分模板(&amp;T)…</translation>
    </message>
    <message>
        <source>The workbook Import paper scores reads: one row per ward and item, to fill in after a paper round.</source>
        <translation>“导入纸质评分”读取的 Excel：每个病区每个条目一行，纸质检查后填写。</translation>
    </message>
    <message>
        <source>&amp;Import paper scores…</source>
        <translation>导入纸质评分(&amp;I)…</translation>
    </message>
    <message>
        <source>Inspections of this ward and checklist</source>
        <translation>本病区本检查表的检查</translation>
    </message>
    <message>
        <source>&amp;New inspection today</source>
        <translation>今天新建检查(&amp;N)</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评比</translation>
    </message>
    <message>
        <source>There is no campaign yet.</source>
        <extracomment>True while the page itself moves the selection, so it is not taken as a user&apos;s choice. Which ward × checklist pairs have a submitted inspection: read on refresh and submit, not after every autosave. The ward picker&apos;s captions without the progress, by ward id. 评分模板 and 导入纸质评分 of the evaluation (None: the page offers neither).</extracomment>
        <translation>还没有活动。</translation>
    </message>
    <message>
        <source>{campaign} has no wards or checklists.</source>
        <translation>{campaign} 没有参评病区或检查表。</translation>
    </message>
    <message>
        <source>{ward} ({done}/{total} submitted)</source>
        <translation>{ward}（{done}/{total} 表已提交）</translation>
    </message>
    <message>
        <source>Submitted. Every ward has a submitted inspection on every checklist.</source>
        <translation>已提交。所有病区的每张检查表都已有提交的评比检查。</translation>
    </message>
    <message>
        <source>Submitted. Next to inspect: {ward}, {checklist}.</source>
        <translation>已提交。下一张待评：{ward}，{checklist}。</translation>
    </message>
    <message>
        <source>Already inspected today</source>
        <translation>今天已检查过</translation>
    </message>
    <message>
        <source>You already have an inspection of this ward on this checklist dated {date}; an inspector scores a ward on a checklist once a day. It is opened now.</source>
        <translation>您已有一份 {date} 对本病区这张检查表的检查；同一检查人对同一病区同一检查表每天只做一份检查。现已为您打开这份检查。</translation>
    </message>
    <message>
        <source>{inspector} · {date}
{status}</source>
        <translation>{inspector} · {date}
{status}</translation>
    </message>
</context>
<context>
    <name>ExchangeConflict</name>
    <message>
        <source>version {version}, by {author}</source>
        <extracomment>A line&apos;s place in that order (0: refused).</extracomment>
        <translation>第 {version} 版，{author}修改</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Data exchange</source>
        <extracomment>What a package file is called, for the file dialogs (storage&apos;s ``PACKAGE_SUFFIX``). The department&apos;s side needs ADMINISTER, a ward PC&apos;s SELF_CHECK; ``shown_in`` decides.</extracomment>
        <translation>数据交换</translation>
    </message>
    <message>
        <source>This PC is ward {ward}&apos;s PC: its work reaches the nursing department as an up-package (submitted self-checks, rectification answers and photos), and the department&apos;s decisions come back as a down-package. Carry the files on a USB stick, through a shared folder or a chat program.</source>
        <translation>本机是病区 {ward} 的电脑：本病区的工作（已提交的自查、整改回复和照片）以上报包交给护理部，护理部的决定以下发包返回。文件可以用 U 盘、共享文件夹或聊天软件传送。</translation>
    </message>
    <message>
        <source>{hospital}, ward {ward}.</source>
        <translation>{hospital}，病区 {ward}。</translation>
    </message>
    <message>
        <source>Wards with a PC of their own and no shared server exchange packages with this PC: make a setup package for each ward PC once, then import the wards&apos; up-packages and export the down-packages they need next. Every import is shown before it is applied.</source>
        <translation>病区有自己的电脑、又没有共用服务器时，与本机之间用交换包传递数据：先为每台病区电脑生成一次安装包，之后导入各病区的上报包，导出它们接下来需要的下发包。每次导入都先预览，再应用。</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>病区</translation>
    </message>
    <message>
        <source>Ward PCs</source>
        <translation>病区电脑</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Last up-package imported</source>
        <translation>最近导入的上报包</translation>
    </message>
    <message>
        <source>Last down-package exported</source>
        <translation>最近导出的下发包</translation>
    </message>
    <message>
        <source>Withdraw the ward&apos;s PC</source>
        <translation>撤销病区电脑的登记</translation>
    </message>
    <message>
        <source>Withdraw the PC enrolled for ward {ward}? Its packages are refused from now on (use this when it is lost, broken or replaced). Then make a setup package for the PC that takes its place.</source>
        <translation>撤销病区 {ward} 已登记电脑的登记吗？此后将拒绝它的交换包（在电脑丢失、损坏或更换时使用）。之后请为接替它的电脑生成安装包。</translation>
    </message>
    <message>
        <source>The PC of ward {ward} is withdrawn; its packages are refused from now on.</source>
        <translation>病区 {ward} 的电脑已撤销登记，此后拒绝它的交换包。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>This PC&apos;s version</source>
        <translation>本机版本</translation>
    </message>
    <message>
        <source>The other PC&apos;s version</source>
        <translation>对方版本</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Take the other PC&apos;s version</source>
        <translation>采用对方版本</translation>
    </message>
    <message>
        <source>{record}: this PC takes the other PC&apos;s {theirs} in place of its own {ours}. Take the other PC&apos;s version?</source>
        <translation>{record}：本机将采用对方电脑的版本（{theirs}），替换本机的版本（{ours}）。确定采用对方版本吗？</translation>
    </message>
    <message>
        <source>Keep this PC&apos;s version</source>
        <translation>保留本机版本</translation>
    </message>
    <message>
        <source>{record}: this PC keeps its own {ours}; the other PC&apos;s {theirs} is set aside and the next package sends this PC&apos;s version again. Keep this PC&apos;s version?</source>
        <translation>{record}：本机保留自己的版本（{ours}），不采用对方电脑的版本（{theirs}），下一个交换包会再次发送本机的版本。确定保留本机版本吗？</translation>
    </message>
    <message>
        <source>{record}: resolved. Export as usual: the next package tells the other PC.</source>
        <translation>{record}：已解决。请照常导出：下一个交换包会告知对方电脑。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>No. {sequence}</source>
        <translation>第 {sequence} 号</translation>
    </message>
    <message>
        <source>Save the setup package in</source>
        <translation>安装包保存到</translation>
    </message>
    <message>
        <source>Making the setup package of ward {ward}…</source>
        <translation>正在生成病区 {ward} 的安装包…</translation>
    </message>
    <message>
        <source>The setup package is saved as {paths}. Copy it to the ward&apos;s new PC; at its first start choose Set up this PC from a setup package. It holds the ward PC&apos;s own key: give it to nobody else.</source>
        <translation>安装包已保存为 {paths}。把它拷到该病区的新电脑上，首次启动时选择“用安装包设置本机”。其中有这台病区电脑自己的密钥，不要交给别人。</translation>
    </message>
    <message>
        <source>Save the packages in</source>
        <translation>交换包保存到</translation>
    </message>
    <message>
        <source>The up-package is saved as {paths}. Give it to the nursing department.</source>
        <translation>上报包已保存为 {paths}，请交给护理部。</translation>
    </message>
    <message>
        <source>Down-packages saved: {paths}. Give each ward PC its own; a ward PC refuses another ward&apos;s.</source>
        <translation>下发包已保存：{paths}。请把各病区的包交给各病区的电脑；病区电脑会拒绝别的病区的包。</translation>
    </message>
    <message>
        <source>Writing packages…</source>
        <translation>正在生成交换包…</translation>
    </message>
    <message>
        <source>Choose the packages to import</source>
        <translation>选择要导入的交换包</translation>
    </message>
    <message>
        <source>Exchange packages ({pattern})</source>
        <translation>交换包 ({pattern})</translation>
    </message>
    <message>
        <source>Import every package in</source>
        <translation>导入其中全部交换包的文件夹</translation>
    </message>
    <message>
        <source>{folder} holds {count} exchange package(s), none of them for this PC: they are this PC&apos;s own or other PCs&apos;.</source>
        <translation>{folder} 中有 {count} 个交换包，但没有一个是给本机的：它们是本机自己发出的或其他电脑的。</translation>
    </message>
    <message>
        <source>{folder} holds no exchange package ({pattern}).</source>
        <translation>{folder} 中没有交换包（{pattern}）。</translation>
    </message>
    <message>
        <source>Imported: {new} new, {changed} changed, {unchanged} unchanged, {refused} refused.</source>
        <translation>已导入：新增 {new}，修改 {changed}，未变 {unchanged}，拒绝 {refused}。</translation>
    </message>
    <message>
        <source>Receipts for the senders: {paths}</source>
        <translation>给发送方的回执：{paths}</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>病区(&amp;W)：</translation>
    </message>
    <message>
        <source>Make a &amp;setup package…</source>
        <translation>生成安装包(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw its PC…</source>
        <translation>撤销登记(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Export down-packages…</source>
        <translation>导出下发包(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import up-packages…</source>
        <translation>导入上报包(&amp;I)…</translation>
    </message>
    <message>
        <source>Import up-packages from a &amp;folder…</source>
        <translation>从文件夹导入上报包(&amp;F)…</translation>
    </message>
    <message>
        <source>This ward PC</source>
        <translation>本病区电脑</translation>
    </message>
    <message>
        <source>&amp;Export up-package…</source>
        <translation>导出上报包(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import down-package…</source>
        <translation>导入下发包(&amp;I)…</translation>
    </message>
    <message>
        <source>Import from a shared &amp;folder…</source>
        <translation>从共享文件夹导入(&amp;F)…</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>待解决的冲突</translation>
    </message>
    <message>
        <source>Both PCs changed these records since their last exchange. Nothing was overwritten: this PC kept the other PC&apos;s version beside its own. Choose one for each; the next exchange tells the other PC.</source>
        <translation>自上次交换以来，两台电脑都修改了下列记录。没有任何修改被覆盖：本机在自己的版本之外保存了对方电脑的版本。请逐条选择采用哪个版本；下一次交换会告知对方电脑。</translation>
    </message>
    <message>
        <source>&amp;Take the other PC&apos;s version…</source>
        <translation>采用对方版本(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Keep this PC&apos;s version…</source>
        <translation>保留本机版本(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>ExchangePreviewDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>New: {new}    Changed: {changed}    Unchanged: {unchanged}    Refused: {refused}</source>
        <translation>新增：{new}    修改：{changed}    未变：{unchanged}    拒绝：{refused}</translation>
    </message>
    <message>
        <source>Packages refused: {count}</source>
        <translation>拒绝的包：{count}</translation>
    </message>
    <message>
        <source>These packages cannot be used, and nothing of them will be imported (the others can be applied without them):</source>
        <translation>以下交换包无法使用，其中的内容都不会导入（其他交换包可以照常应用）：</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>交换包</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>病区</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>{ward} {what}: {result}. {reason}</source>
        <translation>{ward} {what}：{result}。{reason}</translation>
    </message>
    <message>
        <source>{ward} {what}: {result}.</source>
        <translation>{ward} {what}：{result}。</translation>
    </message>
    <message>
        <source>Refused records are not imported and stay as they are on this PC; the other changes are applied.</source>
        <translation>被拒绝的记录不会导入，本机上的这些记录保持不变；其他修改照常应用。</translation>
    </message>
    <message>
        <source>Apply imports the other packages without the refused ones; ask their senders for new copies.</source>
        <translation>“应用”导入其他交换包，不含被拒绝的包；被拒绝的包请让发送方重新发送。</translation>
    </message>
    <message>
        <source>Nothing to apply: every record that would change is refused (see Reason).</source>
        <translation>无可应用的内容：所有会改变的记录都被拒绝（见“原因”）。</translation>
    </message>
    <message>
        <source>Nothing to apply: this PC already has everything in these packages.</source>
        <translation>无可应用的内容：本机已有这些包中的全部内容。</translation>
    </message>
    <message>
        <source>Nothing to apply: no package can be used.</source>
        <translation>无可应用的内容：没有可以使用的交换包。</translation>
    </message>
    <message>
        <source>Preview of exchange packages</source>
        <translation>交换包预览</translation>
    </message>
    <message>
        <source>This is what importing the chosen packages would change. Nothing has been changed yet: Apply imports all of it in one step, or nothing if anything goes wrong; Cancel leaves this PC as it is.</source>
        <translation>下表是导入所选交换包将带来的改动，目前尚未做任何修改：“应用”一次性导入全部内容，出错则什么都不导入；“取消”保持本机不变。</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>Discard what you have filled in?</source>
        <translation>放弃已填写的内容？</translation>
    </message>
    <message>
        <source>What you typed in this window has not been saved.</source>
        <translation>本窗口中填写的内容尚未保存。</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续填写</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>HeadNurseAccountsDialog</name>
    <message>
        <source>The import makes an account for {count} head nurse(s) with a first password, to be changed at her first log-in. The user names are proposed from the ward codes; double-click one to change it. A ward that has an account already keeps it unchanged.</source>
        <extracomment>The column of the user name, which the department may change before the import.</extracomment>
        <translation>本次导入将为 {count} 位护士长建账号并生成初始密码，首次登录时须修改。用户名按病区编码建议，双击可修改。已有账号的病区保留原账号，不作改动。</translation>
    </message>
    <message>
        <source>Ward code</source>
        <translation>病区编码</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>病区</translation>
    </message>
    <message>
        <source>Head nurse</source>
        <translation>护士长</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>导入时的处理</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>Has the account {username}: kept as it is</source>
        <translation>已有账号 {username}，保持不变</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Accounts made: first passwords</source>
        <translation>已建账号：初始密码</translation>
    </message>
    <message>
        <source>{count} account(s) made. The first passwords are shown only now: print the slips and hand each head nurse hers. She sets her own password at her first log-in.</source>
        <translation>已建 {count} 个账号。初始密码只显示这一次：请打印密码条，分别交给各位护士长。她们首次登录时须设置自己的密码。</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>Password slips</source>
        <translation>初始密码条</translation>
    </message>
    <message>
        <source>The first passwords are not shown again. Close without printing the slips? (A forgotten one is replaced with Reset password.)</source>
        <translation>初始密码不会再显示。不打印密码条就关闭吗？（忘记的密码可用“重置密码”重新设置。）</translation>
    </message>
    <message>
        <source>Head nurses&apos; accounts</source>
        <translation>护士长账号</translation>
    </message>
    <message>
        <source>&amp;Print password slips…</source>
        <translation>打印密码条(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>NursingQC user guide</source>
        <translation>护理质控使用指南</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <source>The user guide is written in Chinese. The English program shows it as it is; the names of pages and buttons it uses are those of the Chinese program.</source>
        <translation>使用指南为中文版。</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <extracomment>How many unfinished wards the department&apos;s to-do names before &quot;and N more&quot;. The links of the to-do lines: a page&apos;s key, and what to open there.</extracomment>
        <translation>首页</translation>
    </message>
    <message>
        <source>Hello, {name}. Today is {date}.</source>
        <extracomment>The to-do lines as plain text (the label shows them as rich text, with links). The link of each line that has one, by line number.</extracomment>
        <translation>{name}，您好！今天是 {date}。</translation>
    </message>
    <message>
        <source>No campaign yet.</source>
        <translation>尚未创建活动。</translation>
    </message>
    <message>
        <source>First import or add the wards under Wards and accounts; then create the campaign under Campaigns.</source>
        <translation>请先在“病区与账号”中导入或添加病区，然后在“活动管理”中创建活动。</translation>
    </message>
    <message>
        <source>The nursing department creates the campaign under Campaigns.</source>
        <translation>请在“活动管理”中新建活动。</translation>
    </message>
    <message>
        <source>Nothing to do until the nursing department starts a campaign.</source>
        <translation>护理部发起活动后，这里会显示您的待办事项。</translation>
    </message>
    <message>
        <source>The results of this campaign are published and locked. The ranking and each ward&apos;s result can be read; nothing can be changed any more.</source>
        <translation>本次活动结果已发布并锁定：可以查看排名和各病区结果，不能再做任何修改。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> 等，另有 {count} 个</translation>
    </message>
    <message>
        <source>Wards not finished ({count}): {names}</source>
        <translation>尚未全部提交的病区（{count} 个）：{names}</translation>
    </message>
    <message>
        <source>Evaluation: {count} ward × checklist pair(s) have no submitted inspection yet</source>
        <translation>评比：{count} 个病区×检查表尚无已提交的检查</translation>
    </message>
    <message>
        <source>Evaluation: every ward × checklist pair has a submitted inspection</source>
        <translation>评比：每个病区×检查表都已有已提交的检查</translation>
    </message>
    <message>
        <source>Evaluation: {count} draft(s) not yet submitted</source>
        <translation>评比：{count} 份草稿尚未提交</translation>
    </message>
    <message>
        <source>Evaluation: {count} of your draft(s) not yet submitted</source>
        <translation>评比：您有 {count} 份草稿尚未提交</translation>
    </message>
    <message>
        <source>Rectification: {open} to rectify, {overdue} of them overdue; {waiting} awaiting re-check</source>
        <translation>整改：待整改 {open} 项，其中逾期 {overdue} 项；待复查 {waiting} 项</translation>
    </message>
    <message>
        <source>Rectification in the hospital: {open} to rectify, {waiting} awaiting re-check, {verified} passed; {overdue} past their deadline (either not yet rectified or awaiting re-check)</source>
        <translation>整改（全院）：待整改 {open} 项，待复查 {waiting} 项，复查通过 {verified} 项；已过整改期限 {overdue} 项（含尚未整改和待复查的）</translation>
    </message>
    <message>
        <source>Wards with overdue items ({count}): {names}</source>
        <translation>有逾期整改项的病区（{count}）：{names}</translation>
    </message>
    <message>
        <source>Your scoring starts in the {phase} week, from {date}.</source>
        <translation>您的评分工作在“{phase}”周开始，自 {date} 起。</translation>
    </message>
    <message>
        <source>Self-check: {submitted}/{total} checklists submitted</source>
        <translation>自查：{submitted}/{total} 张检查表已提交</translation>
    </message>
    <message>
        <source>{count} draft(s) not yet submitted</source>
        <translation>{count} 张草稿尚未提交</translation>
    </message>
    <message>
        <source>Self-check closes on {date}.</source>
        <translation>自查将于 {date} 结束。</translation>
    </message>
    <message>
        <source>The self-check has not been opened by the nursing department yet.</source>
        <translation>护理部尚未开启自查阶段。</translation>
    </message>
    <message>
        <source>The self-check is closed; its sheets are read-only.</source>
        <translation>自查阶段已结束，检查表只读。</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Go to the &amp;self-check</source>
        <translation>去填写自查表(&amp;S)</translation>
    </message>
    <message>
        <source>Go to &amp;Wards and accounts</source>
        <translation>去病区与账号(&amp;W)</translation>
    </message>
</context>
<context>
    <name>InspectionListModel</name>
    <message>
        <source>Inspector</source>
        <extracomment>Board cells: the inspections of a ward × checklist, for a detail line and the tooltip.</extracomment>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Standardized score</source>
        <translation>标化分</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
</context>
<context>
    <name>LimitLabel</name>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} 字</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — NursingQC</source>
        <translation>登录 — 护理质控</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NursingQC — {hospital}</source>
        <extracomment>Pixels beyond the widest title, so it never touches the column&apos;s edge.</extracomment>
        <translation>护理质控 — {hospital}</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <extracomment>The navigation&apos;s pages, row by row.</extracomment>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>{name} ({role}{ward}) · {hospital}</source>
        <translation>{name}（{role}{ward}）· {hospital}</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>NursingQC</source>
        <translation>护理质控</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>字体大小(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>标准(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>大(&amp;L)</translation>
    </message>
    <message>
        <source>L&amp;arger</source>
        <translation>特大(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help on this page</source>
        <translation>本页帮助(&amp;H)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
</context>
<context>
    <name>ModelWardDialog</name>
    <message>
        <source>Model wards</source>
        <translation>示范病房</translation>
    </message>
    <message>
        <source>&amp;Wards that may be chosen (evaluated on every checklist, no failed veto item):</source>
        <translation>可选病区（全部检查表已评比，且无一票否决）(&amp;W)：</translation>
    </message>
    <message>
        <source>Wards, the chosen ones ticked</source>
        <translation>病区（已勾选的为选定的示范病房）</translation>
    </message>
    <message>
        <source>&amp;Reason for the change</source>
        <translation>调整原因(&amp;R)</translation>
    </message>
    <message>
        <source>The rules propose the top {count} ranked wards with a total of at least {threshold}: {wards}. Tick the wards that become model wards.</source>
        <extracomment>Another admin confirmed while this dialog was open; the page reloads.</extracomment>
        <translation>按规则建议排名前 {count} 且总分不低于 {threshold} 的病区：{wards}。请勾选确定为示范病房的病区。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>  (proposed)</source>
        <translation>  （规则建议）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>added {wards}</source>
        <translation>增加 {wards}</translation>
    </message>
    <message>
        <source>removed {wards}</source>
        <translation>移出 {wards}</translation>
    </message>
    <message>
        <source>Differs from the proposal: {changes}. Write the reason below.</source>
        <translation>与规则建议不同：{changes}。请在下面填写原因。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The same as the rules&apos; proposal; a reason is not needed.</source>
        <translation>与规则建议相同，无需填写原因。</translation>
    </message>
    <message>
        <source>The reason you typed is on the clipboard.</source>
        <translation>您填写的原因已复制到剪贴板，如仍需要可粘贴使用。</translation>
    </message>
</context>
<context>
    <name>MyResultsPage</name>
    <message>
        <source>My ward&apos;s results</source>
        <extracomment>The reader&apos;s own ward in the ranking.</extracomment>
        <translation>本病区结果</translation>
    </message>
    <message>
        <source>There is no campaign yet.</source>
        <translation>还没有活动月。</translation>
    </message>
    <message>
        <source>The results of {campaign} are not published yet. The nursing department publishes the ranking and each ward&apos;s result after the summary; then you see them here.</source>
        <translation>{campaign}的结果尚未发布。护理部在总结后发布排名和各病区结果，届时您可以在这里查看。</translation>
    </message>
    <message>
        <source>{campaign} · {ward}: {place}, total {total}; self-check total {self_check} (gap {gap}); rectification {verified} of {items} items passed the re-check ({rate}), {on_time} by the deadline.</source>
        <translation>{campaign} · {ward}：{place}，总分 {total}；自查总分 {self_check}（差值 {gap}）；整改 {items} 项中 {verified} 项复查通过（{rate}），其中 {on_time} 项按期完成。</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>病区</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>评选结果</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>发现于</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Passed re-check on</source>
        <translation>复查通过日期</translation>
    </message>
    <message>
        <source>Problems found in my ward and their rectification ({count})</source>
        <translation>本病区存在问题及整改情况（{count}项）</translation>
    </message>
    <message>
        <source>not ranked (not evaluated on every checklist)</source>
        <translation>未排名（尚未完成全部检查表的评比）</translation>
    </message>
    <message>
        <source>rank {rank} of {wards}</source>
        <translation>第 {rank} 名（共 {wards} 个病区）</translation>
    </message>
    <message>
        <source> (veto item failed)</source>
        <translation>（一票否决）</translation>
    </message>
    <message>
        <source>, model ward</source>
        <translation>，示范病房</translation>
    </message>
    <message>
        <source>Not complete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Model ward</source>
        <translation>示范病房</translation>
    </message>
    <message>
        <source>Your ward</source>
        <translation>本病区</translation>
    </message>
    <message>
        <source>veto failed</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动月</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Scores of my ward</source>
        <translation>本病区得分</translation>
    </message>
    <message>
        <source>Scores of my ward on each checklist</source>
        <translation>本病区各检查表得分</translation>
    </message>
    <message>
        <source>Ranking of all wards</source>
        <translation>全院排名</translation>
    </message>
    <message>
        <source>Problems found in my ward and their rectification</source>
        <translation>本病区存在问题及整改情况</translation>
    </message>
</context>
<context>
    <name>NominationDialog</name>
    <message>
        <source>Nominate an excellent nurse</source>
        <translation>推荐优秀护士</translation>
    </message>
    <message>
        <source>&amp;Ward</source>
        <translation>病区(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Nurse&apos;s name</source>
        <translation>护士姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Why she deserves it</source>
        <translation>推荐理由(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>NomineeModel</name>
    <message>
        <source>Ward</source>
        <translation>病区</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>推荐理由</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>审批状态</translation>
    </message>
    <message>
        <source>Ward result</source>
        <translation>病区评比结果</translation>
    </message>
    <message>
        <source>Deductions naming her</source>
        <translation>涉及她的扣分</translation>
    </message>
    <message>
        <source>Waiting for the department</source>
        <translation>待护理部审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>Shown once the results are published</source>
        <translation>结果公布后显示</translation>
    </message>
    <message>
        <source>Not complete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>No. {rank}</source>
        <translation>第 {rank} 名</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Model ward</source>
        <translation>示范病房</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>{count} deduction(s)</source>
        <translation>{count} 处</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <source>Reading and checking {count} package(s)…</source>
        <translation>正在读取并检查 {count} 个交换包…</translation>
    </message>
    <message>
        <source>Importing {count} package(s)…</source>
        <translation>正在导入 {count} 个交换包…</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Not saved</source>
        <extracomment>Asks the main window to show the page ``key`` and open ``target`` there (``open_target``).</extracomment>
        <translation>未保存</translation>
    </message>
    <message>
        <source>What you typed on this page could not be saved. If you leave now it is lost. Leave anyway?</source>
        <translation>本页填写的内容未能保存。现在离开，这些内容将会丢失。仍要离开吗？</translation>
    </message>
</context>
<context>
    <name>PairedBarChart</name>
    <message>
        <source>Self-check and evaluation totals of each ward</source>
        <extracomment>One ward: two bars of BAR_THICKNESS and the gap to the next ward.</extracomment>
        <translation>各病区自查与评比总分</translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <source>Pareto chart of the problems found</source>
        <extracomment>The trend&apos;s series in order; after six colours the dashes change, so lines stay apart. Bars the Pareto draws at most; the table beside it lists every problem. A legend entry: its words, the pen of its line or square, and whether it is a bar&apos;s square.</extracomment>
        <translation>问题频次柏拉图</translation>
    </message>
    <message>
        <source>Times found</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>{percent}% line</source>
        <translation>{percent}%线</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Set your own password</source>
        <translation>设置您自己的密码</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>You logged in with a first password (given by the nursing department). Please set a password of your own before you start working.</source>
        <translation>您用的是初始密码（由护理部给出）。开始工作前，请先设置您自己的密码。</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>R&amp;epeat new password</source>
        <translation>再次输入新密码(&amp;E)</translation>
    </message>
    <message>
        <source>At least 8 characters, not the same as the user name, and not the current password.</source>
        <translation>至少 8 个字符，不能与用户名相同，也不能与当前密码相同。</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Self-check</source>
        <translation>自查</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评比</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
</context>
<context>
    <name>PhaseTimeline</name>
    <message>
        <source>Week {n} · {phase}</source>
        <translation>第{n}周 · {phase}</translation>
    </message>
    <message>
        <source>{state} · this week</source>
        <translation>{state} · 本周</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>{file}, added by {name} at {when}</source>
        <extracomment>Reads a stored photo&apos;s JPEG bytes by its id.</extracomment>
        <translation>{file}，{name} 于 {when} 添加</translation>
    </message>
    <message>
        <source>{file} (removed)</source>
        <translation>{file}（已移除）</translation>
    </message>
    <message>
        <source>Removed by {name} at {when}: {reason}</source>
        <translation>{name} 于 {when} 移除：{reason}</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Rank</source>
        <extracomment>What the proxy sorts on: numbers as numbers, so 100.00 comes after 99.50, not before 2. Sorted below every real value, whichever way round.</extracomment>
        <translation>名次</translation>
    </message>
    <message>
        <source>Ward code</source>
        <translation>病区编码</translation>
    </message>
    <message>
        <source>Ward name</source>
        <translation>病区名称</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Self-check total</source>
        <translation>自查总分</translation>
    </message>
    <message>
        <source>Self-check gap</source>
        <translation>自查差值</translation>
    </message>
    <message>
        <source>Rectification rate</source>
        <translation>整改完成率</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>评选结果</translation>
    </message>
    <message>
        <source>service score</source>
        <extracomment>The tie rule of rules §4.7 that placed a ward after 上一名 with the same total, in a word.</extracomment>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>lowest score</source>
        <translation>最低分</translation>
    </message>
    <message>
        <source>Same total as the ward ranked before it; placed after it by the service score (rules §4.7, second rule).</source>
        <extracomment>... and in a sentence, for the tooltip.</extracomment>
        <translation>总分与上一名相同，按服务态度得分排在其后（rules §4.7 第 2 条）。</translation>
    </message>
    <message>
        <source>Same total and service score as the ward ranked before it; placed after it by its lowest checklist score (rules §4.7, third rule).</source>
        <translation>总分和服务态度得分都与上一名相同，按最低的检查表得分排在其后（rules §4.7 第 3 条）。</translation>
    </message>
    <message>
        <source>Mean standardized score of the evaluation; weight {weight}</source>
        <extracomment>Every cell&apos;s text, formatted once per load: the view paints, sorts and fits its columns from them, and formatting 300 × 15 cells again on each call was most of the page&apos;s own time.</extracomment>
        <translation>评比标化分的平均值；权重 {weight}</translation>
    </message>
    <message>
        <source>Self-check total minus evaluation total; {margin} points or more is marked as a lenient self-check.</source>
        <translation>自查总分减评比总分；相差 {margin} 分及以上标为自查偏松。</translation>
    </message>
    <message>
        <source>{rank} (tied)</source>
        <translation>{rank}（并列）</translation>
    </message>
    <message>
        <source>{rank} ({rule})</source>
        <translation>{rank}（{rule}）</translation>
    </message>
    <message>
        <source>Not complete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Proposed model ward</source>
        <translation>建议示范病房</translation>
    </message>
    <message>
        <source>Model ward</source>
        <translation>示范病房</translation>
    </message>
    <message>
        <source>Model ward (added)</source>
        <translation>示范病房（调整增加）</translation>
    </message>
    <message>
        <source>Proposed, not chosen</source>
        <translation>建议但未选定</translation>
    </message>
    <message>
        <source>{gap} lenient</source>
        <translation>{gap} 偏松</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Not evaluated yet on: {checklists}</source>
        <translation>尚未评比：{checklists}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>A veto item failed: ranked after every ward without one.</source>
        <translation>有一票否决项未达标：排在所有无否决的病区之后。</translation>
    </message>
    <message>
        <source>Same total and tie-break scores as another ward: the same rank.</source>
        <translation>总分和比较分都与另一病区相同：名次并列。</translation>
    </message>
    <message>
        <source>{items} rectification items</source>
        <translation>整改项 {items} 条</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>The campaign worked on; the one running today is chosen at first</source>
        <translation>正在处理的活动；起初选中今天正在进行的活动</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Export ranking to &amp;Excel…</source>
        <translation>导出排名 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>The ranking workbook: the ranking sheet, every inspection item and a bar chart</source>
        <translation>排名工作簿：排名表、每次检查的全部条目和柱状图</translation>
    </message>
    <message>
        <source>Ranking &amp;PDF…</source>
        <translation>排名 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview, print or save the ranking as a PDF</source>
        <translation>预览、打印或保存排名 PDF</translation>
    </message>
    <message>
        <source>R&amp;anking</source>
        <translation>排名(&amp;A)</translation>
    </message>
    <message>
        <source>Ranking of the wards</source>
        <translation>病区排名</translation>
    </message>
    <message>
        <source>Confirm or change &amp;model wards…</source>
        <translation>确认或调整示范病房(&amp;M)…</translation>
    </message>
    <message>
        <source>Ranking</source>
        <extracomment>Head nurses nominate; the ranking is the department&apos;s and the inspectors&apos;. The nominees are read when their tab is first shown after a refresh: the service ranks the whole hospital again for their wards&apos; results.</extracomment>
        <translation>排名</translation>
    </message>
    <message>
        <source>Excellent nurses</source>
        <translation>优秀护士</translation>
    </message>
    <message>
        <source>E&amp;xcellent nurses</source>
        <translation>优秀护士(&amp;X)</translation>
    </message>
    <message>
        <source>There is no campaign yet.</source>
        <translation>还没有活动。</translation>
    </message>
    <message>
        <source>{campaign}: nominate the excellent nurses of your ward here. The ranking is shown once the nursing department publishes the results.</source>
        <translation>{campaign}：在这里推荐本病区的优秀护士。排名在护理部公布结果后显示。</translation>
    </message>
    <message>
        <source>{campaign}: {ranked} of {wards} wards ranked, {veto} with a failed veto item, {incomplete} not evaluated on every checklist yet; {lenient} lenient self-check(s). Click a column header to sort.</source>
        <translation>{campaign}：{wards} 个病区中 {ranked} 个已排名，{veto} 个一票否决，{incomplete} 个尚未评完全部检查表；自查偏松 {lenient} 个。点击列标题可排序。</translation>
    </message>
    <message>
        <source>Model-ward line {threshold}</source>
        <translation>示范病房分数线 {threshold}</translation>
    </message>
    <message>
        <source>Not complete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Model wards proposed by the rules (top {count}, total at least {threshold}): {wards}.</source>
        <translation>按规则建议的示范病房（前 {count} 名且总分不低于 {threshold}）：{wards}。</translation>
    </message>
    <message>
        <source>Not confirmed by the nursing department yet.</source>
        <translation>护理部尚未确认。</translation>
    </message>
    <message>
        <source>Confirmed by {who} on {day}: {wards}.</source>
        <translation>{who} 于 {day} 确认：{wards}。</translation>
    </message>
    <message>
        <source>Reason for the change: {reason}</source>
        <translation>调整原因：{reason}</translation>
    </message>
    <message>
        <source>E&amp;xcellent nurses ({count})</source>
        <translation>优秀护士（{count}）(&amp;X)</translation>
    </message>
    <message>
        <source>Choose a nominee to see her ward&apos;s result and the deductions naming her.</source>
        <translation>选择一位被推荐人，查看其病区的评比结果和涉及她的扣分。</translation>
    </message>
    <message>
        <source>No nurse is nominated yet.</source>
        <translation>还没有推荐任何护士。</translation>
    </message>
    <message>
        <source>No nurse is nominated yet. Press Nominate a nurse to put one forward with the reason.</source>
        <translation>还没有推荐任何护士。请点“推荐护士”，填写姓名和推荐理由。</translation>
    </message>
    <message>
        <source>{nurse}, {ward}: nominated by {who} on {day}. Reason: {reason}</source>
        <translation>{nurse}（{ward}）：由 {who} 于 {day} 推荐。推荐理由：{reason}</translation>
    </message>
    <message>
        <source>Ward result: {result}</source>
        <translation>病区评比结果：{result}</translation>
    </message>
    <message>
        <source>Decision: {status}</source>
        <translation>审批：{status}</translation>
    </message>
    <message>
        <source> (by {who} on {day})</source>
        <translation>（{who}，{day}）</translation>
    </message>
    <message>
        <source>. Reason: {reason}</source>
        <translation>。原因：{reason}</translation>
    </message>
    <message>
        <source>Deductions that name her:</source>
        <translation>涉及她的扣分：</translation>
    </message>
    <message>
        <source>  {day} {inspector} · {checklist} {item} -{points}: {problem}</source>
        <translation>  {day} {inspector} · {checklist} {item} 扣 {points}：{problem}</translation>
    </message>
    <message>
        <source>veto failed</source>
        <translation>否决项未达标</translation>
    </message>
    <message>
        <source>No deduction names her.</source>
        <translation>没有涉及她的扣分。</translation>
    </message>
    <message>
        <source>Decline the nomination</source>
        <translation>不批准推荐</translation>
    </message>
    <message>
        <source>Why is {nurse} of {ward} not approved? The head nurse reads this.</source>
        <translation>{ward}的 {nurse} 为什么不批准？护士长会看到这段说明。</translation>
    </message>
    <message>
        <source>Export the ranking</source>
        <translation>导出排名</translation>
    </message>
    <message>
        <source>Writing the ranking workbook…</source>
        <translation>正在写入排名工作簿…</translation>
    </message>
    <message>
        <source>The ranking was exported to {path}</source>
        <translation>排名已导出到 {path}</translation>
    </message>
    <message>
        <source>Excellent-nurse nominees</source>
        <translation>优秀护士推荐名单</translation>
    </message>
    <message>
        <source>The chosen nominee in detail</source>
        <translation>所选被推荐人的详情</translation>
    </message>
    <message>
        <source>&amp;Nominate a nurse…</source>
        <translation>推荐护士(&amp;N)…</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>批准(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>不批准(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RecordChange</name>
    <message>
        <source>Refused</source>
        <extracomment>In the order a preview lists them first: what needs a look on top.</extracomment>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
</context>
<context>
    <name>Rectification</name>
    <message>
        <source>To rectify</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>Rectified, awaiting re-check</source>
        <translation>已整改待复查</translation>
    </message>
    <message>
        <source>Re-check passed</source>
        <translation>复查通过</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Re-check not passed</source>
        <translation>复查未通过</translation>
    </message>
</context>
<context>
    <name>RectificationDetailPane</name>
    <message>
        <source>P&amp;hotos ({count})</source>
        <translation>照片（{count}）(&amp;H)</translation>
    </message>
    <message>
        <source>{points} (veto item failed)</source>
        <translation>{points}（一票否决项未通过）</translation>
    </message>
    <message>
        <source>{status} · overdue</source>
        <translation>{status} · 逾期</translation>
    </message>
    <message>
        <source>Deduction {points}; problem: {problem}</source>
        <translation>扣分 {points}；问题：{problem}</translation>
    </message>
    <message>
        <source>Issued {issued}, deadline {deadline} · {status}</source>
        <translation>下发 {issued}，期限 {deadline} · {status}</translation>
    </message>
    <message>
        <source>Rectified on {date}</source>
        <translation>整改完成日期 {date}</translation>
    </message>
    <message>
        <source>Re-checked by {name} on {date}</source>
        <translation>复查：{name}，{date}</translation>
    </message>
    <message>
        <source>The newer answer is shown now; what you had typed is on the clipboard. Paste what is still needed and save again.</source>
        <translation>现在显示的是较新的整改回复；您刚才录入的内容已复制到剪贴板，请粘贴仍需要的部分后再保存。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Nothing changed since the last save.</source>
        <translation>自上次保存以来没有改动。</translation>
    </message>
    <message>
        <source>Marked as rectified; it now waits for the re-check.</source>
        <translation>已标记为已整改，等待复查。</translation>
    </message>
    <message>
        <source>Re-check passed</source>
        <translation>复查通过</translation>
    </message>
    <message>
        <source>Confirm that {item} of {ward} passed the re-check? A comment for the ward may be written below; it goes into the item&apos;s history.</source>
        <translation>确认{ward}的 {item} 复查通过？可以在下面写给病区的复查意见，它会记入该项的整改记录。</translation>
    </message>
    <message>
        <source>Re-check passed.</source>
        <translation>已复查通过。</translation>
    </message>
    <message>
        <source>Re-check failed</source>
        <translation>复查未通过</translation>
    </message>
    <message>
        <source>{item} of {ward} goes back to the ward. Say what is still wrong and give a new deadline.</source>
        <translation>{ward}的 {item} 将退回病区重新整改。请写明仍存在的问题，并给出新的整改期限。</translation>
    </message>
    <message>
        <source>Sent back to the ward with the new deadline.</source>
        <translation>已退回病区，并设定新的整改期限。</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>The deadline of {item} of {ward} is {deadline}. Give the reason for the delay and a later date.</source>
        <translation>{ward}的 {item} 整改期限为 {deadline}。请写明延期原因，并选择更晚的日期。</translation>
    </message>
    <message>
        <source>Deadline moved.</source>
        <translation>已延期。</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Preparing the photo…</source>
        <translation>正在处理照片…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <source>Why is {file} removed? The ward no longer sees it; the nursing department keeps it with your reason.</source>
        <translation>为什么移除 {file}？病区将不再看到它；护理部会连同您写的原因保留它。</translation>
    </message>
    <message>
        <source>Photo removed.</source>
        <translation>照片已移除。</translation>
    </message>
    <message>
        <source>Photo added.</source>
        <translation>照片已添加。</translation>
    </message>
    <message>
        <source>Ca&amp;use analysis</source>
        <translation>原因分析(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>整改措施(&amp;M)</translation>
    </message>
    <message>
        <source>Owne&amp;r</source>
        <translation>责任人(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation>完成日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Mar&amp;k as rectified</source>
        <translation>标记已整改(&amp;K)</translation>
    </message>
    <message>
        <source>Re-check &amp;passed</source>
        <translation>复查通过(&amp;P)</translation>
    </message>
    <message>
        <source>Re-check &amp;failed…</source>
        <translation>复查未通过(&amp;F)…</translation>
    </message>
    <message>
        <source>Dela&amp;y…</source>
        <translation>延期(&amp;Y)…</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>整改记录(&amp;I)</translation>
    </message>
    <message>
        <source>P&amp;hotos</source>
        <translation>照片(&amp;H)</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see the photo large</source>
        <translation>双击或按回车键查看大图</translation>
    </message>
    <message>
        <source>&amp;Add photo…</source>
        <translation>添加照片(&amp;A)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve photo…</source>
        <translation>移除照片(&amp;V)…</translation>
    </message>
    <message>
        <source>JPEG or PNG; stored scaled down, at most 6 per item</source>
        <translation>JPEG 或 PNG 图片，缩小后保存，每项最多 6 张</translation>
    </message>
</context>
<context>
    <name>RectificationHistory</name>
    <message>
        <source>Issued</source>
        <translation>下发</translation>
    </message>
    <message>
        <source>Finding corrected</source>
        <translation>问题已更正</translation>
    </message>
    <message>
        <source>Answer saved</source>
        <translation>填写整改内容</translation>
    </message>
    <message>
        <source>Marked as rectified</source>
        <translation>标记已整改</translation>
    </message>
    <message>
        <source>Re-check passed</source>
        <translation>复查通过</translation>
    </message>
    <message>
        <source>Re-check failed</source>
        <translation>复查未通过</translation>
    </message>
    <message>
        <source>Deadline delayed</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>RectificationItemsModel</name>
    <message>
        <source>Ward</source>
        <extracomment>Rows of a long-text column measured, spread evenly over the list, when it is fitted.</extracomment>
        <translation>病区</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>下发日期</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因分析</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Re-checked by</source>
        <translation>复查人</translation>
    </message>
    <message>
        <source>Re-checked on</source>
        <translation>复查日期</translation>
    </message>
    <message>
        <source>Re-check not passed because</source>
        <translation>复查未通过原因</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片数</translation>
    </message>
    <message>
        <source>Re-check not passed: {reason}</source>
        <extracomment>Excel column widths (characters) of the exported list.</extracomment>
        <translation>复查未通过：{reason}</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>{status} · overdue</source>
        <translation>{status} · 逾期</translation>
    </message>
</context>
<context>
    <name>RectificationPage</name>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>The campaign worked on; the one running today is chosen at first</source>
        <translation>正在处理的活动；起初选中今天正在进行的活动</translation>
    </message>
    <message>
        <source>&amp;Ward</source>
        <translation>病区(&amp;W)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>检查表(&amp;C)</translation>
    </message>
    <message>
        <source>Only &amp;overdue</source>
        <translation>只看逾期(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>The items the filters show, with the wards&apos; answers and the re-checks</source>
        <translation>按当前筛选导出整改项，包括病区的回复和复查结果</translation>
    </message>
    <message>
        <source>Print &amp;notice…</source>
        <translation>打印整改通知单(&amp;N)…</translation>
    </message>
    <message>
        <source>The rectification notice of the ward chosen above, or of every ward with items still open</source>
        <translation>打印上方所选病区的整改通知单；选“全部病区”时，打印所有尚有未完成整改项的病区</translation>
    </message>
    <message>
        <source>All statuses</source>
        <extracomment>Every item of the campaign the actor may see, in the list&apos;s order; the filters choose among them. The item column&apos;s fitted width, before it gives the problem room.</extracomment>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Rectification</source>
        <extracomment>The status filter&apos;s choice of items sent back by the re-check (复查未通过), not a status. The widest, in Chinese characters, of the columns whose texts can be long: in characters, so that a larger font size (字体大小) widens them with their texts. Characters the item and problem columns keep when the room is short (both cut with &quot;…&quot;).</extracomment>
        <translation>整改</translation>
    </message>
    <message>
        <source>There is no campaign yet.</source>
        <translation>还没有活动。</translation>
    </message>
    <message>
        <source>All wards</source>
        <translation>全部病区</translation>
    </message>
    <message>
        <source>All checklists</source>
        <translation>全部检查表</translation>
    </message>
    <message>
        <source>{count} items, {overdue} overdue</source>
        <translation>共 {count} 项，逾期 {overdue} 项</translation>
    </message>
    <message>
        <source>No rectification items match the filters.</source>
        <translation>没有符合筛选条件的整改项。</translation>
    </message>
    <message>
        <source>Export the rectification list</source>
        <translation>导出整改清单</translation>
    </message>
    <message>
        <source>Writing the rectification list…</source>
        <translation>正在写整改清单…</translation>
    </message>
    <message>
        <source>The rectification list was exported to {path}</source>
        <translation>整改清单已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Nursing department (admin)</source>
        <translation>护理部</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>质控员</translation>
    </message>
    <message>
        <source>Head nurse</source>
        <translation>护士长</translation>
    </message>
</context>
<context>
    <name>ScoreImportDialog</name>
    <message>
        <source>Import paper scores</source>
        <extracomment>Something was added: the evaluation page shows it.</extracomment>
        <translation>导入纸质评分</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Checking and importing {file}…</source>
        <translation>正在检查并导入 {file}…</translation>
    </message>
    <message>
        <source>{refused} Correct these cells in Excel, save the file, then press Import again.</source>
        <translation>{refused}请在 Excel 中改正下列单元格并保存，然后点“重新导入”。</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>{outcome}. Note: {warning}</source>
        <translation>{outcome}。注意：{warning}</translation>
    </message>
    <message>
        <source>Imported: {imported} inspection(s) added and submitted, {already} already there (left as they are), {skipped} empty template row(s) skipped.</source>
        <translation>导入完成：新增并提交 {imported} 份检查，{already} 份已存在（保持不变），跳过 {skipped} 个未填写的模板行。</translation>
    </message>
    <message>
        <source>{count} of them are dated outside their phase&apos;s week: see the Result column.</source>
        <translation>其中 {count} 份的检查日期不在所属阶段的周内，见“结果”列。</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Added (replaced a draft)</source>
        <translation>新增（替换了草稿）</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>病区</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Already there, unchanged</source>
        <translation>已存在，未改动</translation>
    </message>
    <message>
        <source>{phase} scores template.xlsx</source>
        <translation>{phase}评分模板.xlsx</translation>
    </message>
    <message>
        <source>Save the scores template</source>
        <translation>保存评分模板</translation>
    </message>
    <message>
        <source>Writing the scores template…</source>
        <translation>正在写评分模板…</translation>
    </message>
    <message>
        <source>The template is saved as {path}: write each paper sheet&apos;s deductions and problems on its rows, then import it with Import paper scores.</source>
        <translation>评分模板已保存为 {path}：把纸质检查表的扣分和存在问题填到对应的行，然后用“导入纸质评分”导入。</translation>
    </message>
    <message>
        <source>Choose the filled-in score workbook (sheet 评分). Every row is checked first: if any row is wrong, nothing is imported and every problem is listed below with its row and column, so you can correct the file in Excel and import it again.</source>
        <translation>请选择填好的评分工作簿（“评分”表）。导入前会逐行检查：只要有一行有误，就全部不导入，并在下方列出每个问题所在的行和列，您可在 Excel 中改正后再次导入。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <source>&amp;Choose file and import…</source>
        <translation>选择文件并导入(&amp;C)…</translation>
    </message>
    <message>
        <source>Import &amp;again</source>
        <translation>重新导入(&amp;A)</translation>
    </message>
    <message>
        <source>Import the same file again after correcting it in Excel</source>
        <translation>在 Excel 中改正后，再次导入同一文件</translation>
    </message>
</context>
<context>
    <name>ScoreSheetPanel</name>
    <message>
        <source>Published · read-only</source>
        <extracomment>After a failed save (database busy, disk trouble) the panel tries again this often. The autosave on its way to the database: the call, and the sheet and entries it saves.</extracomment>
        <translation>已发布 · 只读</translation>
    </message>
    <message>
        <source>Submitted · read-only</source>
        <translation>已提交 · 只读</translation>
    </message>
    <message>
        <source>{state} · read-only</source>
        <translation>{state} · 只读</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新表</translation>
    </message>
    <message>
        <source>The results of this campaign are published and locked; this sheet is read-only.</source>
        <translation>本次活动结果已发布并锁定，本表只读。</translation>
    </message>
    <message>
        <source>This sheet was submitted on {when} and is read-only. Use &quot;Return for correction&quot; to let it be changed again.</source>
        <translation>本表已于 {when} 提交，只读。如需修改，请点击“退回修改”。</translation>
    </message>
    <message>
        <source>This sheet was submitted on {when} and is read-only. Ask the nursing department to reopen it if it needs a correction.</source>
        <translation>本表已于 {when} 提交，只读。如需修改，请联系护理部退回。</translation>
    </message>
    <message>
        <source>The {phase} phase is {state}; this sheet is read-only.</source>
        <translation>“{phase}”阶段{state}，本表只读。</translation>
    </message>
    <message>
        <source>Today is outside the {phase} week ({start} ~ {end}). Entries are still accepted while the phase is open.</source>
        <translation>今天不在“{phase}”周内（{start} ~ {end}）。阶段仍在进行中，仍可录入。</translation>
    </message>
    <message>
        <source>Draft saved {time}</source>
        <translation>草稿已自动保存 {time}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Standardized score {score}</source>
        <translation>标化分 {score}</translation>
    </message>
    <message>
        <source>{scored}/{total} items scored</source>
        <translation>已评 {scored}/{total} 条</translation>
    </message>
    <message>
        <source>Veto: {items} failed. {ward} becomes a veto ward: it is ranked after every ward without a veto and cannot be a model ward (rules §4.6). The sheet&apos;s score is unchanged.</source>
        <translation>一票否决：{items} 标记否决。{ward}成为否决病区：排在所有无否决病区之后，不能评为示范病房（rules §4.6）。本表得分不变。</translation>
    </message>
    <message>
        <source>Veto: {items} failed. In the self-check a veto does not make the ward a veto ward and the score is unchanged (rules §4.6), but it becomes a rectification item; the same finding in the evaluation would rank {ward} after every ward without a veto.</source>
        <translation>一票否决：{items} 标记否决。自查中的否决不使病区成为否决病区，本表得分不变（rules §4.6），但会生成整改项；评比中出现同样的否决，{ward}将排在所有无否决病区之后。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The draft was not saved</source>
        <translation>草稿未保存</translation>
    </message>
    <message>
        <source>the database could not be written (see the log)</source>
        <translation>数据库无法写入（详见日志）</translation>
    </message>
    <message>
        <source>Not saved yet, retrying: {reason}</source>
        <translation>尚未保存，正在重试：{reason}</translation>
    </message>
    <message>
        <source>Not saved: {name} changed this sheet</source>
        <translation>未保存：{name} 已修改本表</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>本表已被他人修改</translation>
    </message>
    <message>
        <source>&amp;Reload the saved sheet</source>
        <translation>重新载入已保存的表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep my entries on screen</source>
        <translation>保留我的录入在屏幕上(&amp;K)</translation>
    </message>
    <message>
        <source>Entries not saved</source>
        <translation>录入尚未保存</translation>
    </message>
    <message>
        <source>Some entries on this sheet could not be saved yet. If you leave now they are lost. Leave anyway?</source>
        <translation>本表有录入尚未保存，现在离开将会丢失。仍要离开吗？</translation>
    </message>
    <message>
        <source>Not ready to submit</source>
        <translation>暂不能提交</translation>
    </message>
    <message>
        <source>Please finish these items first (marked in red):</source>
        <translation>请先完成以下条目（已用红色标出）：</translation>
    </message>
    <message>
        <source>Submit the sheet</source>
        <translation>提交检查表</translation>
    </message>
    <message>
        <source>Submit {checklist} for {ward} with a standardized score of {score}?
After submitting, the sheet can no longer be changed.</source>
        <translation>确定提交{ward}的“{checklist}”吗？标化分 {score}。
提交后不能再修改。</translation>
    </message>
    <message>
        <source>Return the sheet for correction</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Why is this submitted sheet returned for correction? The reason is kept in the audit log.</source>
        <translation>为什么退回这张已提交的表？原因将记入审计日志。</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>检查条目</translation>
    </message>
    <message>
        <source>Keys: digits type the deduction · Enter saves it and goes to the next item · Tab goes to the next box (N/A, Veto, Problem found) · Space ticks N/A or Veto · arrows move · Esc undoes the box being typed</source>
        <translation>按键：数字 输入扣分 · Enter 保存并到下一条 · Tab 到下一格（不适用、否决、存在问题）· 空格 勾选不适用或否决 · 方向键 移动 · Esc 撤销正在输入的格</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新载入(&amp;L)</translation>
    </message>
    <message>
        <source>Return for &amp;correction…</source>
        <translation>退回修改(&amp;C)…</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>提交(&amp;B)</translation>
    </message>
</context>
<context>
    <name>SelfCheckPage</name>
    <message>
        <source>Scores &amp;template…</source>
        <extracomment>The ward picker&apos;s wards by id, &quot;NK01 心血管内科&quot;, before their progress is added. 评分模板 and 导入纸质评分 of the self-check (None: the menu offers neither).</extracomment>
        <translation>评分模板(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Import paper scores…</source>
        <translation>导入纸质评分(&amp;I)…</translation>
    </message>
    <message>
        <source>Print a &amp;blank checklist…</source>
        <translation>打印空白检查表(&amp;B)…</translation>
    </message>
    <message>
        <source>Print this &amp;sheet…</source>
        <translation>打印本表(&amp;S)…</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>自查</translation>
    </message>
    <message>
        <source>There is no campaign yet.</source>
        <translation>尚未创建活动。</translation>
    </message>
    <message>
        <source>Your ward does not take part in {campaign}.</source>
        <translation>您的病区未参加“{campaign}”。</translation>
    </message>
    <message>
        <source>{ward} ({done}/{total} submitted, {drafts} in draft)</source>
        <translation>{ward}（{done}/{total} 表已提交，{drafts} 表为草稿）</translation>
    </message>
    <message>
        <source>{ward} ({done}/{total} submitted)</source>
        <translation>{ward}（{done}/{total} 表已提交）</translation>
    </message>
    <message>
        <source>{state}: {checklists}</source>
        <translation>{state}：{checklists}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>submitted {score}</source>
        <translation>已提交 {score}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>{checklist} ({state})</source>
        <translation>{checklist}（{state}）</translation>
    </message>
    <message>
        <source>Blank checklist</source>
        <translation>空白检查表</translation>
    </message>
    <message>
        <source>Self-check sheet</source>
        <translation>自查表</translation>
    </message>
    <message>
        <source>All checklists of this ward are submitted. Thank you!</source>
        <translation>本病区的检查表已全部提交，谢谢！</translation>
    </message>
    <message>
        <source>Submitted. Next sheet to fill: {checklist}.</source>
        <translation>已提交。下一张待填：{checklist}。</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>The campaign worked on; the one running today is chosen at first</source>
        <translation>正在处理的活动；起初选中今天正在进行的活动</translation>
    </message>
    <message>
        <source>&amp;Ward</source>
        <translation>病区(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>检查表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paper and printing</source>
        <translation>纸质与打印(&amp;P)</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Translations</source>
        <translation>中文翻译</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>PDF with Chinese font</source>
        <translation>PDF 中文字体</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>主窗口</translation>
    </message>
    <message>
        <source>Clean-up</source>
        <translation>清理</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Choose the setup package</source>
        <translation>选择安装包</translation>
    </message>
    <message>
        <source>Exchange packages (*.nqcpkg)</source>
        <translation>交换包 (*.nqcpkg)</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>First start — NursingQC</source>
        <translation>首次使用 — 护理质控</translation>
    </message>
    <message>
        <source>Welcome. Enter your hospital&apos;s name and create the nursing department&apos;s administrator account.</source>
        <translation>欢迎使用。请填写医院名称，并创建护理部管理员账号。</translation>
    </message>
    <message>
        <source>&amp;Hospital name</source>
        <translation>医院名称(&amp;H)</translation>
    </message>
    <message>
        <source>Administrator &amp;user name</source>
        <translation>管理员用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>您的姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>确认密码(&amp;R)</translation>
    </message>
    <message>
        <source>A ward&apos;s PC</source>
        <translation>病区电脑</translation>
    </message>
    <message>
        <source>If the nursing department gave you a setup package for this ward&apos;s PC, use it instead: it brings the hospital, the ward and its accounts.</source>
        <translation>如果护理部给了您这台病区电脑的安装包，请改用安装包：医院、病区和账号都在其中。</translation>
    </message>
    <message>
        <source>Set up this PC from a setup &amp;package (ward PC)…</source>
        <translation>用安装包设置本机（病区电脑）(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>SheetDelegate</name>
    <message>
        <source>Deduction for {item}</source>
        <extracomment>The frame of the current cell: where typing, Space and Enter act. The deduction box takes more than any item&apos;s points, so that &quot;20&quot; typed on a 15-point item is seen and refused with a note, instead of the &quot;0&quot; vanishing and &quot;2&quot; being recorded silently.</extracomment>
        <translation>{item} 的扣分</translation>
    </message>
</context>
<context>
    <name>SheetItemsModel</name>
    <message>
        <source>No.</source>
        <extracomment>涉及护士: shown only on evaluation sheets (see ``SheetItemsModel.load``).</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <source>Item and deduction guide</source>
        <translation>检查内容及扣分标准</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Nurse concerned</source>
        <translation>涉及护士</translation>
    </message>
    <message>
        <source>Deduction guide</source>
        <translation>扣分标准</translation>
    </message>
    <message>
        <source>[veto item] </source>
        <translation>【一票否决】</translation>
    </message>
    <message>
        <source>{reason} Not recorded; please correct it.</source>
        <translation>{reason}未记录，请改正。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <extracomment>The autosave waits for a pause in typing this long: a text is typed in longer runs than a score, and each save writes the whole text. After a failed save (database busy, disk trouble) the page tries again this often.</extracomment>
        <translation>总结</translation>
    </message>
    <message>
        <source>There is no campaign yet.</source>
        <extracomment>The text as last read or saved: its version is the one a save is written on. What the boxes held when the text was last read or saved: anything else is unsaved. Why saving stopped until the saved text is shown again (someone else saved since, or the campaign was published): autosaving again would only be refused again. The autosave on its way: the call, its campaign and the text it carries.</extracomment>
        <translation>还没有活动月。</translation>
    </message>
    <message>
        <source>published and locked</source>
        <translation>已发布并锁定</translation>
    </message>
    <message>
        <source>not published yet: the figures change while entries are made</source>
        <translation>尚未发布：录入期间数据会变化</translation>
    </message>
    <message>
        <source>{start} to {end} · {state}</source>
        <translation>{start} 至 {end} · {state}</translation>
    </message>
    <message>
        <source>The results are published and the campaign is locked, so this text can no longer be changed. To change it, reopen the summary phase under Campaigns (with a reason).</source>
        <translation>结果已发布，活动月已锁定，此文字不能再修改。如需修改，请在“活动管理”中填写原因后重新开启总结阶段。</translation>
    </message>
    <message>
        <source>The nursing department writes this text; it appears in the report.</source>
        <translation>此文字由护理部填写，将写入总结报告。</translation>
    </message>
    <message>
        <source>Your analysis for the summary report: the causes of the most frequent problems (see the Pareto), the conclusions, and what the next PDCA cycle will do. It is saved as a draft while you type; the report prints it as last saved.</source>
        <translation>供总结报告使用的分析：最常见问题的原因（见柏拉图）、结论，以及下一轮PDCA的计划。输入时自动保存为草稿；报告打印最后保存的文字。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason} What you typed stays here and is on the clipboard.</source>
        <translation>未保存：{reason}您输入的文字保留在此页，并已复制到剪贴板。</translation>
    </message>
    <message>
        <source>the database could not be written (see the log)</source>
        <translation>数据库无法写入（详见日志）</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>已保存 {time}</translation>
    </message>
    <message>
        <source>Not saved yet, retrying: {reason}</source>
        <translation>尚未保存，正在重试：{reason}</translation>
    </message>
    <message>
        <source>Summary text not saved</source>
        <translation>总结文字未保存</translation>
    </message>
    <message>
        <source>What you typed stays on this page and is also on the clipboard.</source>
        <translation>您输入的文字保留在此页，也已复制到剪贴板。</translation>
    </message>
    <message>
        <source>&amp;Keep my text on screen</source>
        <translation>保留我的文字在屏幕上(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Show the saved text</source>
        <translation>显示已保存的文字(&amp;S)</translation>
    </message>
    <message>
        <source>Saving failed: if you leave, the summary text that is not saved is lost. It is also on the clipboard.</source>
        <translation>保存失败：离开将丢失未保存的总结文字。这些文字也已复制到剪贴板。</translation>
    </message>
    <message>
        <source>&amp;Stay on this page</source>
        <translation>留在此页(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard and leave</source>
        <translation>放弃并离开(&amp;D)</translation>
    </message>
    <message>
        <source>The summary text you typed is not saved, so the document would not contain it. Save it first, then make the document.</source>
        <translation>您输入的总结文字尚未保存，文档中将缺少这些文字。请先保存，再生成文档。</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
    <message>
        <source>Draft saved by {who} at {when}.</source>
        <translation>草稿由{who}于 {when} 自动保存。</translation>
    </message>
    <message>
        <source>Last saved by {who} at {when}.</source>
        <translation>最后由{who}于 {when} 保存。</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>总结报告</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>奖状</translation>
    </message>
    <message>
        <source>There is nobody to print a certificate for yet: confirm the model wards and approve excellent nurses on the Ranking page first.</source>
        <translation>还没有可以打印奖状的对象：请先在“排名”页确认示范病房并批准优秀护士。</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>导出总结</translation>
    </message>
    <message>
        <source>Writing the summary workbook…</source>
        <translation>正在写入总结工作簿…</translation>
    </message>
    <message>
        <source>The summary was exported to {path}</source>
        <translation>总结已导出到 {path}</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动月</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Summary report &amp;PDF…</source>
        <translation>总结报告 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview, print or save the month&apos;s summary report</source>
        <translation>预览、打印或保存本月总结报告</translation>
    </message>
    <message>
        <source>Summary &amp;Excel…</source>
        <translation>总结 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>The summary workbook: one sheet per table, with Excel charts</source>
        <translation>总结工作簿：每个表格一个工作表，含 Excel 图表</translation>
    </message>
    <message>
        <source>Print certi&amp;ficates…</source>
        <translation>打印奖状(&amp;F)…</translation>
    </message>
    <message>
        <source>Certificates for the model wards and the approved excellent nurses, A4 landscape</source>
        <translation>示范病房和已批准的优秀护士的奖状，A4 横向</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概况(&amp;O)</translation>
    </message>
    <message>
        <source>Wards, items and rates</source>
        <translation>检查病区、条目与达标情况</translation>
    </message>
    <message>
        <source>Figures of the month</source>
        <translation>本月数据</translation>
    </message>
    <message>
        <source>Score of each checklist</source>
        <translation>各检查表得分情况</translation>
    </message>
    <message>
        <source>Mean, highest and lowest score of each checklist</source>
        <translation>各检查表的平均分、最高分和最低分</translation>
    </message>
    <message>
        <source>Model wards and excellent nurses</source>
        <translation>示范病房与优秀护士</translation>
    </message>
    <message>
        <source>&amp;Ward totals</source>
        <translation>病区总分(&amp;W)</translation>
    </message>
    <message>
        <source>Problems (Pare&amp;to)</source>
        <translation>问题频次（柏拉图）(&amp;T)</translation>
    </message>
    <message>
        <source>Problems found, the most frequent first</source>
        <translation>存在问题，按出现次数排列</translation>
    </message>
    <message>
        <source>Self-check &amp;vs. evaluation</source>
        <translation>自查与评比(&amp;V)</translation>
    </message>
    <message>
        <source>Self-check and evaluation totals of each ward</source>
        <translation>各病区自查与评比总分</translation>
    </message>
    <message>
        <source>Rectific&amp;ation</source>
        <translation>整改情况(&amp;A)</translation>
    </message>
    <message>
        <source>Rectification of each ward</source>
        <translation>各病区整改情况</translation>
    </message>
    <message>
        <source>Tren&amp;d</source>
        <translation>历次趋势(&amp;D)</translation>
    </message>
    <message>
        <source>Totals of each ward across campaigns</source>
        <translation>各病区历次活动月总分</translation>
    </message>
    <message>
        <source>Department&apos;s &amp;conclusions</source>
        <translation>护理部总结(&amp;C)</translation>
    </message>
    <message>
        <source>Ca&amp;use analysis of the most frequent problems</source>
        <translation>主要问题原因分析(&amp;U)</translation>
    </message>
    <message>
        <source>Cause analysis</source>
        <translation>原因分析</translation>
    </message>
    <message>
        <source>Conc&amp;lusions</source>
        <translation>总结结论(&amp;L)</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>总结结论</translation>
    </message>
    <message>
        <source>&amp;Next PDCA steps</source>
        <translation>下一步PDCA计划(&amp;N)</translation>
    </message>
    <message>
        <source>Next PDCA steps</source>
        <translation>下一步PDCA计划</translation>
    </message>
    <message>
        <source>&amp;Save text</source>
        <translation>保存文字(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SummaryTabs</name>
    <message>
        <source>; </source>
        <extracomment>Above this many wards the trend draws the hospital&apos;s mean, highest and lowest, and the ward chosen in the table, instead of a line per ward. The trend table&apos;s rows, by ward code.</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source>{name}: {inspections} inspection(s) of {wards} ward(s)</source>
        <translation>{name}：检查 {wards} 个病区共 {inspections} 次</translation>
    </message>
    <message>
        <source>Wards taking part</source>
        <translation>参评病区</translation>
    </message>
    <message>
        <source>Wards evaluated</source>
        <translation>已评比病区</translation>
    </message>
    <message>
        <source>Evaluation inspections</source>
        <translation>评比检查次数</translation>
    </message>
    <message>
        <source>Items checked</source>
        <translation>检查条目数</translation>
    </message>
    <message>
        <source>Problems found (items with a deduction)</source>
        <translation>发现问题（扣分条目）</translation>
    </message>
    <message>
        <source>Pass rate (wards with a total of {mark} or more)</source>
        <translation>达标率（总分 ≥ {mark} 的病区）</translation>
    </message>
    <message>
        <source>Full-compliance rate of the items</source>
        <translation>条目完全达标率</translation>
    </message>
    <message>
        <source>Rectification rate (re-check passed)</source>
        <translation>整改完成率（复查通过）</translation>
    </message>
    <message>
        <source>On-time rectification rate</source>
        <translation>按时整改率</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>质控人员</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Wards</source>
        <translation>病区数</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>最高分</translation>
    </message>
    <message>
        <source>Highest ward(s)</source>
        <translation>最高分病区</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>最低分</translation>
    </message>
    <message>
        <source>Lowest ward(s)</source>
        <translation>最低分病区</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Ward or nurse</source>
        <translation>病区或护士</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>病区</translation>
    </message>
    <message>
        <source>Ward total</source>
        <translation>病区总分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Model wards ({wards}) and excellent nurses ({nurses})</source>
        <translation>示范病房（{wards}个）与优秀护士（{nurses}名）</translation>
    </message>
    <message>
        <source>Model ward</source>
        <translation>示范病房</translation>
    </message>
    <message>
        <source>Excellent nurse</source>
        <translation>优秀护士</translation>
    </message>
    <message>
        <source>Pass mark {mark}</source>
        <translation>达标线 {mark}</translation>
    </message>
    <message>
        <source>Evaluation totals in ranking order. {passed} of {wards} wards reach the pass mark of {mark}; model wards are drawn in orange and named after their total.</source>
        <translation>按排名顺序显示评比总分。{wards} 个病区中 {passed} 个达到 {mark} 分达标线；示范病房以橙色显示，并在总分后注明。</translation>
    </message>
    <message>
        <source>Not complete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>Times found</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>Vital few</source>
        <translation>关键少数</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No self-check</source>
        <translation>未自查</translation>
    </message>
    <message>
        <source>No self-check sheet is submitted.</source>
        <translation>没有已提交的自查表。</translation>
    </message>
    <message>
        <source>Self-check {done}/{total}</source>
        <translation>自查 {done}/{total}</translation>
    </message>
    <message>
        <source>Self-check not complete: {done} of {total} checklists submitted.</source>
        <translation>自查未完成：{total} 张检查表中已提交 {done} 张。</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>未评比</translation>
    </message>
    <message>
        <source>No evaluation inspection is submitted.</source>
        <translation>没有已提交的评比检查。</translation>
    </message>
    <message>
        <source>Evaluation {done}/{total}</source>
        <translation>评比 {done}/{total}</translation>
    </message>
    <message>
        <source>Evaluation not complete: {done} of {total} checklists have a submitted inspection.</source>
        <translation>评比未完成：{total} 张检查表中 {done} 张有已提交的检查。</translation>
    </message>
    <message>
        <source>Without both totals there is no gap.</source>
        <translation>两个总分不全，没有差值。</translation>
    </message>
    <message>
        <source>Self-check veto</source>
        <translation>自查否决</translation>
    </message>
    <message>
        <source>A veto item failed in the self-check; a self-check veto is not counted in the ranking (rules §4.6).</source>
        <translation>自查中有一票否决项未达标；自查中的否决不计入排名（rules §4.6）。</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>自查</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评比</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>Gap = self-check total minus evaluation total. A self-check {margin} points or more above the evaluation is lenient: {lenient} of {wards} ward(s). Where a figure is &quot;—&quot;, the Note column says why (Self-check 3/5: 3 of 5 checklists submitted); point at a row for more.</source>
        <translation>差值 = 自查总分 − 评比总分。自查比评比高 {margin} 分及以上为自查偏松：{wards} 个病区中有 {lenient} 个。显示“—”的，原因见“说明”列（自查 3/5：5 张检查表中已提交 3 张）；鼠标指向该行可看详细说明。</translation>
    </message>
    <message>
        <source>Lenient</source>
        <translation>自查偏松</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>lenient +{gap}</source>
        <translation>自查偏松 +{gap}</translation>
    </message>
    <message>
        <source>Whole hospital</source>
        <translation>全院合计</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>整改项</translation>
    </message>
    <message>
        <source>Re-check passed</source>
        <translation>复查通过</translation>
    </message>
    <message>
        <source>Passed by the deadline</source>
        <translation>按期通过</translation>
    </message>
    <message>
        <source>Rectification rate</source>
        <translation>整改完成率</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按时完成率</translation>
    </message>
    <message>
        <source>Rectification rate = items that passed the re-check / all items of the ward; on-time rate = items that passed by their deadline / all items.</source>
        <translation>整改完成率 = 复查通过的整改项 / 本病区全部整改项；按时完成率 = 在期限内复查通过的整改项 / 全部整改项。</translation>
    </message>
    <message>
        <source>Hospital mean</source>
        <translation>全院平均</translation>
    </message>
    <message>
        <source>Highest total</source>
        <translation>全院最高</translation>
    </message>
    <message>
        <source>Lowest total</source>
        <translation>全院最低</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Totals across campaigns</source>
        <translation>历次活动月总分</translation>
    </message>
</context>
<context>
    <name>WardDialog</name>
    <message>
        <source>not given</source>
        <extracomment>The beds box&apos;s lowest value stands for &quot;not given&quot; (a ward may have 0 beds, e.g. a clinic).</extracomment>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Add ward</source>
        <translation>添加病区</translation>
    </message>
    <message>
        <source>The code stays: files and accounts refer to the ward by it.</source>
        <translation>编码不能修改：文件和账号都按编码找到病区。</translation>
    </message>
    <message>
        <source>Edit ward</source>
        <translation>编辑病区</translation>
    </message>
    <message>
        <source>Ward &amp;code</source>
        <translation>病区编码(&amp;C)</translation>
    </message>
    <message>
        <source>e.g. NK01</source>
        <translation>如 NK01</translation>
    </message>
    <message>
        <source>Ward &amp;name</source>
        <translation>病区名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Head nurse</source>
        <translation>护士长(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Beds</source>
        <translation>床位数(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>分组(&amp;G)</translation>
    </message>
</context>
<context>
    <name>WardsAccountsPage</name>
    <message>
        <source>Wards and accounts</source>
        <translation>病区与账号</translation>
    </message>
    <message>
        <source>Ward code</source>
        <translation>病区编码</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>病区</translation>
    </message>
    <message>
        <source>Head nurse</source>
        <translation>护士长</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>床位数</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>锁定至 {time}</translation>
    </message>
    <message>
        <source>First password, to change</source>
        <translation>初始密码，待修改</translation>
    </message>
    <message>
        <source>Re&amp;activate ward</source>
        <translation>重新启用病区(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Deactivate ward</source>
        <translation>停用病区(&amp;D)</translation>
    </message>
    <message>
        <source>Ena&amp;ble account</source>
        <translation>启用账号(&amp;B)</translation>
    </message>
    <message>
        <source>Disa&amp;ble account</source>
        <translation>停用账号(&amp;B)</translation>
    </message>
    <message>
        <source>Import wards</source>
        <translation>导入病区</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Importing wards from {file}…</source>
        <translation>正在从 {file} 导入病区…</translation>
    </message>
    <message>
        <source>Head nurses&apos; accounts</source>
        <translation>护士长账号</translation>
    </message>
    <message>
        <source>Every ward with a head nurse in the file has an account already, or the file names no head nurse (column 护士长), so no account is made.</source>
        <translation>文件中填了护士长的病区都已有账号，或文件没有填写护士长（“护士长”列），因此不建账号。</translation>
    </message>
    <message>
        <source>Importing wards and making accounts…</source>
        <translation>正在导入病区并建立账号…</translation>
    </message>
    <message>
        <source>Deactivated wards stay deactivated: {codes}. Select one and press Activate if it is in use again.</source>
        <translation>已停用的病区保持停用：{codes}。如某病区重新使用，请选中它后点“重新启用病区”。</translation>
    </message>
    <message>
        <source>Wards imported</source>
        <translation>病区已导入</translation>
    </message>
    <message>
        <source>New first password for {name} ({username}), proposed at random; tell it to her. She sets her own at her next log-in:</source>
        <translation>{name}（{username}）的新初始密码（随机生成，可修改），请告知本人。她下次登录时须设置自己的密码：</translation>
    </message>
    <message>
        <source>The password was changed. {name} logs in with it once and then sets her own.</source>
        <translation>密码已重置。{name} 用它登录一次后须设置自己的密码。</translation>
    </message>
    <message>
        <source>{added} wards added, {updated} updated.</source>
        <translation>新增 {added} 个病区，更新 {updated} 个。</translation>
    </message>
    <message>
        <source>Save the wards template</source>
        <translation>保存病区模板</translation>
    </message>
    <message>
        <source>Wards template</source>
        <translation>病区模板</translation>
    </message>
    <message>
        <source>The template is saved as {path}. Fill in one row per ward, save it, and import it with the button Import wards from Excel.</source>
        <translation>模板已保存为 {path}。每个病区填一行，保存后用“从 Excel 导入病区”按钮导入。</translation>
    </message>
    <message>
        <source>Delete ward</source>
        <translation>删除病区</translation>
    </message>
    <message>
        <source>Delete ward {code} {name}? This is only possible while it has no score sheets and no accounts; the audit log keeps a record of it.</source>
        <translation>删除病区“{code} {name}”？只有尚无评分表、也没有账号的病区才能删除；审计日志会留下记录。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Wards</source>
        <translation>病区</translation>
    </message>
    <message>
        <source>Add &amp;ward…</source>
        <translation>添加病区(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Import wards from Excel…</source>
        <translation>从 Excel 导入病区(&amp;I)…</translation>
    </message>
    <message>
        <source>The import also makes an account for each ward&apos;s head nurse (column 护士长) that has none; you see the user names before it does.</source>
        <translation>导入时同时为尚无账号的各病区护士长（“护士长”列）建账号；建立前会先显示用户名供确认。</translation>
    </message>
    <message>
        <source>&amp;Make head nurses&apos; accounts too</source>
        <translation>同时建护士长账号(&amp;M)</translation>
    </message>
    <message>
        <source>Download the tem&amp;plate…</source>
        <translation>下载模板(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Edit ward…</source>
        <translation>编辑病区(&amp;E)…</translation>
    </message>
    <message>
        <source>Dele&amp;te ward…</source>
        <translation>删除病区(&amp;T)…</translation>
    </message>
    <message>
        <source>Sheet 病区 with the columns 病区编码, 病区名称, 护士长, 床位数, 分组</source>
        <translation>工作表“病区”，列：病区编码、病区名称、护士长、床位数、分组</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>新建账号(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit acc&amp;ount…</source>
        <translation>编辑账号(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Unlock account</source>
        <translation>解锁账号(&amp;U)</translation>
    </message>
    <message>
        <source>After 5 wrong passwords in a row an account waits 5 minutes; unlocking lets the user try again at once.</source>
        <translation>连续输错 5 次密码后，账号需等待 5 分钟；解锁后可立即重新登录。</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示本帮助信息并退出</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能有一个值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>有歧义的选项：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>须给出参数 %s 之一</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
</context>
</TS>
