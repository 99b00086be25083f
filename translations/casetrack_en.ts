<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ArticleText</name>
    <message>
        <source>《中国共产党纪律处分条例》</source>
        <translation>the CPC Disciplinary Regulations</translation>
    </message>
    <message>
        <source>《中国共产党章程》</source>
        <translation>the Party Constitution</translation>
    </message>
    <message>
        <source>《中国共产党党员权利保障条例》</source>
        <translation>the Regulations on Protecting Party Members&apos; Rights</translation>
    </message>
    <message>
        <source>%2%1</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>无法写入审计记录：%1。操作已取消。</source>
        <translation>Could not write the audit record: %1. The operation was cancelled.</translation>
    </message>
    <message>
        <source>审计记录 %1 缺失或顺序被打乱（此处为记录 %2）。</source>
        <translation>Audit record %1 is missing or out of order (record %2 is in its place).</translation>
    </message>
    <message>
        <source>审计记录 %1 与前一条记录的链接不符：其前的记录被改动、删除或调换。</source>
        <translation>Audit record %1 does not link to the record before it: an earlier record was altered, deleted or swapped.</translation>
    </message>
    <message>
        <source>审计记录 %1 的内容被改动（哈希不符）。</source>
        <translation>The content of audit record %1 was altered (hash mismatch).</translation>
    </message>
    <message>
        <source>审计记录共应有 %1 条，实有 %2 条：末尾的记录被删除或改动。</source>
        <translation>There should be %1 audit records, but there are %2: records at the end were deleted or altered.</translation>
    </message>
    <message>
        <source>发现 %1 处审计记录无法解释的问题：%2</source>
        <translation>Found %1 problem(s) the audit trail does not explain: %2</translation>
    </message>
    <message>
        <source>审计记录完整：共 %1 条，哈希链无断裂，签名与权限相符，各数据表与记录一致。</source>
        <translation>Audit trail intact: %1 records, the hash chain is unbroken, signatures and permissions check out, and every data table matches the records.</translation>
    </message>
    <message>
        <source>表 %1 的行 %2 与签名的审计记录不符：它被直接改动、添加或删除。</source>
        <translation>Row %2 of table %1 does not match the signed audit records: it was changed, added or deleted directly.</translation>
    </message>
    <message>
        <source>读取表 %1 失败：%2。</source>
        <translation>Reading table %1 failed: %2.</translation>
    </message>
    <message>
        <source>审计记录 %1（%2）署名为恢复密钥，但恢复密钥只能重置密码。</source>
        <translation>Audit record %1 (%2) is attributed to the recovery key, but the recovery key may only reset passwords.</translation>
    </message>
    <message>
        <source>审计记录 %1（%2）的作者 %3 不是当时的账户。</source>
        <translation>Audit record %1 (%2): its author %3 was not an account at that time.</translation>
    </message>
    <message>
        <source>审计记录 %1（%2，作者 %3）的签名无效：记录不是该账户写入的，或被改动。</source>
        <translation>Audit record %1 (%2, author %3) has an invalid signature: it was not written by that account, or it was altered.</translation>
    </message>
    <message>
        <source>审计记录 %1（%2）的作者 %3 当时已停用。</source>
        <translation>Audit record %1 (%2): its author %3 was deactivated at that time.</translation>
    </message>
    <message>
        <source>审计记录 %1（%2）的作者 %3 当时的角色（%4）无此权限。</source>
        <translation>Audit record %1 (%2): its author %3 did not have this permission in their role at that time (%4).</translation>
    </message>
    <message>
        <source>审计记录读取失败：%1。</source>
        <translation>Reading the audit records failed: %1.</translation>
    </message>
    <message>
        <source>案件材料 %1 的内容与其记录的哈希不符：文件在程序之外被改动。</source>
        <translation>The content of case material %1 does not match its recorded hash: the file was changed outside CaseTrack.</translation>
    </message>
</context>
<context>
    <name>AuditValueText</name>
    <message>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>处分</source>
        <translation>Sanction</translation>
    </message>
    <message>
        <source>留党察看年限</source>
        <translation>Probation years</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>应到人数</source>
        <translation>Members entitled to attend</translation>
    </message>
    <message>
        <source>实到人数</source>
        <translation>Members present</translation>
    </message>
    <message>
        <source>赞成票</source>
        <translation>Votes for</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>被审查调查人</source>
        <translation>Person under investigation</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>入党时间</source>
        <translation>Joined the Party</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>党组管理干部</source>
        <translation>Cadre managed by the Party group</translation>
    </message>
    <message>
        <source>党组任免</source>
        <translation>Appointed by the Party group</translation>
    </message>
    <message>
        <source>领导班子成员</source>
        <translation>Leadership team member</translation>
    </message>
    <message>
        <source>重点监督对象</source>
        <translation>Key supervision target</translation>
    </message>
    <message>
        <source>主要负责人</source>
        <translation>Principal leader</translation>
    </message>
    <message>
        <source>立案备案</source>
        <translation>Filing reported to</translation>
    </message>
    <message>
        <source>组织关系在地方</source>
        <translation>Party membership held locally</translation>
    </message>
    <message>
        <source>地方党委委员</source>
        <translation>Member of a local Party committee</translation>
    </message>
    <message>
        <source>立案机关</source>
        <translation>Filing body</translation>
    </message>
    <message>
        <source>决定途径</source>
        <translation>Decision route</translation>
    </message>
    <message>
        <source>重大复杂</source>
        <translation>Major or complex</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>账户编号</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>签名公钥</source>
        <translation>Signing public key</translation>
    </message>
    <message>
        <source>数据库结构版本</source>
        <translation>Database structure version</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>密钥派生强度</source>
        <translation>Key derivation strength</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>发文字号前缀</source>
        <translation>Document number prefix</translation>
    </message>
    <message>
        <source>印发机关</source>
        <translation>Issuing office</translation>
    </message>
    <message>
        <source>默认</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>提前提醒天数</source>
        <translation>Days of advance warning</translation>
    </message>
    <message>
        <source>严格计算期限</source>
        <translation>Strict deadline counting</translation>
    </message>
    <message>
        <source>期限规则</source>
        <translation>Deadline rules</translation>
    </message>
    <message>
        <source>访问方式</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>空闲分钟数</source>
        <translation>Idle minutes</translation>
    </message>
    <message>
        <source>累计失败次数</source>
        <translation>Failed attempts in total</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>接收方</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>案件数</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>放假</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>自动锁定分钟数</source>
        <translation>Minutes before the automatic lock</translation>
    </message>
    <message>
        <source>党组</source>
        <translation>Party group</translation>
    </message>
    <message>
        <source>派驻机构</source>
        <translation>Stationed body</translation>
    </message>
    <message>
        <source>派出机构</source>
        <translation>Dispatched body</translation>
    </message>
    <message>
        <source>派出机关</source>
        <translation>Dispatching organ</translation>
    </message>
    <message>
        <source>基层纪委</source>
        <translation>Grassroots discipline commission</translation>
    </message>
    <message>
        <source>基层党委</source>
        <translation>Grassroots Party committee</translation>
    </message>
    <message>
        <source>地方纪委</source>
        <translation>Local discipline commission</translation>
    </message>
    <message>
        <source>组织部门</source>
        <translation>Organization department</translation>
    </message>
    <message>
        <source>机关纪委</source>
        <translation>Organ discipline commission</translation>
    </message>
    <message>
        <source>基层</source>
        <translation>Grassroots</translation>
    </message>
    <message>
        <source>中央</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>地方</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>测试用（快速）</source>
        <translation>Test only (fast)</translation>
    </message>
    <message>
        <source>标准</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>读写</source>
        <translation>Read and write</translation>
    </message>
    <message>
        <source>空闲</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>手动</source>
        <translation>By hand</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>第 %1 条记录</source>
        <translation>record %1</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>统计截至</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>统计图表</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>统计案件数</source>
        <translation>Cases counted</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>字节数</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>材料编号</source>
        <translation>Material number</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>案件材料</source>
        <translation>Case material</translation>
    </message>
    <message>
        <source>随系统锁屏或休眠</source>
        <translation>with the screen lock or sleep</translation>
    </message>
</context>
<context>
    <name>BodyNames</name>
    <message>
        <source>党组</source>
        <translation>Party group</translation>
    </message>
    <message>
        <source>派驻机构</source>
        <translation>Stationed body</translation>
    </message>
    <message>
        <source>派出机构</source>
        <translation>Dispatched body</translation>
    </message>
    <message>
        <source>派出机关</source>
        <translation>Dispatching organ</translation>
    </message>
    <message>
        <source>基层纪委</source>
        <translation>Grassroots commission</translation>
    </message>
    <message>
        <source>基层党委</source>
        <translation>Grassroots committee</translation>
    </message>
    <message>
        <source>地方纪委</source>
        <translation>Local commission</translation>
    </message>
    <message>
        <source>组织部门</source>
        <translation>Organization department</translation>
    </message>
</context>
<context>
    <name>CaseFacts</name>
    <message>
        <source>字段 %1 应为文本。</source>
        <translation>Field %1 must be text.</translation>
    </message>
    <message>
        <source>字段 %1 应为 true 或 false。</source>
        <translation>Field %1 must be true or false.</translation>
    </message>
    <message>
        <source>字段 %1 不是有效日期，请按 YYYY-MM-DD 填写（如 2025-01-31）。</source>
        <translation>Field %1 is not a valid date; enter it as YYYY-MM-DD (e.g. 2025-01-31).</translation>
    </message>
    <message>
        <source>字段 %1 的值无效，可选值：%2。</source>
        <translation>Field %1 has an invalid value; valid values: %2.</translation>
    </message>
    <message>
        <source>未知字段 %1。</source>
        <translation>Unknown field %1.</translation>
    </message>
    <message>
        <source>缺少字段 subject（被审查调查人信息，至少包含 subject.name）。</source>
        <translation>Missing field subject (the person under investigation; must include at least subject.name).</translation>
    </message>
    <message>
        <source>缺少字段 subject.name（被审查调查人姓名），请填写姓名。</source>
        <translation>Missing field subject.name (name of the person under investigation); please enter the name.</translation>
    </message>
    <message>
        <source>字段 bodies 应为对象：机构标识 → 组织编号（如 {&quot;party_group&quot;: &quot;1&quot;}）。</source>
        <translation>The field bodies must be an object: body id → organization id (e.g. {&quot;party_group&quot;: &quot;1&quot;}).</translation>
    </message>
    <message>
        <source>字段 bodies.%1 不是机构标识，可选值：%2。</source>
        <translation>bodies.%1 is not a body id; allowed: %2.</translation>
    </message>
    <message>
        <source>字段 bodies.%1 应为组织编号（文本）。</source>
        <translation>bodies.%1 must be an organization id (text).</translation>
    </message>
    <message>
        <source>subject.managed_by_party_group 为 false：被审查调查人不属于党组管理的人员，不适用本规定（第三条、第四条），CaseTrack 不跟踪此类案件。</source>
        <translation>subject.managed_by_party_group is false: the person is not managed by the Party group, so these rules do not apply (Articles 3 and 4); CaseTrack does not track such cases.</translation>
    </message>
    <message>
        <source>decision_route 为 grassroots 与 subject.appointed_by_party_group 为 true 矛盾：任免经党组会议讨论决定的党员，由党组讨论决定处分（第四条第一款）；请改为 party_group 或核对任免情况。</source>
        <translation>decision_route grassroots contradicts subject.appointed_by_party_group true: a Party member whose appointment the Party group meeting decides is sanctioned by the Party group (Article 4(1)); change it to party_group or check the appointment.</translation>
    </message>
    <message>
        <source>subject.local_committee_member 为 true 须同时 subject.org_relation_local 为 true（第十二条第二款只适用于党的组织关系在地方的党员干部）；请核对这两个字段。</source>
        <translation>subject.local_committee_member true needs subject.org_relation_local true as well (Article 12(2) applies only to cadres whose Party organisation relation is local); check these two fields.</translation>
    </message>
    <message>
        <source>filing_body 为 local_commission 须 subject.org_relation_local 为 true：地方纪委立案的案件须为党的组织关系在地方、干部管理权限在主管部门党组的党员干部；否则不属于第十二条规定的情形，请核对 filing_body 和 subject.org_relation_local。</source>
        <translation>filing_body local_commission needs subject.org_relation_local true: a case opened by the local commission must concern a cadre whose Party organisation relation is local and whose management lies with the competent department&apos;s Party group; otherwise Article 12 does not apply. Check filing_body and subject.org_relation_local.</translation>
    </message>
    <message>
        <source>字段 bodies.%1：没有编号为 %2 的机构。请用 org list 查看已登记的机构，或先用 org add 登记。</source>
        <translation>Field bodies.%1: there is no organ with id %2. See the registered organs with org list, or register it first with org add.</translation>
    </message>
    <message>
        <source>字段 bodies.%1：机构 %2（%3）登记的类别是 %4，不是 %1。请选择类别为 %1 的机构。</source>
        <translation>Field bodies.%1: organ %2 (%3) is registered as %4, not %1. Choose an organ of kind %1.</translation>
    </message>
</context>
<context>
    <name>CaseMaterial</name>
    <message>
        <source>处分决定（盖章扫描件）</source>
        <translation>Decision (scan with seal)</translation>
    </message>
    <message>
        <source>审理报告</source>
        <translation>Review report</translation>
    </message>
    <message>
        <source>会议纪要</source>
        <translation>Meeting minutes</translation>
    </message>
    <message>
        <source>审查调查报告</source>
        <translation>Investigation report</translation>
    </message>
    <message>
        <source>本人陈述和申辩材料</source>
        <translation>Statement and defence of the person</translation>
    </message>
    <message>
        <source>通报、通知</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>备案材料</source>
        <translation>Record-filing materials</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>material</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>读取案件 %1 时出错（%2）：存储的案件信息无法解析。请用 casetrack-cli check 检查，并从备份恢复。</source>
        <translation>Error reading case %1 (%2): the stored case details cannot be parsed. Run casetrack-cli check and restore from a backup.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>选项 --%1 缺少取值。</source>
        <translation>Option --%1 is missing a value.</translation>
    </message>
    <message>
        <source>再次输入以确认：</source>
        <translation>Enter it again to confirm: </translation>
    </message>
    <message>
        <source>init 需要 --admin NAME（管理员用户名）。</source>
        <translation>init requires --admin NAME (the administrator&apos;s user name).</translation>
    </message>
    <message>
        <source>--kdf 只能是 standard 或 fast（fast 仅供测试）。</source>
        <translation>--kdf must be standard or fast (fast is for testing only).</translation>
    </message>
    <message>
        <source>为 %1 设置密码：</source>
        <translation>Set a password for %1: </translation>
    </message>
    <message>
        <source>密码为空或两次输入不一致，数据库未创建。</source>
        <translation>The password is empty or the two entries differ; the database was not created.</translation>
    </message>
    <message>
        <source>已创建数据库 %1，管理员 %2。
恢复密钥（只显示这一次，请抄写或打印后妥善保管，所有密码遗失时凭它恢复）：
  %3
</source>
        <translation>Created database %1 with administrator %2.
Recovery key (shown only this once; write it down or print it and keep it safe; it is the way back in if all passwords are lost):
  %3
</translation>
    </message>
    <message>
        <source>--role 必须是以下之一：%1。</source>
        <translation>--role must be one of: %1.</translation>
    </message>
    <message>
        <source>为新用户 %1 设置密码：</source>
        <translation>Set a password for the new user %1: </translation>
    </message>
    <message>
        <source>新密码为空或两次输入不一致（脚本可用环境变量 CASETRACK_NEW_PASSWORD）。</source>
        <translation>The new password is empty or the two entries differ (scripts can use the environment variable CASETRACK_NEW_PASSWORD).</translation>
    </message>
    <message>
        <source>已添加用户 %1（%2）。</source>
        <translation>Added user %1 (%2).</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>active</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>新密码：</source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>新密码为空或两次输入不一致，密码未修改。</source>
        <translation>The new password is empty or the two entries differ; the password was not changed.</translation>
    </message>
    <message>
        <source>密码已修改。</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>%1 的新密码：</source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>新密码为空或两次输入不一致，密码未重置。</source>
        <translation>The new password is empty or the two entries differ; the password was not reset.</translation>
    </message>
    <message>
        <source>已重置 %1 的密码。</source>
        <translation>The password of %1 has been reset.</translation>
    </message>
    <message>
        <source>无法读取日历文件 %1：%2。</source>
        <translation>Could not read calendar file %1: %2.</translation>
    </message>
    <message>
        <source>已导入 %1 年节假日安排（%2 天）。</source>
        <translation>Imported the holiday schedule for %1 (%2 days).</translation>
    </message>
    <message>
        <source>case add 需要 --data JSON（案件事实，键名见 procedure.md）。</source>
        <translation>case add requires --data JSON (the case facts; see procedure.md for the keys).</translation>
    </message>
    <message>
        <source>没有阶段 %1。可用的阶段：%2。</source>
        <translation>There is no stage %1. Available stages: %2.</translation>
    </message>
    <message>
        <source>	逾期</source>
        <translation>	overdue</translation>
    </message>
    <message>
        <source>（没有符合条件的案件）</source>
        <translation>(no matching cases)</translation>
    </message>
    <message>
        <source>event add 需要 --step STEP 和 --date YYYY-MM-DD。</source>
        <translation>event add requires --step STEP and --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>日期 %1 无效，请写成 YYYY-MM-DD，如 2025-01-31。</source>
        <translation>Invalid date %1; write it as YYYY-MM-DD, e.g. 2025-01-31.</translation>
    </message>
    <message>
        <source>--within 需要一个非负整数（天数）。</source>
        <translation>--within requires a non-negative integer (a number of days).</translation>
    </message>
    <message>
        <source>（没有期限）</source>
        <translation>(no deadlines)</translation>
    </message>
    <message>
        <source>未知命令：%1。</source>
        <translation>Unknown command: %1.</translation>
    </message>
    <message>
        <source>数据库有多个账户（%1），请用 --user 指明以哪个账户解锁。</source>
        <translation>The database has several accounts (%1); use --user to say which account to unlock with.</translation>
    </message>
    <message>
        <source>%1 的密码：</source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>错误：%1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>（依据：%1）</source>
        <translation> (basis: %1)</translation>
    </message>
    <message>
        <source> 用 casetrack-cli --help 查看用法。</source>
        <translation> Run casetrack-cli --help for usage.</translation>
    </message>
    <message>
        <source>--as-of 的日期 %1 无效，请写成 YYYY-MM-DD，如 2025-01-31。</source>
        <translation>Invalid --as-of date %1; write it as YYYY-MM-DD, e.g. 2025-01-31.</translation>
    </message>
    <message>
        <source>JSON 格式错误（第 %1 个字符处：%2）。请检查引号、逗号和括号。</source>
        <translation>JSON syntax error (at character %1: %2). Check the quotes, commas and brackets.</translation>
    </message>
    <message>
        <source>这里需要一个 JSON 对象，如 {&quot;subject&quot;: {&quot;name&quot;: &quot;张三&quot;}}。</source>
        <translation>A JSON object is needed here, e.g. {&quot;subject&quot;: {&quot;name&quot;: &quot;Zhang San&quot;}}.</translation>
    </message>
    <message>
        <source>此命令没有选项 --%1。</source>
        <translation>This command has no option --%1.</translation>
    </message>
    <message>
        <source>缺少参数。</source>
        <translation>Missing argument.</translation>
    </message>
    <message>
        <source>多余的参数：%1。</source>
        <translation>Unexpected arguments: %1.</translation>
    </message>
    <message>
        <source>案件 %1：%2（%3）
</source>
        <translation>Case %1: %2 (%3)
</translation>
    </message>
    <message>
        <source>程序：%1；阶段：%2%3
</source>
        <translation>Procedure: %1; stage: %2%3
</translation>
    </message>
    <message>
        <source>（已结案）</source>
        <translation> (closed)</translation>
    </message>
    <message>
        <source>处分：%1，%2 生效
</source>
        <translation>Sanction: %1, effective %2
</translation>
    </message>
    <message>
        <source>  下一步：%1（%2）%3
</source>
        <translation>  Next: %1 (%2), %3
</translation>
    </message>
    <message>
        <source>必经</source>
        <translation>required</translation>
    </message>
    <message>
        <source>可选</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>  待办：%1（%2）——%3
</source>
        <translation>  To do: %1 (%2) — %3
</translation>
    </message>
    <message>
        <source>  期限：%1 至 %2（%3）%4
</source>
        <translation>  Deadline: %1, due %2 (%3) %4
</translation>
    </message>
    <message>
        <source>已生成 %1（%2）。%3</source>
        <translation>Generated %1 (%2). %3</translation>
    </message>
    <message>
        <source>export 之后须写 cases 或 deadlines。</source>
        <translation>export must be followed by cases or deadlines.</translation>
    </message>
    <message>
        <source>--format 须为 xlsx、csv、ics（仅期限）或 pdf。</source>
        <translation>--format must be xlsx, csv, ics (deadlines only) or pdf.</translation>
    </message>
    <message>
        <source>export 需要 --out FILE。</source>
        <translation>export requires --out FILE.</translation>
    </message>
    <message>
        <source>已导出 %1 个案件到 %2。</source>
        <translation>Exported %1 case(s) to %2.</translation>
    </message>
    <message>
        <source>账户 %1 无权查看审计记录。</source>
        <translation>Account %1 may not view the audit trail.</translation>
    </message>
    <message>
        <source>--kind 须为 access（查看、打印、导出）或 change（修改）。</source>
        <translation>--kind must be access (views, prints, exports) or change (changes).</translation>
    </message>
    <message>
        <source>--since 的日期 %1 无效，请写成 YYYY-MM-DD。</source>
        <translation>The --since date %1 is invalid; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>（没有符合条件的审计记录）</source>
        <translation>(no matching audit records)</translation>
    </message>
    <message>
        <source>audit export 需要 --out FILE。</source>
        <translation>audit export requires --out FILE.</translation>
    </message>
    <message>
        <source>无法写入文件 %1：%2。</source>
        <translation>Cannot write the file %1: %2.</translation>
    </message>
    <message>
        <source>已导出 %1 条审计记录到 %2。</source>
        <translation>Exported %1 audit record(s) to %2.</translation>
    </message>
    <message>
        <source>backup 需要 --out FILE（新文件，不会覆盖）。</source>
        <translation>backup requires --out FILE (a new file; nothing is overwritten).</translation>
    </message>
    <message>
        <source>已备份到 %1（密钥文件 %2），并已核验副本：%3 条审计记录完整。</source>
        <translation>Backed up to %1 (key file %2) and verified the copy: %3 audit records intact.</translation>
    </message>
    <message>
        <source>restore 需要 --from FILE（备份文件）。</source>
        <translation>restore requires --from FILE (the backup file).</translation>
    </message>
    <message>
        <source>请用 --user 指明以备份中的哪个管理员账户恢复。</source>
        <translation>Use --user to say which administrator account of the backup restores it.</translation>
    </message>
    <message>
        <source>已从 %1 恢复 %2；原数据库保留为 %2.before-restore。</source>
        <translation>Restored %2 from %1; the previous database is kept as %2.before-restore.</translation>
    </message>
    <message>
        <source>日期 %1 晚于 %2（--as-of，默认今天），步骤只能在发生后登记。</source>
        <translation>The date %1 is after %2 (--as-of, today by default): a step is recorded only after it happened.</translation>
    </message>
    <message>
        <source>case correct 需要 --data JSON（要更正的案件信息，只写要改的键）。</source>
        <translation>case correct needs --data JSON (the case facts to correct; only the keys to change).</translation>
    </message>
    <message>
        <source>case correct 需要 --reason 理由（更正案件信息须写明理由）。</source>
        <translation>case correct needs --reason TEXT (a correction of case facts must give its reason).</translation>
    </message>
    <message>
        <source>数据库文件完好：%1 件案件、%2 个事件、%3 个账户、%4 条审计记录均可完整读取。</source>
        <translation>The database file is intact: %1 cases, %2 events, %3 accounts and %4 audit records read in full.</translation>
    </message>
    <message>
        <source>用法：casetrack-cli [--db PATH] [--user NAME] [--json] 命令 [参数...]

命令：
  init --admin NAME [--kdf standard|fast]   新建加密数据库（fast 仅供测试）
  case add --data JSON|-                    新建案件（案件事实，键名见 procedure.md）
  case show ID [--as-of DATE]               显示案件状态
  case list [--stage STAGE] [--overdue] [--as-of DATE]
  event add ID --step STEP --date DATE [--data JSON|-] [--as-of DATE]
  deadlines [--as-of DATE] [--within DAYS]  所有期限（--within：该天数内到期或已逾期的未完成期限）
  calendar import FILE                      导入 holiday-cn 格式的节假日安排
  audit verify                              核验审计记录（完整退出码 0，被改动 7）
  audit list [--kind access|change] [--since DATE]  列出审计记录（access：查看、打印、导出）
  audit export --out FILE [--kind ...] [--since DATE]  将审计记录导出为 JSON（本身也记入审计）
  check [--repair]                          检查数据库文件是否完好（完好 0，损坏 6）；--repair 从事件记录重建列表摘要
  backup --out FILE                         加密备份（连同密钥文件），写完后核验副本
  restore --from FILE                       核验备份后替换数据库（原库保留为 .before-restore）
  user add NAME --role ROLE | user list | user passwd | user reset NAME
  print KIND CASE_ID --out FILE.pdf|FILE.odt [--inputs JSON|-] [--purpose 用途] [--recipient 接收方]
      KIND：decision filing summary announcement notice-principal notice-proposal notice-suggestion
            notice-transfer notice-stationed notice-org-department notice-local-party-org
            notice-competent-party-group
  export cases|deadlines --format xlsx|csv|ics|pdf --out FILE [--purpose 用途] [--recipient 接收方]
      打印和导出都记入审计记录（用途和接收方，依据政务数据共享条例第二十五条、第二十九条）

密码：取自环境变量 CASETRACK_PASSWORD；否则在终端中不回显地询问；否则读取标准输入的第一行。
新密码（user add/passwd/reset）：CASETRACK_NEW_PASSWORD，或终端询问两次，或标准输入的下一行。
数据库默认位置：%1（可用 --db 或环境变量 CASETRACK_DB 指定）。
日期一律写成 YYYY-MM-DD。

退出码：0 成功，2 用法错误，3 密码或用户错误，4 程序规定不允许，5 输入无效，6 数据库不可用，7 审计记录被改动。
</source>
        <translation>Usage: casetrack-cli [--db PATH] [--user NAME] [--json] COMMAND [ARGUMENTS...]

Commands:
  init --admin NAME [--kdf standard|fast]   create an encrypted database (fast is for testing only)
  case add --data JSON|-                    create a case (case facts; see procedure.md for the keys)
  case show ID [--as-of DATE]               show the state of a case
  case list [--stage STAGE] [--overdue] [--as-of DATE]
  event add ID --step STEP --date DATE [--data JSON|-] [--as-of DATE]
  deadlines [--as-of DATE] [--within DAYS]  all deadlines (--within: open deadlines due within that many days, or already overdue)
  calendar import FILE                      import a holiday schedule in holiday-cn format
  audit verify                              verify the audit trail (exit code 0 if intact, 7 if altered)
  audit list [--kind access|change] [--since DATE]  list audit records (access: views, prints, exports)
  audit export --out FILE [--kind ...] [--since DATE]  export audit records as JSON (itself recorded)
  check [--repair]                          check that the database file is intact (0 intact, 6 damaged); --repair rebuilds the list summaries from the events
  backup --out FILE                         encrypted backup (with the key file), verified after writing
  restore --from FILE                       verify a backup, then replace the database (the old one is kept as .before-restore)
  user add NAME --role ROLE | user list | user passwd | user reset NAME
  print KIND CASE_ID --out FILE.pdf|FILE.odt [--inputs JSON|-] [--purpose PURPOSE] [--recipient RECIPIENT]
      KIND: decision filing summary announcement notice-principal notice-proposal notice-suggestion
            notice-transfer notice-stationed notice-org-department notice-local-party-org
            notice-competent-party-group
  export cases|deadlines --format xlsx|csv|ics|pdf --out FILE [--purpose PURPOSE] [--recipient RECIPIENT]
      Printing and exporting are both recorded in the audit trail (purpose and recipient, under Articles 25 and 29 of the Regulations on Government Data Sharing)

Password: taken from the environment variable CASETRACK_PASSWORD; otherwise asked for on the terminal without echo; otherwise read from the first line of standard input.
New password (user add/passwd/reset): CASETRACK_NEW_PASSWORD, or asked for twice on the terminal, or the next line of standard input.
Default database location: %1 (set another with --db or the environment variable CASETRACK_DB).
Always write dates as YYYY-MM-DD.

Exit codes: 0 success, 2 usage error, 3 wrong password or user, 4 not allowed by the procedure rules, 5 invalid input, 6 database unavailable, 7 audit trail altered.
</translation>
    </message>
    <message>
        <source>
密钥：
  rekey                                     重新加密数据库（管理员）：新的数据库密钥和恢复密钥，
                                            旧的密钥文件和恢复密钥随即失效
  user deactivate NAME [--no-rekey]         停用账户，并重新加密（除非 --no-rekey）
</source>
        <translation>
Keys:
  rekey                                     re-encrypt the database (administrators): a new database key and recovery key;
                                            the old key file and recovery key stop working
  user deactivate NAME [--no-rekey]         deactivate an account and re-encrypt (unless --no-rekey)
</translation>
    </message>
    <message>
        <source>
更正案件信息：
  case correct ID --data JSON|- --reason 理由 [--as-of DATE]
                                            只改给出的键；按更正后的信息重新检验历史记录，会使已记录的步骤不符合程序的，拒绝并列出这些步骤（退出码 4）
</source>
        <translation>
Correcting case facts:
  case correct ID --data JSON|- --reason REASON [--as-of DATE]
                                            changes only the keys given; replays the history under the corrected facts and, when a recorded step would no longer follow the procedure, refuses and lists those steps (exit code 4)
</translation>
    </message>
    <message>
        <source>警告：此数据库使用仅供测试的 fast 密钥派生创建，密码保护很弱，不得存放真实案件。</source>
        <translation>Warning: this database was created with the test-only fast key derivation; its password protection is weak. Do not keep real cases in it.</translation>
    </message>
    <message>
        <source>print 需要 --out FILE.pdf、FILE.odt 或 FILE.docx。</source>
        <translation>print needs --out FILE.pdf, FILE.odt or FILE.docx.</translation>
    </message>
    <message>
        <source>输出文件须以 .pdf、.odt 或 .docx 结尾：%1。</source>
        <translation>The output file must end in .pdf, .odt or .docx: %1.</translation>
    </message>
    <message>
        <source>数据库已重新加密（%1 秒）。旧的密钥文件、旧的恢复密钥和已停用账户的密码从此都打不开它。
新的恢复密钥（只显示这一次，请抄写或打印后妥善保管，并销毁旧的恢复单）：
  %2
</source>
        <translation>The database was re-encrypted (%1 s). The old key file, the old recovery key and the passwords of deactivated accounts no longer open it.
New recovery key (shown only this once; copy or print it, keep it safe, and destroy the old recovery sheet):
  %2
</translation>
    </message>
    <message>
        <source>已移除这些账户的密钥槽：%1（如需恢复使用，请为其重置密码）。
</source>
        <translation>Removed the key slots of these accounts: %1 (reset their passwords to let them in again).
</translation>
    </message>
    <message>
        <source>已停用账户 %1。
</source>
        <translation>Account %1 deactivated.
</translation>
    </message>
    <message>
        <source>未重新加密：该账户曾经得到的数据库密钥仍能解密文件，请尽快运行 casetrack-cli rekey。</source>
        <translation>Not re-encrypted: the database key this account once had still decrypts the file. Run casetrack-cli rekey soon.</translation>
    </message>
    <message>
        <source>%1  %2  %3%4%5</source>
        <translation>%1  %2  %3%4%5</translation>
    </message>
    <message>
        <source>（发文字号 %1〔年〕N号）</source>
        <translation> (document numbers %1〔year〕No. N)</translation>
    </message>
    <message>
        <source>  默认</source>
        <translation>  default</translation>
    </message>
    <message>
        <source>org add 需要 --data JSON，如 {&quot;kind&quot;: &quot;party_group&quot;, &quot;name&quot;: &quot;中共某某市财政局党组&quot;}。</source>
        <translation>org add needs --data JSON, e.g. {&quot;kind&quot;: &quot;party_group&quot;, &quot;name&quot;: &quot;CPC Party Group of the Municipal Finance Bureau&quot;}.</translation>
    </message>
    <message>
        <source>（尚未登记机构）</source>
        <translation>(no organization registered yet)</translation>
    </message>
    <message>
        <source>数据库的结构被改动（文件本身完好）：%1</source>
        <translation>The database&apos;s structure was altered (the file itself is intact): %1</translation>
    </message>
    <message>
        <source>%1 件案件的列表摘要与其事件记录不符（%2）。请关闭桌面程序后运行 casetrack-cli check --repair，从事件记录重建摘要。</source>
        <translation>The list summaries of %1 cases do not match their events (%2). Close the desktop application, then run casetrack-cli check --repair to rebuild the summaries from the events.</translation>
    </message>
    <message>
        <source>已从事件记录重建 %1 件案件的列表摘要。</source>
        <translation>Rebuilt the list summaries of %1 cases from their events.</translation>
    </message>
    <message>
        <source>
案件材料（每份不超过 50 MiB，加密存于数据库内）：
  case material add CASE_ID --file FILE --type TYPE --date DATE [--description 说明]
      TYPE：decision review_report meeting_minutes investigation statement notification
            filing other
  case material list CASE_ID [--all]         列出材料（--all 含已移除的）
  case material export ID --out FILE --purpose 用途 --recipient 接收方
  case material remove ID --reason 理由      记录移除（案件承办人员、管理员）
</source>
        <translation>
Case materials (at most 50 MiB each, encrypted inside the database):
  case material add CASE_ID --file FILE --type TYPE --date DATE [--description TEXT]
      TYPE: decision review_report meeting_minutes investigation statement notification
            filing other
  case material list CASE_ID [--all]         lists the materials (--all: removed ones too)
  case material export ID --out FILE --purpose PURPOSE --recipient RECIPIENT
  case material remove ID --reason REASON    records a removal (case officers, administrators)
</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5 字节  %6%7</source>
        <translation>%1  %2  %3  %4  %5 bytes  %6%7</translation>
    </message>
    <message>
        <source>  （已移除：%1）</source>
        <translation>  (removed: %1)</translation>
    </message>
    <message>
        <source>材料编号 %1 无效：应为正整数。请用 case material list 查看。</source>
        <translation>Material number %1 is not valid: it is a positive whole number. See case material list.</translation>
    </message>
    <message>
        <source>case material add 需要 --file FILE --type TYPE --date YYYY-MM-DD（类型：%1）。</source>
        <translation>case material add needs --file FILE --type TYPE --date YYYY-MM-DD (types: %1).</translation>
    </message>
    <message>
        <source>日期 %1 无效：请写成 YYYY-MM-DD。</source>
        <translation>Date %1 is not valid: write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>无法读取文件 %1。请检查路径和权限。</source>
        <translation>Cannot read the file %1. Check the path and the permissions.</translation>
    </message>
    <message>
        <source>文件 %1 有 %2 字节（约 %3 MiB），超过每份材料 %4 MiB（%5 字节）的上限，没有添加。请压缩、降低扫描分辨率或拆分后再添加。</source>
        <translation>File %1 has %2 bytes (about %3 MiB), above the limit of %4 MiB (%5 bytes) per material, and was not attached. Compress it, scan at a lower resolution or split it, then attach it again.</translation>
    </message>
    <message>
        <source>（案件 %1 没有材料）</source>
        <translation>(case %1 has no materials)</translation>
    </message>
    <message>
        <source>case material export 需要 --out FILE --purpose 用途 --recipient 接收方（记入审计记录）。</source>
        <translation>case material export needs --out FILE --purpose PURPOSE --recipient RECIPIENT (recorded in the audit trail).</translation>
    </message>
    <message>
        <source>已导出案件材料 %1 到 %2。</source>
        <translation>Exported case material %1 to %2.</translation>
    </message>
    <message>
        <source>case material remove 需要 --reason 理由（记入审计记录）。</source>
        <translation>case material remove needs --reason REASON (recorded in the audit trail).</translation>
    </message>
    <message>
        <source>case material 后应为 add、list、export 或 remove。</source>
        <translation>case material is followed by add, list, export or remove.</translation>
    </message>
    <message>
        <source>没有文书 %1。可用：%2。</source>
        <translation>There is no document %1. Available: %2.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>文件 %1 已存在，不能覆盖。请另选一个文件名。</source>
        <translation>File %1 already exists and cannot be overwritten. Please choose another file name.</translation>
    </message>
    <message>
        <source>找不到数据库文件 %1。请检查路径，或新建数据库。</source>
        <translation>Database file %1 not found. Check the path, or create a new database.</translation>
    </message>
    <message>
        <source>无法打开数据库文件 %1：%2</source>
        <translation>Could not open database file %1: %2</translation>
    </message>
    <message>
        <source>SQLCipher 拒绝了密钥。</source>
        <translation>SQLCipher rejected the key.</translation>
    </message>
    <message>
        <source>%1 不是 CaseTrack 数据库，或文件已损坏（%2）。请选择正确的文件，或从备份恢复。</source>
        <translation>%1 is not a CaseTrack database, or the file is damaged (%2). Choose the right file, or restore from a backup.</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>未知用户</source>
        <translation>unknown user</translation>
    </message>
    <message>
        <source>%1（程序 %2，计算机 %3，进程 %4）</source>
        <translation>%1 (program %2, computer %3, process %4)</translation>
    </message>
    <message>
        <source>数据库 %1 正被 %2 使用。请等对方关闭或锁定后再试；只读查询不受影响。</source>
        <translation>The database %1 is in use by %2. Try again once they close or lock it; read-only queries are not affected.</translation>
    </message>
    <message>
        <source>无法创建锁文件 %1：%2。请检查文件夹的写入权限。</source>
        <translation>Cannot create the lock file %1: %2. Check that the folder is writable.</translation>
    </message>
    <message>
        <source>另一个程序</source>
        <translation>another program</translation>
    </message>
</context>
<context>
    <name>DeadlineCounter</name>
    <message>
        <source>%1，%2</source>
        <extracomment>Joins two clauses of one deadline explanation.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1。%2</source>
        <extracomment>Joins two sentences of one deadline explanation.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>自%1起算%2个月</source>
        <translation>%2 month(s) counted from %1</translation>
    </message>
    <message>
        <source>自%1起算%2个工作日</source>
        <translation>%2 working day(s) counted from %1</translation>
    </message>
    <message>
        <source>自%1起算%2日</source>
        <translation>%2 day(s) counted from %1</translation>
    </message>
    <message>
        <source>期满日%1为法定节假日（%2），顺延至%3</source>
        <translation>the expiry date %1 is a statutory holiday (%2), so it is extended to %3</translation>
    </message>
    <message>
        <source>期满日%1为星期六（休息日），顺延至%2</source>
        <translation>the expiry date %1 is a Saturday (rest day), so it is extended to %2</translation>
    </message>
    <message>
        <source>期满日%1为星期日（休息日），顺延至%2</source>
        <translation>the expiry date %1 is a Sunday (rest day), so it is extended to %2</translation>
    </message>
    <message>
        <source>期满日%1为星期六，但为调休上班日，不顺延</source>
        <translation>the expiry date %1 is a Saturday but an adjusted working day, so it is not extended</translation>
    </message>
    <message>
        <source>期满日%1为星期日，但为调休上班日，不顺延</source>
        <translation>the expiry date %1 is a Sunday but an adjusted working day, so it is not extended</translation>
    </message>
    <message>
        <source>期满日为%1</source>
        <translation>the expiry date is %1</translation>
    </message>
    <message>
        <source>%1、%2</source>
        <extracomment>Joins years in a list, e.g. 2027、2028.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1年节假日安排尚未导入，期限按周末计算，请导入该年日历后复核</source>
        <translation>The holiday schedule for %1 has not been imported, so the deadline was calculated with weekends only; import the calendar for that year and check again</translation>
    </message>
    <message>
        <source>起算日期无效，无法计算期限</source>
        <translation>The start date is invalid, so the deadline cannot be calculated</translation>
    </message>
    <message>
        <source>期限数值%1无效，应为零或正整数</source>
        <translation>The period %1 is invalid; it must be zero or a positive integer</translation>
    </message>
    <message>
        <source>%1年%2月没有%3日，以该月最后一日为期满日</source>
        <translation>month %2 of %1 has no day %3, so the last day of that month is the expiry date</translation>
    </message>
    <message>
        <source>严格计算模式：不因节假日顺延，期满日为%1</source>
        <translation>strict counting: no extension for holidays, the expiry date is %1</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>宣布党纪处分决定</source>
        <translation>Announce the Party disciplinary sanction decision</translation>
    </message>
    <message>
        <source>报派出机构备案</source>
        <translation>File the record with the dispatched body</translation>
    </message>
    <message>
        <source>一年半内不得提拔</source>
        <translation>No promotion for one and a half years</translation>
    </message>
    <message>
        <source>一年内不得提拔</source>
        <translation>No promotion for one year</translation>
    </message>
    <message>
        <source>二年内不得担任与原任职务相当或者高于原任职务的职务</source>
        <translation>No post equal to or higher than the former post for two years</translation>
    </message>
    <message>
        <source>留党察看期二年</source>
        <translation>Two-year probation period within the Party</translation>
    </message>
    <message>
        <source>留党察看期一年</source>
        <translation>One-year probation period within the Party</translation>
    </message>
    <message>
        <source>五年内不得重新入党</source>
        <translation>May not rejoin the Party for five years</translation>
    </message>
    <message>
        <source>报告处分决定执行情况</source>
        <translation>Report on the execution of the sanction</translation>
    </message>
    <message>
        <source>办理职务、工资等待遇变更手续</source>
        <translation>Personnel changes (post, salary and other treatment)</translation>
    </message>
    <message>
        <source>经批准延长至 %1（第%2项）</source>
        <translation>extended with approval to %1 (item %2)</translation>
    </message>
    <message>
        <source>留党察看期满处理</source>
        <translation>End of probation within the Party</translation>
    </message>
</context>
<context>
    <name>DesktopCommandLine</name>
    <message>
        <source>用法：casetrack [选项]

CaseTrack 桌面程序：打开上次使用的数据库；首次运行时打开设置向导。

选项：
  -h, --help     显示本帮助并退出
  --version      显示版本并退出
  另可使用 Qt 的通用选项，例如 -platform 名称、-style 名称。

环境变量：
  CASETRACK_DB   尚未记住数据库位置时打开的数据库文件（默认 %1）

命令行程序见 casetrack-cli --help。
</source>
        <translation>Usage: casetrack [options]

The CaseTrack desktop: opens the database used last; the first run opens the set-up wizard.

Options:
  -h, --help     show this help and exit
  --version      show the version and exit
  Qt&apos;s common options work too, e.g. -platform NAME, -style NAME.

Environment:
  CASETRACK_DB   the database file to open while none is remembered (default %1)

For the command line see casetrack-cli --help.
</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>按期完成</source>
        <translation>Completed on time</translation>
    </message>
    <message>
        <source>逾期完成</source>
        <translation>Completed late</translation>
    </message>
    <message numerus="yes">
        <source>还剩 %n 天</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <source>已超期 %n 天</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentNumbers</name>
    <message>
        <source>发文序号 %1 在 %2 年已用于案件 %3 的文书（%4）。请换一个序号，或留空由本机构的年度编号自动取号。</source>
        <translation>Sequence number %1 of %2 is already used by a document of case %3 (%4). Choose another number, or leave it empty to take the next number of the organ&apos;s yearly sequence.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>无法创建文件 %1：%2</source>
        <translation>Could not create file %1: %2</translation>
    </message>
    <message>
        <source>无法写入文件 %1：%2</source>
        <translation>Could not write file %1: %2</translation>
    </message>
    <message>
        <source>党纪处分决定</source>
        <translation>Party disciplinary sanction decision</translation>
    </message>
    <message>
        <source>党纪处分备案表</source>
        <translation>Party disciplinary sanction record-filing form</translation>
    </message>
    <message>
        <source>党纪处分决定宣布记录</source>
        <translation>Record of the announcement of the Party disciplinary sanction decision</translation>
    </message>
    <message>
        <source>案件摘要</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <source>立案审查调查情况通报</source>
        <translation>Notice of case filing and investigation</translation>
    </message>
    <message>
        <source>党纪处分建议通报（提出建议）</source>
        <translation>Notice of the Party disciplinary sanction suggestion (proposal made)</translation>
    </message>
    <message>
        <source>党纪处分建议通报（提请党组讨论决定）</source>
        <translation>Notice of the Party disciplinary sanction suggestion (submitted to the Party group for discussion and decision)</translation>
    </message>
    <message>
        <source>移送审理函</source>
        <translation>Letter transferring the case for review</translation>
    </message>
    <message>
        <source>党纪处分决定通报派驻机构</source>
        <translation>Notice of the Party disciplinary sanction decision to the stationed body</translation>
    </message>
    <message>
        <source>党纪处分决定通报组织部门</source>
        <translation>Notice of the Party disciplinary sanction decision to the organization department</translation>
    </message>
    <message>
        <source>处理结果通报地方党组织</source>
        <translation>Notice of the outcome to the local Party organization</translation>
    </message>
    <message>
        <source>处理结果通报主管部门党组</source>
        <translation>Notice of the outcome to the Party group of the competent department</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Body text</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>一级标题</source>
        <translation>Level 1 heading</translation>
    </message>
    <message>
        <source>二级标题</source>
        <translation>Level 2 heading</translation>
    </message>
    <message>
        <source>页码</source>
        <translation>Page number</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1：%2 未安装，以 %3 代替</source>
        <translation>%1: %2 is not installed; %3 is used instead</translation>
    </message>
    <message>
        <source>党纪处分程序期限</source>
        <translation>Party disciplinary procedure deadlines</translation>
    </message>
    <message>
        <source>案件%1 %2：%3期限%4</source>
        <translation>Case %1 %2: deadline for %3%4</translation>
    </message>
    <message>
        <source>起算日：%1；届满日：%2；状态：%3</source>
        <translation>Start date: %1; due date: %2; status: %3</translation>
    </message>
    <message>
        <source>抄送：</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>%1印发</source>
        <translation>Issued by %1</translation>
    </message>
    <message>
        <source>无法生成 PDF 文件。</source>
        <translation>Could not generate the PDF file.</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <source>应到%1人，实到%2人，同意%3人</source>
        <translation>%1 members entitled to attend, %2 present, %3 in favour</translation>
    </message>
    <message>
        <source>%1生</source>
        <translation>born %1</translation>
    </message>
    <message>
        <source>%1加入中国共产党</source>
        <translation>joined the Communist Party of China in %1</translation>
    </message>
    <message>
        <source>现任%1%2</source>
        <translation>currently %1 %2</translation>
    </message>
    <message>
        <source>经%1%2会议集体讨论决定</source>
        <translation>Upon collective discussion and decision at the meeting of %1 on %2</translation>
    </message>
    <message>
        <source>经%1审查批准</source>
        <translation>Upon examination and approval by %1</translation>
    </message>
    <message>
        <source>经%1审议批准</source>
        <translation>Upon deliberation and approval by %1</translation>
    </message>
    <message>
        <source>经%1研究决定</source>
        <translation>Upon deliberation and decision by %1</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>按期完成</source>
        <translation>Completed on time</translation>
    </message>
    <message>
        <source>逾期完成</source>
        <translation>Completed late</translation>
    </message>
    <message>
        <source>留党察看一年</source>
        <translation>Probation within the Party for one year</translation>
    </message>
    <message>
        <source>留党察看二年</source>
        <translation>Probation within the Party for two years</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>未结案</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>经%1审理（审理报告于%2正式反馈），</source>
        <translation>After review by %1 (review report formally returned on %2), </translation>
    </message>
    <message>
        <source>并已与%1有关部门沟通形成一致意见，</source>
        <translation>and after agreement was reached with the relevant departments of %1, </translation>
    </message>
    <message>
        <source>按照驻在单位党的工作领导关系，本案将移送%1审理。</source>
        <translation>In accordance with the Party work leadership relationship of the host unit, this case will be transferred to %1 for review.</translation>
    </message>
    <message>
        <source>%1，决定给予%2同志%3处分，自%4起生效。</source>
        <translation>%1, it was decided to impose the sanction of %3 on Comrade %2, effective from %4.</translation>
    </message>
    <message>
        <source>尚未作出党纪处分决定。</source>
        <translation>No Party disciplinary sanction decision has been made yet.</translation>
    </message>
    <message>
        <source>本单位规定</source>
        <translation>Rules of this unit</translation>
    </message>
    <message>
        <source>文书信息中没有字段 %1。可用字段：%2。</source>
        <translation>The document details have no field %1. Available fields: %2.</translation>
    </message>
    <message>
        <source>文书信息中的日期须写成 YYYY-MM-DD。</source>
        <translation>Dates in the document details must be written as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>中共某某部党组</source>
        <translation>Party Group of the CPC XX Ministry</translation>
    </message>
    <message>
        <source>某某部</source>
        <translation>XX Ministry</translation>
    </message>
    <message>
        <source>中央纪委国家监委驻某某部纪检监察组</source>
        <translation>Discipline Inspection and Supervision Team of the CCDI and NSC stationed at the XX Ministry</translation>
    </message>
    <message>
        <source>中央和国家机关纪检监察工委</source>
        <translation>Discipline Inspection and Supervision Work Committee for Central and State Organs</translation>
    </message>
    <message>
        <source>中央纪委国家监委</source>
        <translation>Central Commission for Discipline Inspection and National Supervisory Commission</translation>
    </message>
    <message>
        <source>中共某某部机关纪委</source>
        <translation>Discipline Commission of the CPC XX Ministry Organ</translation>
    </message>
    <message>
        <source>中共某某部机关委员会</source>
        <translation>CPC Committee of the XX Ministry Organ</translation>
    </message>
    <message>
        <source>中共某某市纪委</source>
        <translation>CPC XX Municipal Commission for Discipline Inspection</translation>
    </message>
    <message>
        <source>中共某某市委</source>
        <translation>CPC XX Municipal Committee</translation>
    </message>
    <message>
        <source>中央组织部</source>
        <translation>Central Organization Department</translation>
    </message>
    <message>
        <source>中共某某部党组办公室</source>
        <translation>Office of the Party Group of the CPC XX Ministry</translation>
    </message>
    <message>
        <source>某党组〔{year}〕{seq}号</source>
        <translation>XX Party Group [{year}] No. {seq}</translation>
    </message>
    <message>
        <source>文书设置 signatures 应为对象。</source>
        <translation>Document setting signatures must be an object.</translation>
    </message>
    <message>
        <source>文书设置 signatures.%1 应为文本。</source>
        <translation>Document setting signatures.%1 must be text.</translation>
    </message>
    <message>
        <source>文书设置 %1 应为文本。</source>
        <translation>Document setting %1 must be text.</translation>
    </message>
    <message>
        <source>未知的文书设置项：%1</source>
        <translation>Unknown document setting: %1</translation>
    </message>
    <message>
        <source>文书模板第 %1 行：%2</source>
        <translation>Document template, line %1: %2</translation>
    </message>
    <message>
        <source>无法读取文书模板 %1：%2</source>
        <translation>Could not read document template %1: %2</translation>
    </message>
    <message>
        <source>表格中只能有“|”行、@rows 和 @end</source>
        <translation>A table may contain only “|” lines, @rows and @end</translation>
    </message>
    <message>
        <source>未知的占位符 %1</source>
        <translation>Unknown placeholder %1</translation>
    </message>
    <message>
        <source>列宽应为正整数：%1</source>
        <translation>Column widths must be positive integers: %1</translation>
    </message>
    <message>
        <source>@table 需要列宽，如 @table 2,3</source>
        <translation>@table needs column widths, e.g. @table 2,3</translation>
    </message>
    <message>
        <source>未知的列表 %1</source>
        <translation>Unknown list %1</translation>
    </message>
    <message>
        <source>未知的指令 %1</source>
        <translation>Unknown directive %1</translation>
    </message>
    <message>
        <source>表格缺少 @end</source>
        <translation>The table is missing @end</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>被审查调查人</source>
        <translation>Person under investigation</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>适用程序</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>当前阶段</source>
        <translation>Current stage</translation>
    </message>
    <message>
        <source>是否结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>立案日期</source>
        <translation>Filing date</translation>
    </message>
    <message>
        <source>处分种类</source>
        <translation>Sanction</translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>最近期限</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>最近届满日</source>
        <translation>Next due date</translation>
    </message>
    <message>
        <source>逾期数</source>
        <translation>Overdue deadlines</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>起算日</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>届满日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>名义届满日</source>
        <translation>Nominal due date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>案件清单</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>案件清单不能导出为日历（ICS）；请导出期限清单。</source>
        <translation>The case list cannot be exported as a calendar (ICS); export the deadline list instead.</translation>
    </message>
    <message>
        <source>期限清单</source>
        <translation>Deadline list</translation>
    </message>
    <message>
        <source>无法写入文件 %1</source>
        <translation>Could not write file %1</translation>
    </message>
    <message>
        <source>案件尚未立案，不能制作立案通报。</source>
        <translation>The case has not been filed yet, so the filing notice cannot be made.</translation>
    </message>
    <message>
        <source>尚未提出党纪处分建议。</source>
        <translation>No sanction proposal has been made yet.</translation>
    </message>
    <message>
        <source>案件尚未作出生效的党纪处分决定。</source>
        <translation>No disciplinary sanction decision has taken effect in this case yet.</translation>
    </message>
    <message>
        <source>经%1审议批准，并经%2%3会议审议批准</source>
        <translation>approved by %1 after deliberation, and approved by the meeting of %2 on %3</translation>
    </message>
    <message>
        <source>对处分所依据的事实材料无异议</source>
        <translation>No objection to the facts the sanction rests on</translation>
    </message>
    <message>
        <source>对处分所依据的事实材料有异议</source>
        <translation>Objects to the facts the sanction rests on</translation>
    </message>
    <message>
        <source>本案不是派驻机构立案，第五条规定的向党组主要负责人通报立案不适用。</source>
        <translation>The stationed body did not open this case: the Article 5 notice of the filing to the Party group&apos;s principal leader does not apply.</translation>
    </message>
    <message>
        <source>本案不需移送审理，第六条规定的处分建议通报党组不适用。</source>
        <translation>This case is not transferred for review: the Article 6 notice of the proposal to the Party group does not apply.</translation>
    </message>
    <message>
        <source>本案不需移送派出机构审理（第六条）。</source>
        <translation>This case is not transferred to the dispatched body for review (Article 6).</translation>
    </message>
    <message>
        <source>派出机关已批准本案不移送审理（第六条第二款），不能制作移送审理函。</source>
        <translation>The dispatching organ approved not transferring this case (Article 6(2)); no transfer letter can be made.</translation>
    </message>
    <message>
        <source>处分建议尚未通报党组，还不能移送审理（第六条）。</source>
        <translation>The proposal has not been reported to the Party group yet; the case cannot be transferred for review yet (Article 6).</translation>
    </message>
    <message>
        <source>本案不由党组讨论决定，第八条规定的处分建议通报驻在单位党组不适用。</source>
        <translation>The Party group does not decide this case: the Article 8 suggestion to the Party group does not apply.</translation>
    </message>
    <message>
        <source>派出机构尚未反馈审理报告（第七条、第八条）。</source>
        <translation>The dispatched body has not returned its review report yet (Articles 7 and 8).</translation>
    </message>
    <message>
        <source>尚未记录听取本人陈述和申辩（党章第四十三条）。</source>
        <translation>The hearing of the member&apos;s statement and defence has not been recorded yet (Party Constitution, Article 43).</translation>
    </message>
    <message>
        <source>地方纪委作出的处分决定不报派出机构备案（第十一条、第十二条）。</source>
        <translation>A decision of the local commission is not record-filed with the dispatched body (Articles 11 and 12).</translation>
    </message>
    <message>
        <source>只有党组决定的处分和经党组会议批准的开除党籍须报备案（第十一条）。</source>
        <translation>Only Party-group decisions and expulsions approved by the Party group meeting are record-filed (Article 11).</translation>
    </message>
    <message>
        <source>本案不由党组决定，第十条规定的正式通报派驻机构不适用。</source>
        <translation>The Party group does not decide this case: the Article 10 formal notice to the stationed body does not apply.</translation>
    </message>
    <message>
        <source>被处分人不是向党中央或本级地方党委备案的党员干部，第十一条第三款不适用。</source>
        <translation>The member is not a cadre filed with the Party Centre or the local Party committee: Article 11(3) does not apply.</translation>
    </message>
    <message>
        <source>本案不是党组决定、党的组织关系在地方的案件，第十二条第一款的通报不适用。</source>
        <translation>This is not a Party-group decision on a member whose Party relation is local: the Article 12(1) notice does not apply.</translation>
    </message>
    <message>
        <source>本案不是地方纪委作出决定的案件，第十二条规定的通报主管部门党组不适用。</source>
        <translation>The local commission did not decide this case: the Article 12 notice to the competent Party group does not apply.</translation>
    </message>
    <message>
        <source>处分依据应写明所依据的条款，如《中国共产党纪律处分条例》第一百零一条；现为：%1。</source>
        <translation>The basis must name the articles relied on, e.g. Article 101 of the CPC Disciplinary Regulations; it reads: %1.</translation>
    </message>
    <message>
        <source>%1须写明违纪事实和处分依据，不能空白印发。请填写：%2。</source>
        <translation>%1 must state the violations found and the basis; it is never issued blank. Please fill in: %2.</translation>
    </message>
    <message>
        <source>被处分人向本级地方党委备案，通报应送本级党委组织部门：请在文书设置中填写其名称（org_department）。</source>
        <translation>The member is filed with the local Party committee, so the notice goes to its organization department: enter its name in the document settings (org_department).</translation>
    </message>
    <message>
        <source>听取本人陈述和申辩记录</source>
        <translation>Record of hearing the member&apos;s statement and defence</translation>
    </message>
    <message>
        <source>处分决定送达回执</source>
        <translation>Service receipt of the disciplinary decision</translation>
    </message>
    <message>
        <source>党纪处分备案材料清单</source>
        <translation>Checklist of the record-filing materials</translation>
    </message>
    <message>
        <source>党组</source>
        <translation>Party group</translation>
    </message>
    <message>
        <source>派驻机构</source>
        <translation>Stationed body</translation>
    </message>
    <message>
        <source>派出机构</source>
        <translation>Dispatched body</translation>
    </message>
    <message>
        <source>派出机关</source>
        <translation>Dispatching organ</translation>
    </message>
    <message>
        <source>基层纪委</source>
        <translation>Grassroots discipline commission</translation>
    </message>
    <message>
        <source>基层党委</source>
        <translation>Grassroots Party committee</translation>
    </message>
    <message>
        <source>地方纪委</source>
        <translation>Local discipline commission</translation>
    </message>
    <message>
        <source>本级党委组织部门</source>
        <translation>organization department of the local Party committee</translation>
    </message>
    <message>
        <source>地方党组织</source>
        <translation>Local Party organization</translation>
    </message>
    <message>
        <source>案件的 bodies.%1 指向 %2，但没有这个%3机构。请先登记（org add），或更正案件事实。</source>
        <translation>The case&apos;s bodies.%1 names %2, but no such %3 is registered. Register it first (org add) or correct the case facts.</translation>
    </message>
    <message>
        <source>文件</source>
        <translation> Document</translation>
    </message>
    <message>
        <source>%1的发文字号前缀（doc_prefix）</source>
        <translation>the document-number prefix of %1 (doc_prefix)</translation>
    </message>
    <message>
        <source>%1不能以占位机构印发。请先登记：%2（casetrack-cli org add --data &apos;{&quot;kind&quot;: &quot;…&quot;, &quot;name&quot;: &quot;…&quot;, &quot;doc_prefix&quot;: &quot;…&quot;}&apos;，或在文书设置中填写）。</source>
        <translation>%1 cannot be issued by placeholder organs. Register first: %2 (casetrack-cli org add --data &apos;{&quot;kind&quot;: &quot;…&quot;, &quot;name&quot;: &quot;…&quot;, &quot;doc_prefix&quot;: &quot;…&quot;}&apos;, or fill them in the document settings).</translation>
    </message>
    <message>
        <source>同志</source>
        <translation>Comrade</translation>
    </message>
    <message>
        <source>附件：</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <source>案件%1：%2期限%3</source>
        <translation>Case %1: deadline %2%3</translation>
    </message>
    <message>
        <source>违纪事实</source>
        <translation>the violations found</translation>
    </message>
    <message>
        <source>处分依据（如《中国共产党纪律处分条例》第一百零一条）</source>
        <translation>the basis (e.g. Article 101 of the CPC Disciplinary Regulations)</translation>
    </message>
    <message>
        <source>备案材料清单须列出材料：请在备案步骤中记录备案材料，或在文书信息中填写。</source>
        <translation>The checklist must list the materials: record them with the record-filing step, or enter them in the document inputs.</translation>
    </message>
    <message>
        <source>党组与派驻机构对处分建议没有不同意见，第八条规定的报请派出机关研究决定不适用。</source>
        <translation>The Party group has not disagreed with the stationed body&apos;s suggestion; the escalation to the dispatching organ under Article 8 does not apply.</translation>
    </message>
    <message>
        <source>尚未记录报请派出机关研究决定（第八条）。</source>
        <translation>The escalation to the dispatching organ (Article 8) has not been recorded yet.</translation>
    </message>
    <message>
        <source>被处分人不是同时担任地方党委委员、候补委员或者地方纪委委员的党组管理干部，第十二条第二款规定的征求主管部门党组意见不适用。</source>
        <translation>The member is not a cadre managed by a Party group who also sits on a local Party committee or local discipline commission; consulting the competent Party group under Article 12(2) does not apply.</translation>
    </message>
    <message>
        <source>尚未记录征求主管部门党组意见（第十二条第二款）。</source>
        <translation>Consulting the competent Party group (Article 12(2)) has not been recorded yet.</translation>
    </message>
    <message>
        <source>本案未给予党纪处分，没有需要报告的执行情况。</source>
        <translation>No Party sanction was imposed in this case; there is no execution to report.</translation>
    </message>
    <message>
        <source>处分决定尚未宣布，还不能报告执行情况。</source>
        <translation>The decision has not been announced yet; its execution cannot be reported.</translation>
    </message>
    <message>
        <source>本案没有留党察看处分，条例第十二条的期满处理不适用。</source>
        <translation>This case has no probation within the Party; the end-of-probation handling under Article 12 of the Regulations does not apply.</translation>
    </message>
    <message>
        <source>尚未记录留党察看期满处理。</source>
        <translation>The end of probation has not been recorded yet.</translation>
    </message>
    <message>
        <source>受处分党员没有提出申诉。</source>
        <translation>The sanctioned member has not filed an appeal.</translation>
    </message>
    <message>
        <source>申诉尚未作出处理决定。</source>
        <translation>The appeal has not been decided yet.</translation>
    </message>
    <message>
        <source>报请派出机关研究决定的请示</source>
        <translation>Request to the dispatching organ for a ruling</translation>
    </message>
    <message>
        <source>征求主管部门党组意见函</source>
        <translation>Letter consulting the competent Party group</translation>
    </message>
    <message>
        <source>处分决定执行情况报告</source>
        <translation>Report on the execution of the decision</translation>
    </message>
    <message>
        <source>留党察看期满处理决定</source>
        <translation>Decision at the end of probation</translation>
    </message>
    <message>
        <source>申诉处理决定</source>
        <translation>Decision on the appeal</translation>
    </message>
    <message>
        <source>经机关纪委</source>
        <translation>through the organ&apos;s discipline commission</translation>
    </message>
    <message>
        <source>经%1</source>
        <translation>through %1</translation>
    </message>
    <message>
        <source>处分决定材料已于%1归入%2同志档案。</source>
        <translation>The decision papers were placed in comrade %2&apos;s personnel file on %1.</translation>
    </message>
    <message>
        <source>处分决定材料尚未归入本人档案。</source>
        <translation>The decision papers have not yet been placed in the member&apos;s personnel file.</translation>
    </message>
    <message>
        <source>职务、工资、工作及其他有关待遇变更手续已于%1办理完毕。</source>
        <translation>The changes of post, salary, work and other entitlements were completed on %1.</translation>
    </message>
    <message>
        <source>职务、工资、工作及其他有关待遇变更手续尚未办理完毕。</source>
        <translation>The changes of post, salary, work and other entitlements have not been completed yet.</translation>
    </message>
    <message>
        <source>本处分不涉及职务、工资等待遇变更。</source>
        <translation>This sanction involves no change of post, salary or other entitlements.</translation>
    </message>
    <message>
        <source>关于恢复%1同志党员权利的决定</source>
        <translation>Decision restoring comrade %1&apos;s rights as a Party member</translation>
    </message>
    <message>
        <source>留党察看期满，经%1研究，决定恢复%2同志党员权利。</source>
        <translation>The probation period has ended; after deliberation, %1 decided to restore comrade %2&apos;s rights as a Party member.</translation>
    </message>
    <message>
        <source>关于延长%1同志留党察看期限的决定</source>
        <translation>Decision extending comrade %1&apos;s probation</translation>
    </message>
    <message>
        <source>留党察看期满，经%1研究，决定延长%2同志留党察看期限一年。</source>
        <translation>The probation period has ended; after deliberation, %1 decided to extend comrade %2&apos;s probation by one year.</translation>
    </message>
    <message>
        <source>关于开除%1党籍的决定</source>
        <translation>Decision expelling %1 from the Party</translation>
    </message>
    <message>
        <source>经%1研究，决定开除%2党籍。</source>
        <translation>After deliberation, %1 decided to expel %2 from the Party.</translation>
    </message>
    <message>
        <source>决定维持原处分决定。</source>
        <translation>The original decision is upheld.</translation>
    </message>
    <message>
        <source>决定将原%1处分变更为%2处分，自%3起生效。</source>
        <translation>The original sanction of %1 is changed to %2, effective %3.</translation>
    </message>
    <message>
        <source>决定撤销原%1处分，自%2起生效。</source>
        <translation>The original sanction of %1 is revoked, effective %2.</translation>
    </message>
</context>
<context>
    <name>EngineSettings</name>
    <message>
        <source>未知设置项 %1。</source>
        <translation>Unknown setting %1.</translation>
    </message>
    <message>
        <source>设置项 %1 应为对象 {numerator, denominator, strictly_more}。</source>
        <translation>Setting %1 must be an object {numerator, denominator, strictly_more}.</translation>
    </message>
    <message>
        <source>设置项 %1.numerator 应为整数。</source>
        <translation>Setting %1.numerator must be an integer.</translation>
    </message>
    <message>
        <source>设置项 %1.denominator 应为整数。</source>
        <translation>Setting %1.denominator must be an integer.</translation>
    </message>
    <message>
        <source>设置项 %1.strictly_more 应为 true 或 false。</source>
        <translation>Setting %1.strictly_more must be true or false.</translation>
    </message>
    <message>
        <source>设置项 %1 的比例无效：应在二分之一到全部之间（如 1/2、2/3）。</source>
        <translation>Setting %1 has an invalid proportion: it must be between one half and all (e.g. 1/2, 2/3).</translation>
    </message>
    <message>
        <source>设置项 warning_days 应为 0 到 366 之间的整数。</source>
        <translation>Setting warning_days must be an integer from 0 to 366.</translation>
    </message>
    <message>
        <source>设置项 strict_counting 应为 true 或 false。</source>
        <translation>Setting strict_counting must be true or false.</translation>
    </message>
    <message>
        <source>设置项 deadline_rules 应为数组。</source>
        <translation>Setting deadline_rules must be an array.</translation>
    </message>
    <message>
        <source>设置项 %1 应为对象。</source>
        <translation>Setting %1 must be an object.</translation>
    </message>
    <message>
        <source>设置项 %1.id 无效或重复：应为小写字母、数字、下划线，且不能为 announce、record_filing。</source>
        <translation>Setting %1.id is invalid or duplicated: it must consist of lower-case letters, digits and underscores, and must not be announce or record_filing.</translation>
    </message>
    <message>
        <source>设置项 %1.label 不能为空。</source>
        <translation>Setting %1.label must not be empty.</translation>
    </message>
    <message>
        <source>设置项 %1.trigger_step 不是有效的步骤。</source>
        <translation>Setting %1.trigger_step is not a valid step.</translation>
    </message>
    <message>
        <source>设置项 %1.met_by_step 不是有效的步骤。</source>
        <translation>Setting %1.met_by_step is not a valid step.</translation>
    </message>
    <message>
        <source>设置项 %1.period 应为对象 {amount, unit}。</source>
        <translation>Setting %1.period must be an object {amount, unit}.</translation>
    </message>
    <message>
        <source>设置项 %1.period.amount 应为 1 到 3660 之间的整数。</source>
        <translation>Setting %1.period.amount must be an integer from 1 to 3660.</translation>
    </message>
    <message>
        <source>设置项 %1.period.unit 应为 days、months 或 working_days。</source>
        <translation>Setting %1.period.unit must be days, months or working_days.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>密码错误或用户不存在。</source>
        <translation>Wrong password, or the user does not exist.</translation>
    </message>
    <message>
        <source>无法打开数据库：文件不存在、已被占用或不是 CaseTrack 数据库。</source>
        <translation>Could not open the database: the file does not exist, is in use, or is not a CaseTrack database.</translation>
    </message>
    <message>
        <source>程序规定不允许此步骤。</source>
        <translation>The procedure rules do not allow this step.</translation>
    </message>
    <message>
        <source>输入的数据无效。</source>
        <translation>The data entered is invalid.</translation>
    </message>
    <message>
        <source>审计记录已被篡改。</source>
        <translation>The audit trail has been tampered with.</translation>
    </message>
    <message>
        <source>操作失败。</source>
        <translation>The operation failed.</translation>
    </message>
    <message>
        <source>%1（依据：%2）</source>
        <translation>%1 (basis: %2)</translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>无法创建文件夹 %1。%2</source>
        <translation>Cannot create the folder %1. %2</translation>
    </message>
</context>
<context>
    <name>FactErrorText</name>
    <message>
        <source>“属于驻在单位党组管理的人员”</source>
        <translation>“Managed by the Party group”</translation>
    </message>
    <message>
        <source>“任免由驻在单位党组会议讨论决定”</source>
        <translation>“Appointed and removed by the unit&apos;s Party group meeting”</translation>
    </message>
    <message>
        <source>“同时是地方党委委员、候补委员或地方纪委委员”</source>
        <translation>“Also on a local Party committee (incl. alternate) or commission”</translation>
    </message>
    <message>
        <source>“党组织关系在地方”</source>
        <translation>“Party relation local”</translation>
    </message>
    <message>
        <source>“姓名”</source>
        <translation>“Name”</translation>
    </message>
    <message>
        <source>“处分决定方式”</source>
        <translation>“Who decides”</translation>
    </message>
    <message>
        <source>“立案机关”</source>
        <translation>“Filing body”</translation>
    </message>
    <message>
        <source>请改为“党组讨论决定”</source>
        <translation>choose “The Party group decides”</translation>
    </message>
    <message>
        <source>为“基层纪委、基层党委审批”</source>
        <translation>is “the grassroots bodies approve”</translation>
    </message>
    <message>
        <source>为“地方纪委”</source>
        <translation>is “local commission”</translation>
    </message>
    <message>
        <source>为“是”</source>
        <translation>is “yes”</translation>
    </message>
    <message>
        <source>为“否”</source>
        <translation>is “no”</translation>
    </message>
    <message>
        <source>请在“设置”中查看或登记机构。</source>
        <translation>See or register the organs under Settings.</translation>
    </message>
    <message>
        <source>为“党组讨论决定”</source>
        <translation>is “The Party group decides”</translation>
    </message>
    <message>
        <source>%1%2</source>
        <comment>a field&apos;s label, then “is &lt;value&gt;”</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>文件夹 %1 不存在。请选择已有的文件夹，或先创建它。</source>
        <translation>The folder %1 does not exist. Choose an existing folder, or create it first.</translation>
    </message>
    <message>
        <source>%1 不是文件夹。请另选保存位置。</source>
        <translation>%1 is not a folder. Choose another place to save.</translation>
    </message>
    <message>
        <source>没有在文件夹 %1 中保存文件的权限。请选择自己的文件夹，如“文档”或主目录。</source>
        <translation>You may not save files in the folder %1. Choose a folder of your own, such as Documents or your home folder.</translation>
    </message>
    <message>
        <source>已有同名的文件夹。请换一个文件名。</source>
        <translation>A folder of that name exists. Choose another file name.</translation>
    </message>
    <message>
        <source>已有同名的只读文件。请换一个文件名，或先关闭正在使用它的程序。</source>
        <translation>A read-only file of that name exists. Choose another file name, or first close the program using it.</translation>
    </message>
    <message>
        <source>磁盘可能已满或不可用。请检查磁盘空间或另选保存位置后重试。</source>
        <translation>The disk may be full or unavailable. Check the free space or choose another place, then try again.</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>节假日文件不是有效的 JSON（第 %1 个字节附近：%2）。请确认文件完整，或重新下载 holiday-cn 格式的年度文件（如 2025.json）。</source>
        <translation>The holiday file is not valid JSON (near byte %1: %2). Make sure the file is complete, or download the yearly file in holiday-cn format again (e.g. 2025.json).</translation>
    </message>
    <message>
        <source>节假日文件的最外层应为 JSON 对象。请选择 holiday-cn 格式的年度文件（如 2025.json）。</source>
        <translation>The top level of the holiday file must be a JSON object. Choose a yearly file in holiday-cn format (e.g. 2025.json).</translation>
    </message>
    <message>
        <source>节假日文件缺少有效的年份：“year”应为 1900 至 2999 之间的整数，如 &quot;year&quot;: 2025。请检查文件内容。</source>
        <translation>The holiday file has no valid year: “year” must be an integer from 1900 to 2999, e.g. &quot;year&quot;: 2025. Check the contents of the file.</translation>
    </message>
    <message>
        <source>节假日文件缺少数组“days”（当年的放假和调休上班日期）。请确认文件为 holiday-cn 格式。</source>
        <translation>The holiday file lacks the array “days” (the year&apos;s days off and adjusted working days). Make sure the file is in holiday-cn format.</translation>
    </message>
    <message>
        <source>%1 年的节假日文件没有任何日期，可能是国务院通知发布前的占位文件。请在通知发布后下载完整文件再导入。</source>
        <translation>The holiday file for %1 contains no dates; it may be a placeholder issued before the State Council notice. Once the notice is published, download the complete file and import it.</translation>
    </message>
    <message>
        <source>“days”中的第 %1 条不是 JSON 对象，应形如 {&quot;name&quot;: &quot;春节&quot;, &quot;date&quot;: &quot;2025-01-28&quot;, &quot;isOffDay&quot;: true}。请改正后重新导入。</source>
        <translation>Entry %1 in “days” is not a JSON object; it should look like {&quot;name&quot;: &quot;春节&quot;, &quot;date&quot;: &quot;2025-01-28&quot;, &quot;isOffDay&quot;: true}. Correct it and import again.</translation>
    </message>
    <message>
        <source>“days”中的第 %1 条日期“%2”无效：应为 YYYY-MM-DD 格式的真实日期，如 &quot;2025-10-01&quot;。请改正后重新导入。</source>
        <translation>Entry %1 in “days” has an invalid date “%2”: it must be a real date in YYYY-MM-DD format, e.g. &quot;2025-10-01&quot;. Correct it and import again.</translation>
    </message>
    <message>
        <source>“days”中的第 %1 条日期 %2 不在文件的年份 %3 年内。请核对“year”或该日期后重新导入。</source>
        <translation>The date %2 of entry %1 in “days” is not in the file&apos;s year, %3. Check “year” or that date, then import again.</translation>
    </message>
    <message>
        <source>“days”中的第 %1 条（%2）缺少节日名称：“name”应为非空文字，如 &quot;国庆节&quot;。请补充后重新导入。</source>
        <translation>Entry %1 in “days” (%2) has no holiday name: “name” must be non-empty text, e.g. &quot;国庆节&quot;. Add it and import again.</translation>
    </message>
    <message>
        <source>“days”中的第 %1 条（%2）缺少“isOffDay”：应为 true（放假）或 false（调休上班）。请补充后重新导入。</source>
        <translation>Entry %1 in “days” (%2) lacks “isOffDay”: it must be true (day off) or false (adjusted working day). Add it and import again.</translation>
    </message>
    <message>
        <source>“days”中的第 %1 条日期 %2 与第 %3 条重复，每个日期只能出现一次。请删除重复项后重新导入。</source>
        <translation>The date %2 of entry %1 in “days” duplicates entry %3; each date may appear only once. Remove the duplicate and import again.</translation>
    </message>
</context>
<context>
    <name>InputLimits</name>
    <message>
        <source>字段 %1 %2。请修改后重试。</source>
        <translation>The field %1 %2. Correct it and try again.</translation>
    </message>
    <message>
        <source>太长（%1 个字符，最多 %2 个）</source>
        <translation>is too long (%1 characters, at most %2)</translation>
    </message>
    <message>
        <source>含有不允许的控制字符（U+%1）</source>
        <translation>contains a control character that is not allowed (U+%1)</translation>
    </message>
    <message>
        <source>嵌套太深</source>
        <translation>is nested too deeply</translation>
    </message>
    <message>
        <source>条目太多（最多 1000 条）</source>
        <translation>has too many entries (at most 1000)</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>数据库文件 %1 已损坏：%2</source>
        <translation>The database file %1 is damaged: %2</translation>
    </message>
    <message>
        <source>数据库文件 %1 已损坏：%2。请从备份恢复。</source>
        <translation>The database file %1 is damaged: %2. Restore it from a backup.</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>中文</source>
        <extracomment>The name of the interface&apos;s language; the English translation says &quot;English&quot;.</extracomment>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>%1 不是 CaseTrack 数据库的密钥文件，或已损坏。请选择正确的数据库文件，或从备份恢复。</source>
        <translation>%1 is not the key file of a CaseTrack database, or it is damaged. Choose the correct database file, or restore from a backup.</translation>
    </message>
    <message>
        <source>找不到数据库 %1 的密钥文件 %2。它与数据库文件放在同一文件夹，复制或备份时请一并带上。</source>
        <translation>Key file %2 of database %1 not found. It is kept in the same folder as the database file; always include it when copying or backing up the database.</translation>
    </message>
    <message>
        <source>密钥文件 %1 由更新版本的 CaseTrack 创建，请升级本程序。</source>
        <translation>Key file %1 was created by a newer version of CaseTrack. Please upgrade this program.</translation>
    </message>
    <message>
        <source>无法写入密钥文件 %1：%2。请检查文件夹的写入权限和磁盘空间。</source>
        <translation>Could not write key file %1: %2. Check the folder&apos;s write permission and the free disk space.</translation>
    </message>
</context>
<context>
    <name>ListText</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>MaterialTempFiles</name>
    <message>
        <source>无法为查看程序写入临时副本 %1。请检查磁盘空间后重试。</source>
        <translation>Cannot write the temporary copy %1 for the viewer. Check the free disk space and try again.</translation>
    </message>
</context>
<context>
    <name>Organization</name>
    <message>
        <source>default 应为 true 或 false。</source>
        <translation>default must be true or false.</translation>
    </message>
    <message>
        <source>未知的机构字段：%1。可用：kind、name、short_name、doc_prefix、printing_office、default。</source>
        <translation>Unknown organization field: %1. Available: kind, name, short_name, doc_prefix, printing_office, default.</translation>
    </message>
    <message>
        <source>%1 应为文本。</source>
        <translation>%1 must be text.</translation>
    </message>
    <message>
        <source>%1 含有控制字符，请删去后重试。</source>
        <translation>%1 contains control characters; remove them and try again.</translation>
    </message>
    <message>
        <source>kind 须为以下之一：%1。</source>
        <translation>kind must be one of: %1.</translation>
    </message>
    <message>
        <source>name（机构全称）不能为空。</source>
        <translation>name (the organization&apos;s full name) must not be empty.</translation>
    </message>
    <message>
        <source>没有编号为 %1 的机构。</source>
        <translation>There is no organ with id %1.</translation>
    </message>
    <message>
        <source>机构的类别不能更改（%1）。</source>
        <translation>An organ&apos;s kind cannot be changed (%1).</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>含有常用密码或常见单词</source>
        <translation>contains a common password or word</translation>
    </message>
    <message>
        <source>含有用户名或单位名称</source>
        <translation>contains the user name or the organisation&apos;s name</translation>
    </message>
    <message>
        <source>含有重复的字符</source>
        <translation>contains repeated characters</translation>
    </message>
    <message>
        <source>含有连续的字符，如 12345 或 abcde</source>
        <translation>contains a sequence such as 12345 or abcde</translation>
    </message>
    <message>
        <source>含有键盘上相邻的键，如 qwerty</source>
        <translation>contains neighbouring keys such as qwerty</translation>
    </message>
    <message>
        <source>含有日期或年份</source>
        <translation>contains a date or a year</translation>
    </message>
    <message>
        <source>密码不能为空。</source>
        <translation>The password must not be empty.</translation>
    </message>
    <message>
        <source>请改用更长、不易猜到的密码，例如由几个不相关的词和数字组成的短语。</source>
        <translation>Choose a longer password that is hard to guess, e.g. a phrase of several unrelated words and numbers.</translation>
    </message>
    <message>
        <source>密码太容易被猜到。%1</source>
        <translation>The password is too easy to guess. %1</translation>
    </message>
    <message>
        <source>密码太容易被猜到（%1）。%2</source>
        <translation>The password is too easy to guess (%1). %2</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>较强</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>很强</source>
        <translation>Very strong</translation>
    </message>
</context>
<context>
    <name>ProcedureEngine</name>
    <message>
        <source>%1%2年</source>
        <translation>%1 (%2-year)</translation>
    </message>
    <message>
        <source>要更正的第%1项记录不存在。</source>
        <translation>Record %1, which is to be corrected, does not exist.</translation>
    </message>
    <message>
        <source>更正记录只能撤销（retract: true），不能修改；如需改为其他内容，请撤销后重新更正原记录。</source>
        <translation>A correction record can only be retracted (retract: true), not amended; to change it to something else, retract it and correct the original record again.</translation>
    </message>
    <message>
        <source>第%1项记录已被撤销，不能再更正。</source>
        <translation>Record %1 has been retracted and can no longer be corrected.</translation>
    </message>
    <message>
        <source>更正后，第%1项“%2”将不符合程序：%3 请先更正或撤销相关记录。</source>
        <translation>After this correction, record %1 “%2” would no longer comply with the procedure: %3 Correct or retract the related records first.</translation>
    </message>
    <message>
        <source>未知的步骤 %1。</source>
        <translation>Unknown step %1.</translation>
    </message>
    <message>
        <source>“%1”缺少有效日期，请按 YYYY-MM-DD 填写。</source>
        <translation>“%1” has no valid date; enter it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“%1”的字段 %2</source>
        <translation>Field %2 of “%1”</translation>
    </message>
    <message>
        <source>%1 应为文本。</source>
        <translation>%1 must be text.</translation>
    </message>
    <message>
        <source>%1 不能为空。</source>
        <translation>%1 must not be empty.</translation>
    </message>
    <message>
        <source>%1 应为文本列表（JSON 数组）。</source>
        <translation>%1 must be a list of texts (a JSON array).</translation>
    </message>
    <message>
        <source>%1 的每一项都应为文本。</source>
        <translation>%1: every item must be text.</translation>
    </message>
    <message>
        <source>%1 应为非负整数。</source>
        <translation>%1 must be a non-negative integer.</translation>
    </message>
    <message>
        <source>%1 应为 1 或 2（留党察看一年或二年）。</source>
        <translation>%1 must be 1 or 2 (probation within the Party for one or two years).</translation>
    </message>
    <message>
        <source>%1 不是有效的处分种类，可选值：%2。</source>
        <translation>%1: not a valid sanction; valid values: %2.</translation>
    </message>
    <message>
        <source>%1 的值无效，可选值：%2。</source>
        <translation>%1 has an invalid value; valid values: %2.</translation>
    </message>
    <message>
        <source>%1 应为 true 或 false。</source>
        <translation>%1 must be true or false.</translation>
    </message>
    <message>
        <source>%1 应为对象。</source>
        <translation>%1 must be an object.</translation>
    </message>
    <message>
        <source>“%1”没有字段 %2。</source>
        <translation>“%1” has no field %2.</translation>
    </message>
    <message>
        <source>“%1”缺少字段 %2（%3）。</source>
        <translation>“%1” is missing field %2 (%3).</translation>
    </message>
    <message>
        <source>“%1”：留党察看须填写 probation_years（1 或 2）。</source>
        <translation>“%1”: probation within the Party requires probation_years (1 or 2).</translation>
    </message>
    <message>
        <source>“%1”：只有留党察看才填写 probation_years。</source>
        <translation>“%1”: probation_years is given only for probation within the Party.</translation>
    </message>
    <message>
        <source>“%1”：应到人数 members_total 至少为 1。</source>
        <translation>“%1”: the members entitled to attend (members_total) must be at least 1.</translation>
    </message>
    <message>
        <source>“%1”：实到人数 members_present 不能多于应到人数 members_total。</source>
        <translation>“%1”: the members present (members_present) cannot exceed the members entitled to attend (members_total).</translation>
    </message>
    <message>
        <source>“%1”：同意人数 votes_for 不能多于实到人数 members_present。</source>
        <translation>“%1”: the votes in favour (votes_for) cannot exceed the members present (members_present).</translation>
    </message>
    <message>
        <source>“%1”：审核发现问题的，须在 problems 中写明问题。</source>
        <translation>“%1”: if the examination found problems, describe them in problems.</translation>
    </message>
    <message>
        <source>“%1”：审核通过的不填写 problems。</source>
        <translation>“%1”: leave problems out when the examination approved the materials.</translation>
    </message>
    <message>
        <source>更正须且只能二选一：给出 replacement（更正后的内容）或 retract: true（撤销该记录）。</source>
        <translation>A correction must give exactly one of: replacement (the corrected content) or retract: true (retract the record).</translation>
    </message>
    <message>
        <source>更正的 retract 只能为 true；修改内容请使用 replacement。</source>
        <translation>The retract of a correction can only be true; to change the content, use replacement.</translation>
    </message>
    <message>
        <source>更正的 replacement 不能为空：请给出 date 和/或 data。</source>
        <translation>The replacement of a correction cannot be empty: give date and/or data.</translation>
    </message>
    <message>
        <source>更正的 replacement 只能包含 date 和 data，不能包含 %1（改变步骤请撤销后重新记录）。</source>
        <translation>The replacement of a correction may contain only date and data, not %1 (to change the step, retract the record and record it again).</translation>
    </message>
    <message>
        <source>更正的 replacement.date 不是有效日期，请按 YYYY-MM-DD 填写。</source>
        <translation>The replacement.date of the correction is not a valid date; enter it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>更正的 replacement.data 应为对象。</source>
        <translation>The replacement.data of the correction must be an object.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>半数</source>
        <translation>half</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>超过应到人数的%1</source>
        <translation>more than %1 of the members entitled to attend</translation>
    </message>
    <message>
        <source>达到应到人数的%1</source>
        <translation>at least %1 of the members entitled to attend</translation>
    </message>
    <message>
        <source>须先记录%1，才能记录%2。</source>
        <translation>%1 must be recorded before %2 can be recorded.</translation>
    </message>
    <message>
        <source>%1的日期 %2 早于它所依据的%3（第%4项，%5）。请核对日期：各步骤应按发生的先后记录。</source>
        <translation>The date of %1, %2, is earlier than that of %3, on which it depends (record %4, %5). Please check the dates: steps must be recorded in the order in which they happened.</translation>
    </message>
    <message>
        <source>开除党籍处分还须报党组会议审议批准，批准后才生效：请先记录“开除党籍报党组会议审议批准”。</source>
        <translation>Expulsion from the Party must also be submitted to a Party group meeting for approval and takes effect only once approved: first record “Expulsion from the Party submitted to a Party group meeting for approval”.</translation>
    </message>
    <message>
        <source>尚未作出（或尚未生效）党纪处分决定，不能记录%1。请先记录处分决定。</source>
        <translation>No Party disciplinary sanction decision has been made (or has taken effect) yet, so %1 cannot be recorded. Record the sanction decision first.</translation>
    </message>
    <message>
        <source>只有党的组织关系在地方、干部管理权限在主管部门党组的党员干部，才向地方党组织通报处理结果；本案不属于此情形（如有误，请更正案件信息）。</source>
        <translation>The local Party organization is informed of the outcome only for Party cadres whose Party membership is held locally and who are managed as cadres by the Party group of the competent department; this case is not one of them (if that is wrong, correct the case information).</translation>
    </message>
    <message>
        <source>已报派出机构备案（第%1项），请等待派出机构审核。</source>
        <translation>The record has already been filed with the dispatched body (record %1); wait for the dispatched body to examine it.</translation>
    </message>
    <message>
        <source>备案材料已经派出机构审核通过，无需再次报备。</source>
        <translation>The dispatched body has already approved the record-filing materials; there is no need to file them again.</translation>
    </message>
    <message>
        <source>被处分人不是向党中央或者本级地方党委备案的党员干部，无需通报组织部门（如有误，请更正案件信息 filed_with）。</source>
        <translation>The sanctioned person is not a Party cadre on record with the Central Committee or the local Party committee at the same level, so the organization department need not be notified (if that is wrong, correct the case information filed_with).</translation>
    </message>
    <message>
        <source>本案已于 %1 立案（第%2项）；立案只记录一次，如有错误请记录更正。</source>
        <translation>This case was filed on %1 (record %2); case filing is recorded only once. If it is wrong, record a correction.</translation>
    </message>
    <message>
        <source>本案适用“%1”程序（%2），不经过%3这一步骤。</source>
        <translation>This case follows the “%1” procedure (%2), which does not include the step %3.</translation>
    </message>
    <message>
        <source>%1已经记录（第%2项）；如有错误，请记录更正。</source>
        <translation>%1 has already been recorded (record %2); if it is wrong, record a correction.</translation>
    </message>
    <message>
        <source>本案已作出处分决定（第%1项），不能再记录%2；如决定有误，请更正决定记录。</source>
        <translation>A sanction decision has already been made in this case (record %1), so %2 can no longer be recorded; if the decision is wrong, correct the decision record.</translation>
    </message>
    <message>
        <source>只有重大、疑难、复杂案件才可以商请派出机构提前介入审理；本案未标记为重大、疑难、复杂（如属此类，请先更正案件信息 major_complex）。</source>
        <translation>Only major, difficult or complex cases may ask the dispatched body to become involved in the review early; this case is not marked as major, difficult or complex (if it is, first correct the case information major_complex).</translation>
    </message>
    <message>
        <source>本案已经派出机关批准不移送审理，无需提前介入。</source>
        <translation>The dispatching organ has approved not transferring this case for review, so early involvement is not needed.</translation>
    </message>
    <message>
        <source>案件已移送派出机构审理，提前介入须在移送之前商请。</source>
        <translation>The case has already been transferred to the dispatched body for review; early involvement must be requested before the transfer.</translation>
    </message>
    <message>
        <source>案件已移送派出机构审理，处分建议以派出机构的审理报告为准，请记录“派出机构审理报告正式反馈”。</source>
        <translation>The case has been transferred to the dispatched body for review, so the sanction suggestion is the one in the dispatched body&apos;s review report; record “Dispatched body formally returns its review report”.</translation>
    </message>
    <message>
        <source>处分建议已通报党组；修改后的建议请记录为新的“将党纪处分建议通报驻在单位党组”。</source>
        <translation>The sanction suggestion has already been communicated to the Party group; record a revised suggestion as a new “Inform the host unit&apos;s Party group of the sanction suggestion”.</translation>
    </message>
    <message>
        <source>案件已移送派出机构审理，不能再批准不移送。</source>
        <translation>The case has already been transferred to the dispatched body for review; not transferring it can no longer be approved.</translation>
    </message>
    <message>
        <source>本案已经派出机关批准不移送派出机构审理（第%1项）；如批准有误，请先更正该记录。</source>
        <translation>The dispatching organ has approved not transferring this case to the dispatched body for review (record %1); if that approval is wrong, correct that record first.</translation>
    </message>
    <message>
        <source>只有领导班子成员中的正职领导干部的案件，才须与派出机关有关部门沟通形成一致意见。</source>
        <translation>Only cases of principal leaders among the leadership team members require reaching agreement with the relevant departments of the dispatching organ.</translation>
    </message>
    <message>
        <source>本案经批准不移送审理，没有派出机构的审理意见可供沟通。</source>
        <translation>This case was approved not to be transferred for review, so there is no review opinion of the dispatched body to consult on.</translation>
    </message>
    <message>
        <source>派出机构的审理意见在沟通形成一致意见之后又有新的反馈：请与派出机关有关部门重新沟通，记录“与派出机关有关部门沟通形成一致意见”。</source>
        <translation>The dispatched body returned a new review opinion after agreement was reached: consult the relevant departments of the dispatching organ again and record “Agreement reached with the relevant departments of the dispatching organ”.</translation>
    </message>
    <message>
        <source>党组意见（%1）与处分建议相同，不属于意见不同；请直接记录党组会议的决定。</source>
        <translation>The Party group&apos;s opinion (%1) is the same as the sanction suggestion, so the opinions do not differ; record the decision of the Party group meeting directly.</translation>
    </message>
    <message>
        <source>最新的处分建议通报之后，党组没有提出不同意见；请先记录“党组意见与处分建议不同”。</source>
        <translation>The Party group has not expressed a different opinion since the latest sanction suggestion was communicated; first record “Party group&apos;s opinion differs from the sanction suggestion”.</translation>
    </message>
    <message>
        <source>已报派出机关研究决定，请记录“派出机关研究决定”。</source>
        <translation>The matter has been referred to the dispatching organ for decision; record “Decision of the dispatching organ”.</translation>
    </message>
    <message>
        <source>派出机关已经作出研究决定（第%1项）。</source>
        <translation>The dispatching organ has already made its decision (record %1).</translation>
    </message>
    <message>
        <source>党组决定（%1）须与派出机关的研究决定（%2）一致。</source>
        <translation>The Party group&apos;s decision (%1) must match the decision of the dispatching organ (%2).</translation>
    </message>
    <message>
        <source>党组决定（%1）与处分建议（%2）不同。请先记录“党组意见与处分建议不同”：协商一致的，记录修改后的“将党纪处分建议通报驻在单位党组”；不能协商一致的，报派出机关研究决定。</source>
        <translation>The Party group&apos;s decision (%1) differs from the sanction suggestion (%2). First record “Party group&apos;s opinion differs from the sanction suggestion”: if agreement is reached, record the revised “Inform the host unit&apos;s Party group of the sanction suggestion”; if not, refer the matter to the dispatching organ for decision.</translation>
    </message>
    <message>
        <source>备案材料已审核通过。</source>
        <translation>The record-filing materials have already been approved.</translation>
    </message>
    <message>
        <source>备案材料已审核并反馈问题，请先记录“督促解决备案问题”或重新报备。</source>
        <translation>The record-filing materials were examined and problems were reported; first record “Follow up on record-filing problems”, or file the record again.</translation>
    </message>
    <message>
        <source>最新的备案审核没有发现待解决的问题。</source>
        <translation>The latest examination of the record-filing found no problems to resolve.</translation>
    </message>
    <message>
        <source>案件质量评查在作出处分决定（或不予处分结案）之后进行。</source>
        <translation>Case quality evaluation takes place after the sanction decision (or after the case is closed with no sanction).</translation>
    </message>
    <message>
        <source>没有要更正的案件信息：--data 为空对象。</source>
        <translation>Nothing to correct: --data is an empty object.</translation>
    </message>
    <message>
        <source>第%1项“%2”（%3）：%4</source>
        <translation>Item %1 “%2” (%3): %4</translation>
    </message>
    <message>
        <source>按更正后的案件信息重新检验，以下已记录的步骤将不符合程序，更正未保存：
%1
请先用“更正”撤销或修改这些记录，再更正案件信息。</source>
        <translation>Replayed under the corrected case facts, these recorded steps would no longer follow the procedure; the correction was not saved:
%1
Retract or amend these records with a correction first, then correct the case facts.</translation>
    </message>
    <message>
        <source>第%1项是案件信息的更正，不能用“更正”修改或撤销；请再用 case correct 更正案件信息。</source>
        <translation>Item %1 is a correction of case facts and cannot be amended or retracted by a correction; use case correct again.</translation>
    </message>
    <message>
        <source>案件信息的更正不作为步骤记录：请用 case correct（或“更正案件信息”）写明理由更正，历史记录将按更正后的信息重新检验。</source>
        <translation>A correction of case facts is not recorded as a step: use case correct (or “Correct case facts”) with a reason; the history is then checked again under the corrected facts.</translation>
    </message>
    <message>
        <source>处分决定于 %1 作出，早于修订后的规定施行之日（2025年5月26日，第十八条）；CaseTrack 仍按2025年修订的文本检验。</source>
        <translation>The decision was made on %1, before the revised rules took effect (26 May 2025, Article 18); CaseTrack still checks it by the 2025 text.</translation>
    </message>
    <message>
        <source>本案于 %1 立案，早于修订后的规定施行之日（2025年5月26日，第十八条）；CaseTrack 仍按2025年修订的文本检验。</source>
        <translation>The case was opened on %1, before the revised rules took effect (26 May 2025, Article 18); CaseTrack still checks it by the 2025 text.</translation>
    </message>
    <message>
        <source>被审查调查人为正职领导干部（principal_leader），已视为领导班子成员（leadership_member 记为 true），适用第六条移送审理。</source>
        <translation>The person is a principal leader (principal_leader), so is treated as a member of the leadership (leadership_member recorded as true), and Article 6&apos;s transfer for review applies.</translation>
    </message>
    <message>
        <source>本案在程序修订（第2版）之前登记，仍按登记时的“%1”程序办理；按现行规则应适用“%2”程序（第六条）。如需改按现行规则，请更正案件信息。</source>
        <translation>This case was recorded before procedure revision 2 and stays on the “%1” track it was recorded on; under the current rules it would take the “%2” track (Article 6). To move it to the current rules, correct the case facts.</translation>
    </message>
    <message>
        <source>期限计算涉及 %1 年，但尚未导入该年的节假日安排：到期日按周末推算，请导入国务院办公厅当年的放假通知后再核对。</source>
        <translation>A deadline reaches into %1, for which no holiday schedule has been imported: the due date counts weekends only. Import that year&apos;s State Council holiday notice and check again.</translation>
    </message>
    <message>
        <source>%1 不是有效日期，请按 YYYY-MM-DD 填写。</source>
        <translation>%1 is not a valid date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 应为回避人员列表：[{&quot;name&quot;: 姓名, &quot;reason&quot;: 理由}, ...]。</source>
        <translation>%1 must be a list of recused members: [{&quot;name&quot;: NAME, &quot;reason&quot;: REASON}, ...].</translation>
    </message>
    <message>
        <source>“%1”不能为“不予党纪处分”（none）：不予处分的，记录“不予党纪处分，结案”（申诉撤销处分的，outcome 为 revoked）。</source>
        <translation>“%1” cannot be “no sanction” (none): when no sanction is imposed, record “No sanction, case closed” (an appeal that revokes the sanction has outcome revoked).</translation>
    </message>
    <message>
        <source>“%1”：实到人数与回避人数之和不能多于应到人数（回避的成员计入应到人数，不计入实到人数）。</source>
        <translation>“%1”: members present plus recused members cannot exceed the members (recused members count among the members, not among those present).</translation>
    </message>
    <message>
        <source>“%1”：变更处分（changed）须填写变更后的 sanction。</source>
        <translation>“%1”: a changed sanction (changed) needs the new sanction.</translation>
    </message>
    <message>
        <source>“%1”：只有变更处分（changed）才填写 sanction。</source>
        <translation>“%1”: sanction is given only with outcome changed.</translation>
    </message>
    <message>
        <source>通报党组的处分建议（%1）须与沟通形成的一致意见（%2）相同。</source>
        <translation>The suggestion to the Party group (%1) must equal the consensus reached (%2).</translation>
    </message>
    <message>
        <source>通报党组的处分建议（%1）须与派出机构最新的审理意见（%2）相同；审理意见改变的，请先记录新的“派出机构审理报告正式反馈”。</source>
        <translation>The suggestion to the Party group (%1) must equal the dispatched body&apos;s latest review (%2); if the review changed, record a new “Formal review report of the dispatched body” first.</translation>
    </message>
    <message>
        <source>本案已结案，只能记录更正、案件质量评查、以案促改措施、申诉和留党察看期满处理；不能再记录%1。</source>
        <translation>The case is closed: only corrections, quality evaluations, rectification measures, appeals and the end of probation can be recorded; %1 cannot.</translation>
    </message>
    <message>
        <source>本案已不予党纪处分结案，不能再记录%1。</source>
        <translation>The case was closed without sanction; %1 can no longer be recorded.</translation>
    </message>
    <message>
        <source>本案不是派驻机构立案，不由派驻机构向所在单位党组主要负责人通报。</source>
        <translation>The stationed body did not open this case, so it does not notify the principal leader of the unit&apos;s Party group.</translation>
    </message>
    <message>
        <source>没有待派出机关研究决定的报请；请先记录“不能协商一致，报派出机关研究决定”。</source>
        <translation>No referral awaits the dispatching organ: record “No agreement: referred to the dispatching organ” first.</translation>
    </message>
    <message>
        <source>只有本案应遵循的处分意见（派出机关的研究决定、一致意见、最新的处分建议、审理意见或者处分建议）为“不予党纪处分”时，才能不予处分结案。</source>
        <translation>The case can close without sanction only when the binding opinion (the dispatching organ&apos;s ruling, the consensus, the latest suggestion, review or proposal) is “no sanction”.</translation>
    </message>
    <message>
        <source>处分已经申诉撤销（第%1项），没有正在执行的处分，不能记录%2。</source>
        <translation>The sanction was revoked on appeal (item %1); no sanction is in force, so %2 cannot be recorded.</translation>
    </message>
    <message>
        <source>正在执行的处分为%1：只有撤销党内职务、留党察看、开除党籍才须办理职务、工资等待遇变更手续。</source>
        <translation>The sanction in force is %1: only removal from Party posts, probation and expulsion need personnel changes to post, salary and treatment.</translation>
    </message>
    <message>
        <source>变更手续已经办理完毕，无需延长期限。</source>
        <translation>The personnel changes are done; no extension is needed.</translation>
    </message>
    <message>
        <source>延长至 %1 无效：特殊情况下经批准可以适当延长办理期限，但最长不得超过六个月（处分自 %2 生效，最迟延长至 %3）。</source>
        <translation>Extension to %1 is not valid: in special cases the period may be extended with approval, but by no more than six months (the sanction took effect on %2; the latest date is %3).</translation>
    </message>
    <message>
        <source>正在执行的处分不是留党察看，不能记录%1。</source>
        <translation>The sanction in force is not probation within the Party; %1 cannot be recorded.</translation>
    </message>
    <message>
        <source>留党察看已经期满处理（第%1项）。</source>
        <translation>The end of probation has already been handled (item %1).</translation>
    </message>
    <message>
        <source>留党察看期限只能由一年延长一年，且只能延长一次；留党察看二年或已延长的，期满应恢复党员权利或者开除党籍。</source>
        <translation>Only a one-year probation can be extended, by one year, once; after a two-year or an extended probation, rights are restored or the member is expelled.</translation>
    </message>
    <message>
        <source>留党察看期至 %1（含当日）届满；恢复党员权利或者延长察看期，须在期满之日或者之后处理（%2 尚未期满）。察看期间确有违纪的，可以开除党籍。</source>
        <translation>Probation runs until %1 (inclusive); rights are restored or probation extended on or after that day (%2 is before it). A member who violates discipline during probation may be expelled at any time.</translation>
    </message>
    <message>
        <source>申诉（第%1项）尚未处理，请先记录“申诉处理决定”。</source>
        <translation>The appeal (item %1) has not been decided: record “Decision on the appeal” first.</translation>
    </message>
    <message>
        <source>没有待处理的申诉，请先记录“受处分党员提出申诉”。</source>
        <translation>No appeal is pending: record “Appeal filed by the sanctioned member” first.</translation>
    </message>
    <message>
        <source>变更后的处分（%1）与正在执行的处分相同：请记录为“维持”（upheld）。</source>
        <translation>The changed sanction (%1) equals the sanction in force: record the outcome as upheld.</translation>
    </message>
    <message>
        <source>本案应遵循的处分意见为不予党纪处分：不能作出处分决定，应记录“不予党纪处分，结案”；如意见有误，请先更正相关记录。</source>
        <translation>The binding opinion in this case is no sanction: no sanction can be decided; record “No sanction, case closed”. If the opinion is wrong, correct that record first.</translation>
    </message>
    <message>
        <source>已报派出机关研究决定（第%1项），尚无研究决定：请先记录“派出机关研究决定”，或写明理由记录“撤回报请派出机关研究决定”。</source>
        <translation>The case was referred to the dispatching organ (item %1) and awaits its ruling: record “Ruling of the dispatching organ” first, or record “Referral withdrawn” with a reason.</translation>
    </message>
    <message>
        <source>本案已由基层组织批准（第%1项）；如开除党籍未获党组会议批准，请先记录“党组会议审议不同意开除党籍”。</source>
        <translation>A grassroots body already approved this case (item %1); if the Party group meeting did not approve the expulsion, record “Party group meeting rejects the expulsion” first.</translation>
    </message>
    <message>
        <source>只有基层党委批准开除党籍处分后，才报党组会议审议批准（基层纪委单独不能批准开除党籍）。</source>
        <translation>Only after the grassroots Party committee approved an expulsion does it go to the Party group meeting for approval (the grassroots commission alone cannot approve an expulsion).</translation>
    </message>
    <message>
        <source>党组会议已批准开除党籍（第%1项）。</source>
        <translation>The Party group meeting already approved the expulsion (item %1).</translation>
    </message>
    <message>
        <source>基层纪委单独只能批准警告、严重警告；撤销党内职务及以上处分须报基层党委审议批准：请先记录“报基层党委审议批准”。</source>
        <translation>The grassroots commission alone approves only a warning or a serious warning; removal from Party posts and heavier sanctions need the grassroots Party committee: record “Approved by the grassroots Party committee” first.</translation>
    </message>
    <message>
        <source>处分决定已经宣布（第%1项）。</source>
        <translation>The decision has been announced (item %1).</translation>
    </message>
    <message>
        <source>基层组织批准的处分，只有经党组会议批准的开除党籍须报派出机构备案。</source>
        <translation>Of the sanctions approved by grassroots bodies, only an expulsion approved by the Party group meeting is filed with the dispatched body.</translation>
    </message>
    <message>
        <source>基层纪委会议</source>
        <translation>The grassroots commission meeting</translation>
    </message>
    <message>
        <source>基层党委会议</source>
        <translation>The grassroots Party committee meeting</translation>
    </message>
    <message>
        <source>地方纪委会议</source>
        <translation>The local commission meeting</translation>
    </message>
    <message>
        <source>党组会议</source>
        <translation>The Party group meeting</translation>
    </message>
    <message>
        <source>%1应到 %2 人、实到 %3 人：实到人数须%4（至少 %5 人；回避的成员计入应到人数，不计入实到人数）。集体讨论决定党员处分事项，不允许任何个人或者少数人擅自决定和批准；请在符合人数要求的会议上讨论后再记录。</source>
        <translation>%1: %2 members, %3 present: those present must be %4 (at least %5; recused members count among the members, not among those present). Sanctions are decided collectively; no individual or minority may decide or approve them. Record the step after a meeting that meets the quorum.</translation>
    </message>
    <message>
        <source>%1应到 %2 人、同意 %3 人：同意人数须%4（至少 %5 人；未到会成员的书面意见不计为表决票）。未达到的，不能作出决定。</source>
        <translation>%1: %2 members, %3 in favour: votes in favour must be %4 (at least %5; written opinions of absent members are not votes). Below that, no decision can be made.</translation>
    </message>
    <message>
        <source>您的角色（%1）不能记录“%2”，因此也不能更正该记录。</source>
        <translation>Your role (%1) cannot record “%2”, so it cannot correct that record either.</translation>
    </message>
    <message>
        <source>您的角色（%1）不能记录“%2”；该步骤由%3记录。</source>
        <translation>Your role (%1) cannot record “%2”; that step is recorded by %3.</translation>
    </message>
</context>
<context>
    <name>RecentValues</name>
    <message numerus="yes">
        <source>按 ↓ 列出最近用过的 %n 项</source>
        <translation>
            <numerusform>Press ↓ for the %n value used last</numerusform>
            <numerusform>Press ↓ for the %n values used last</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>CaseTrack 数据库恢复单</source>
        <translation>CaseTrack database recovery sheet</translation>
    </message>
    <message>
        <source>数据库文件：%1</source>
        <translation>Database file: %1</translation>
    </message>
    <message>
        <source>管理员：%1</source>
        <translation>Administrator: %1</translation>
    </message>
    <message>
        <source>制作日期：%1</source>
        <translation>Date created: %1</translation>
    </message>
    <message>
        <source>恢复密钥</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>所有密码都遗失时，可用此密钥以管理员身份打开数据库并重设密码。持有此页的人即可读取全部案件，请像保管涉密材料一样保管：放入保密柜，不要拍照、扫描或保存在联网计算机上。</source>
        <translation>If all passwords are lost, this key opens the database as administrator so that the passwords can be reset. Anyone holding this page can read every case, so keep it as you would classified material: in a secure cabinet; do not photograph or scan it, or store it on a networked computer.</translation>
    </message>
    <message>
        <source>打印恢复单</source>
        <translation>Print recovery sheet</translation>
    </message>
</context>
<context>
    <name>RekeyAction</name>
    <message>
        <source>重新加密数据库</source>
        <translation>Re-encrypt the database</translation>
    </message>
    <message>
        <source>重新加密会换用新的数据库密钥和新的恢复密钥；旧的密钥文件、旧的恢复单和已停用账户的密码从此都打不开数据库。其他账户下次登录时自动接管新密钥。
（十万件案件约需 5 秒，期间请勿让他人打开数据库。）

请输入您自己的密码：</source>
        <translation>Re-encryption switches to a new database key and a new recovery key; the old key file, the old recovery sheet and the passwords of deactivated accounts will no longer open the database. Other accounts take the new key over at their next sign-in.
(About 5 seconds for 100,000 cases; make sure nobody else has the database open meanwhile.)

Enter your own password:</translation>
    </message>
    <message>
        <source>新的恢复密钥</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <source>数据库已重新加密。新的恢复密钥只显示这一次，请抄写后妥善保管，并销毁旧的恢复单：

%1</source>
        <translation>The database was re-encrypted. The new recovery key is shown only this once; copy it, keep it safe, and destroy the old recovery sheet:

%1</translation>
    </message>
    <message>
        <source>数据库已重新加密。</source>
        <translation>The database was re-encrypted.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>派驻机构承办人员</source>
        <translation>Stationed body case officer</translation>
    </message>
    <message>
        <source>派出机构审理人员</source>
        <translation>Dispatched body reviewer</translation>
    </message>
    <message>
        <source>党组办公室</source>
        <translation>Party group office</translation>
    </message>
    <message>
        <source>基层纪委</source>
        <translation>Grassroots discipline commission</translation>
    </message>
    <message>
        <source>审计员（只读）</source>
        <translation>Auditor (read-only)</translation>
    </message>
</context>
<context>
    <name>Sanctions</name>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>严重警告</source>
        <translation>Serious warning</translation>
    </message>
    <message>
        <source>撤销党内职务</source>
        <translation>Removal from Party posts</translation>
    </message>
    <message>
        <source>留党察看</source>
        <translation>Probation within the Party</translation>
    </message>
    <message>
        <source>开除党籍</source>
        <translation>Expulsion from the Party</translation>
    </message>
    <message>
        <source>不予党纪处分</source>
        <translation>No sanction</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>数据库由更新版本的 CaseTrack 创建（结构版本 %1），请升级本程序后再打开。</source>
        <translation>The database was created by a newer version of CaseTrack (schema version %1). Upgrade this program, then open it again.</translation>
    </message>
    <message>
        <source>文件不是 CaseTrack 数据库。</source>
        <translation>The file is not a CaseTrack database.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>用户名或密码不正确。请检查后重试；忘记密码请联系管理员重置。</source>
        <translation>Incorrect user name or password. Check and try again; if you have forgotten your password, ask an administrator to reset it.</translation>
    </message>
    <message>
        <source>请填写管理员的用户名。</source>
        <translation>Please enter the administrator&apos;s user name.</translation>
    </message>
    <message>
        <source>文件 %1 已存在，不会覆盖。请另选文件名，或打开这个已有的数据库。</source>
        <translation>File %1 already exists and will not be overwritten. Choose another file name, or open this existing database.</translation>
    </message>
    <message>
        <source>无法创建文件夹 %1。请检查写入权限。</source>
        <translation>Could not create folder %1. Check the write permissions.</translation>
    </message>
    <message>
        <source>找不到数据库文件 %1。请检查路径，或新建数据库。</source>
        <translation>Database file %1 not found. Check the path, or create a new database.</translation>
    </message>
    <message>
        <source>账户 %1 连续多次密码错误，已暂时锁定，请于 %2 之后再试。</source>
        <translation>Account %1 has been temporarily locked after repeated wrong passwords; try again after %2.</translation>
    </message>
    <message>
        <source>找不到数据库文件 %1。</source>
        <translation>Database file %1 not found.</translation>
    </message>
    <message>
        <source>恢复密钥不正确。请按恢复单上的 64 位字符逐组核对。</source>
        <translation>The recovery key is incorrect. Check it group by group against the 64 characters on the recovery sheet.</translation>
    </message>
    <message>
        <source>密钥文件与数据库文件不匹配：它们不属于同一个数据库。</source>
        <translation>The key file does not match the database file: they do not belong to the same database.</translation>
    </message>
    <message>
        <source>账户 %1 已停用。如需使用，请联系管理员。</source>
        <translation>Account %1 is disabled. To use it, contact an administrator.</translation>
    </message>
    <message>
        <source>数据库以只读方式打开，不能修改。</source>
        <translation>The database is open read-only and cannot be modified.</translation>
    </message>
    <message>
        <source>账户 %1（%2）无权进行此项操作。如确需办理，请联系管理员调整角色。</source>
        <translation>Account %1 (%2) is not permitted to do this. If it is really needed, ask an administrator to change the role.</translation>
    </message>
    <message>
        <source>新密码不能为空。</source>
        <translation>The new password cannot be empty.</translation>
    </message>
    <message>
        <source>请填写用户名。</source>
        <translation>Please enter a user name.</translation>
    </message>
    <message>
        <source>用户 %1 已存在。请换一个用户名。</source>
        <translation>User %1 already exists. Please choose another user name.</translation>
    </message>
    <message>
        <source>当前密码不正确，密码未修改。</source>
        <translation>The current password is incorrect; the password was not changed.</translation>
    </message>
    <message>
        <source>没有用户 %1。</source>
        <translation>There is no user %1.</translation>
    </message>
    <message>
        <source>不能停用当前登录的账户。</source>
        <translation>The account that is currently logged in cannot be disabled.</translation>
    </message>
    <message>
        <source>这是最后一个启用的管理员账户，不能停用。</source>
        <translation>This is the last active administrator account; it cannot be disabled.</translation>
    </message>
    <message>
        <source>没有编号为 %1 的案件。请用 case list 查看已有案件。</source>
        <translation>There is no case with ID %1. Use case list to see the existing cases.</translation>
    </message>
    <message>
        <source>更正案件信息必须写明理由。</source>
        <translation>A correction of the case information must state the reason.</translation>
    </message>
    <message>
        <source>请填写有效的日期和名称（如“国庆节”或“调休上班”）。</source>
        <translation>Enter a valid date and name (e.g. “National Day” or “Adjusted working day”).</translation>
    </message>
    <message>
        <source>%1 不是日历中登记的节假日或调休日，无需删除。</source>
        <translation>%1 is not a holiday or adjusted working day in the calendar, so there is nothing to delete.</translation>
    </message>
    <message>
        <source>fast 密钥派生仅供自动化测试使用，不能用于实际数据库。请使用 standard。</source>
        <translation>The fast key derivation is for automated tests only and cannot be used for a real database. Use standard.</translation>
    </message>
    <message>
        <source>用恢复密钥解锁后只能重置密码。请重置管理员密码，再以管理员账户登录办理其他事项。</source>
        <translation>Unlocked with the recovery key, only passwords can be reset. Reset the administrator&apos;s password, then sign in as the administrator for anything else.</translation>
    </message>
    <message>
        <source>用恢复密钥解锁时不能修改自己的密码。</source>
        <translation>Unlocked with the recovery key, you cannot change your own password.</translation>
    </message>
    <message>
        <source>备份 %1 核验失败：%2</source>
        <translation>Verifying the backup %1 failed: %2</translation>
    </message>
    <message>
        <source>文件 %1 已存在，备份不会覆盖它。请另选文件名。</source>
        <translation>The file %1 already exists; a backup never overwrites. Choose another file name.</translation>
    </message>
    <message>
        <source>备份不能写到数据库本身。</source>
        <translation>A backup cannot be written over the database itself.</translation>
    </message>
    <message>
        <source>无法创建文件夹 %1。</source>
        <translation>Could not create folder %1.</translation>
    </message>
    <message>
        <source>无法复制密钥文件到 %1。</source>
        <translation>Cannot copy the key file to %1.</translation>
    </message>
    <message>
        <source>备份与数据库是同一个文件。</source>
        <translation>The backup and the database are the same file.</translation>
    </message>
    <message>
        <source>只有管理员可以从备份恢复数据库。</source>
        <translation>Only an administrator can restore the database from a backup.</translation>
    </message>
    <message>
        <source>备份 %1 的审计记录不完整，未恢复：%2</source>
        <translation>The audit trail of the backup %1 is not intact; nothing was restored: %2</translation>
    </message>
    <message>
        <source>备份 %1 属于另一个数据库，不能用来替换 %2。</source>
        <translation>The backup %1 belongs to another database and cannot replace %2.</translation>
    </message>
    <message>
        <source>无法把 %1 移到 %2，未恢复。</source>
        <translation>Cannot move %1 to %2; nothing was restored.</translation>
    </message>
    <message>
        <source>无法复制备份到 %1。原数据库保存在 %2。</source>
        <translation>Cannot copy the backup to %1. The previous database is kept at %2.</translation>
    </message>
    <message>
        <source>账户 %1 的密钥槽与数据库中的账户记录不符（密钥文件被改动，或密钥槽来自别的账户）。未解锁，此次尝试已记录。</source>
        <translation>The key slot of account %1 does not match the account in the database (the key file was altered, or the slot belongs to another account). Not unlocked; the attempt was recorded.</translation>
    </message>
    <message>
        <source>密钥文件 %1 已损坏：账户 %2 的密钥槽校验不符。这不是密码错误，也不计入失败次数。请从备份恢复密钥文件，或由管理员用恢复密钥解锁后为该账户重置密码。</source>
        <translation>The key file %1 is damaged: the key slot of account %2 fails its checksum. This is not a wrong password and is not counted as a failed attempt. Restore the key file from a backup, or have an administrator unlock with the recovery key and reset this account&apos;s password.</translation>
    </message>
    <message>
        <source>密钥文件中记录的审计链末端不可信（校验不符）：密钥文件被改动。请从备份恢复，并由管理员核查。</source>
        <translation>The audit chain head recorded in the key file is not authentic (check failed): the key file was altered. Restore from a backup and have an administrator investigate.</translation>
    </message>
    <message>
        <source>数据库比它的密钥文件旧：密钥文件记载审计记录已到第 %1 条，数据库中没有这条记录或内容不同。这是旧副本被当作当前文件，或审计记录被删改。未打开。请从最新的备份恢复，并由管理员核查（恢复密钥仍可打开以便查看）。</source>
        <translation>The database is older than its key file: the key file records audit record %1, which the database does not hold, or holds differently. An older copy is being presented as current, or audit records were deleted or altered. Not opened. Restore the latest backup and have an administrator investigate (the recovery key still opens it for inspection).</translation>
    </message>
    <message>
        <source>内存不足，无法进行密码验证。请关闭其他程序后重试。</source>
        <translation>Not enough memory to check the password. Close other programs and try again.</translation>
    </message>
    <message>
        <source>账户 %1 的密钥槽来自重新加密之前，已失效。请联系管理员重置密码。此次尝试已记录。</source>
        <translation>The key slot of account %1 dates from before a re-encryption and no longer works. Ask an administrator to reset your password. The attempt was recorded.</translation>
    </message>
    <message>
        <source>重新加密失败（%1）。数据库未改变密钥，旧的密码和恢复密钥仍然有效。</source>
        <translation>Re-encryption failed (%1). The database key did not change; the old passwords and recovery key still work.</translation>
    </message>
    <message>
        <source>重新加密须由管理员以自己的账户和密码登录后进行。</source>
        <translation>Re-encryption must be done by an administrator signed in with their own account and password.</translation>
    </message>
    <message>
        <source>当前密码不正确，未重新加密。</source>
        <translation>The current password is wrong; nothing was re-encrypted.</translation>
    </message>
    <message>
        <source>新的密钥文件 %1 未能就位。请将它改名为 %2。</source>
        <translation>The new key file %1 could not be put in place. Rename it to %2.</translation>
    </message>
    <message>
        <source>没有编号为 %1 的案件材料。请用 case material list 查看案件的材料。</source>
        <translation>There is no case material number %1. Use case material list to see a case&apos;s materials.</translation>
    </message>
    <message>
        <source>材料类型 %1 不在可选类型中（%2）。请选择其中之一。</source>
        <translation>Material type %1 is not one of the types (%2). Choose one of them.</translation>
    </message>
    <message>
        <source>请填写材料的日期（形成、签发或收到的日期）。</source>
        <translation>Enter the material&apos;s date (when it was made, issued or received).</translation>
    </message>
    <message>
        <source>材料日期 %1 晚于今天。请填写材料形成、签发或收到的日期。</source>
        <translation>The material&apos;s date %1 is after today. Enter the date it was made, issued or received.</translation>
    </message>
    <message>
        <source>文件 %1 是空的（0 字节），没有添加。请选择有内容的文件。</source>
        <translation>File %1 is empty (0 bytes) and was not attached. Choose a file with content.</translation>
    </message>
    <message>
        <source>文件 %1 有 %2 字节（约 %3 MiB），超过每份材料 %4 MiB（%5 字节）的上限，没有添加。请压缩、降低扫描分辨率或拆分后再添加。</source>
        <translation>File %1 has %2 bytes (about %3 MiB), above the limit of %4 MiB (%5 bytes) per material, and was not attached. Compress it, scan at a lower resolution or split it, then attach it again.</translation>
    </message>
    <message>
        <source>案件材料 %1（%2）已于 %3 由 %4 移除（%5），不能再打开或导出。</source>
        <translation>Case material %1 (%2) was removed on %3 by %4 (%5) and can no longer be opened or exported.</translation>
    </message>
    <message>
        <source>案件材料 %1（%2）的内容与添加时记录的哈希不符：文件在程序之外被改动。请运行 audit verify，并用备份核对。</source>
        <translation>The content of case material %1 (%2) does not match the hash recorded when it was attached: the file was changed outside CaseTrack. Run audit verify and compare with a backup.</translation>
    </message>
    <message>
        <source>导出案件材料须写明用途和接收人（记入审计记录）。请填写后再导出。</source>
        <translation>Exporting a case material needs a purpose and a recipient (recorded in the audit trail). Enter both, then export.</translation>
    </message>
    <message>
        <source>无法写入文件 %1：%2</source>
        <translation>Cannot write the file %1: %2</translation>
    </message>
    <message>
        <source>移除案件材料须写明理由（记入审计记录）。请填写理由。</source>
        <translation>Removing a case material needs a reason (recorded in the audit trail). Enter the reason.</translation>
    </message>
    <message>
        <source>案件材料 %1 已经移除。</source>
        <translation>Case material %1 has already been removed.</translation>
    </message>
    <message>
        <source>自动锁定时间应在 %1 到 %2 分钟之间。</source>
        <translation>The idle lock time must be between %1 and %2 minutes.</translation>
    </message>
    <message>
        <source>数据库 %1 的重新加密没有完成：文件已用新密钥加密，新的密钥文件 %2 还没有替换 %3。请关闭所有 CaseTrack 程序，把 %2 改名为 %3（先保留旧文件的副本），再解锁。</source>
        <translation>The re-key of database %1 did not finish: the file is encrypted with the new key, but the new key file %2 has not yet replaced %3. Close every CaseTrack program, rename %2 to %3 (keep a copy of the old file first), then unlock.</translation>
    </message>
    <message>
        <source>保存的文书设置无法读取（%1）。请在“设置 → 文书设置”中检查并重新保存。</source>
        <translation>The stored document settings cannot be read (%1). Check them in Settings → Document settings and save them again.</translation>
    </message>
    <message>
        <source>（未说明）</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>发文字号 %1 已用于案件 %2 的%3。请换一个序号，或把序号留空，由本机构的年度编号自动取号。</source>
        <translation>Document number %1 is already used by the %3 of case %2. Choose another number, or leave the number empty to take the next number of the organ&apos;s yearly sequence.</translation>
    </message>
    <message>
        <source>%1 中的案件列表摘要与案件记录不一致（%2 个案件，%3 条摘要）。请运行 casetrack-cli check --repair，从事件记录重建摘要。</source>
        <translation>The case list summaries in %1 do not match the case records (%2 cases, %3 summaries). Run casetrack-cli check --repair to rebuild the summaries from the recorded events.</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>待立案</source>
        <translation>Awaiting case filing</translation>
    </message>
    <message>
        <source>审查调查</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>提出处分建议</source>
        <translation>Sanction proposal</translation>
    </message>
    <message>
        <source>派出机构审理</source>
        <translation>Review by the dispatched body</translation>
    </message>
    <message>
        <source>通报处分建议</source>
        <translation>Sanction suggestion communicated</translation>
    </message>
    <message>
        <source>待作出决定</source>
        <translation>Awaiting decision</translation>
    </message>
    <message>
        <source>已作出决定</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>已宣布</source>
        <translation>Announced</translation>
    </message>
    <message>
        <source>备案</source>
        <translation>Record-filing</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>申诉处理中</source>
        <translation>Appeal pending</translation>
    </message>
</context>
<context>
    <name>StatisticsFigures</name>
    <message>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>案件数</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>各阶段案件数（%1）</source>
        <translation>Cases by stage (%1)</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>各程序案件数（%1）</source>
        <translation>Cases by procedure (%1)</translation>
    </message>
    <message>
        <source>程序</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>各处分种类案件数（%1）</source>
        <translation>Cases by sanction (%1)</translation>
    </message>
    <message>
        <source>处分</source>
        <translation>Sanction</translation>
    </message>
    <message>
        <source>尚未决定</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <source>各单位案件数（%1）</source>
        <translation>Cases by unit (%1)</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>未填单位</source>
        <translation>No unit recorded</translation>
    </message>
    <message>
        <source>期限数</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>期限遵守情况（%1，按到期年度）</source>
        <translation>Deadline compliance (%1, by year due)</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>按期完成</source>
        <translation>Met on time</translation>
    </message>
    <message>
        <source>逾期完成</source>
        <translation>Met late</translation>
    </message>
    <message>
        <source>逾期未完成</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>天（中位数）</source>
        <translation>Days (median)</translation>
    </message>
    <message>
        <source>办理用时中位数（%1，按决定生效年度）</source>
        <translation>Median days (%1, by year the decision took effect)</translation>
    </message>
    <message>
        <source>区间</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>中位数（天）</source>
        <translation>Median (days)</translation>
    </message>
    <message>
        <source>立案至处分决定</source>
        <translation>Filing to decision</translation>
    </message>
    <message>
        <source>处分决定至宣布</source>
        <translation>Decision to announcement</translation>
    </message>
    <message>
        <source>处分决定至备案</source>
        <translation>Decision to record filing</translation>
    </message>
    <message>
        <source>各阶段案件数</source>
        <translation>Cases by stage</translation>
    </message>
    <message>
        <source>各程序案件数</source>
        <translation>Cases by procedure</translation>
    </message>
    <message>
        <source>各处分种类案件数</source>
        <translation>Cases by sanction</translation>
    </message>
    <message>
        <source>各单位案件数</source>
        <translation>Cases by unit</translation>
    </message>
    <message>
        <source>期限遵守情况</source>
        <translation>Deadline compliance</translation>
    </message>
    <message>
        <source>办理用时中位数</source>
        <translation>Median days</translation>
    </message>
</context>
<context>
    <name>StepChoices</name>
    <message>
        <source>审核通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>通过派驻机构</source>
        <translation>Via the stationed body</translation>
    </message>
    <message>
        <source>通过主管部门机关纪委</source>
        <translation>Via the discipline commission of the competent department&apos;s organ</translation>
    </message>
    <message>
        <source>恢复党员权利</source>
        <translation>Rights restored</translation>
    </message>
    <message>
        <source>延长留党察看期限</source>
        <translation>Probation extended</translation>
    </message>
    <message>
        <source>开除党籍</source>
        <translation>Expelled</translation>
    </message>
    <message>
        <source>维持原处分</source>
        <translation>Sanction upheld</translation>
    </message>
    <message>
        <source>变更处分</source>
        <translation>Sanction changed</translation>
    </message>
    <message>
        <source>撤销处分</source>
        <translation>Sanction revoked</translation>
    </message>
</context>
<context>
    <name>StepFields</name>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>处分种类</source>
        <translation>Sanction</translation>
    </message>
    <message>
        <source>留党察看期限（年）</source>
        <translation>Probation period (years)</translation>
    </message>
    <message>
        <source>应到人数</source>
        <translation>Members entitled to attend</translation>
    </message>
    <message>
        <source>实到人数</source>
        <translation>Members present</translation>
    </message>
    <message>
        <source>同意人数</source>
        <translation>Votes in favour</translation>
    </message>
    <message>
        <source>会议名称/纪要号</source>
        <translation>Meeting name / minutes no.</translation>
    </message>
    <message>
        <source>立案编号</source>
        <translation>Case filing number</translation>
    </message>
    <message>
        <source>征求意见途径</source>
        <translation>Consultation channel</translation>
    </message>
    <message>
        <source>备案材料</source>
        <translation>Record-filing materials</translation>
    </message>
    <message>
        <source>审核结果</source>
        <translation>Examination result</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>评查结果</source>
        <translation>Evaluation result</translation>
    </message>
    <message>
        <source>更正的记录序号</source>
        <translation>No. of the record corrected</translation>
    </message>
    <message>
        <source>更正理由</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <source>更正后的内容</source>
        <translation>Corrected content</translation>
    </message>
    <message>
        <source>撤销该记录</source>
        <translation>Retract the record</translation>
    </message>
    <message>
        <source>回避人员（姓名、理由）</source>
        <translation>Recused members (name, reason)</translation>
    </message>
    <message>
        <source>撤回理由</source>
        <translation>Reason for withdrawal</translation>
    </message>
    <message>
        <source>本人陈述和申辩</source>
        <translation>Subject&apos;s statement and defence</translation>
    </message>
    <message>
        <source>本人是否认可事实</source>
        <translation>Subject accepts the facts</translation>
    </message>
    <message>
        <source>不同意的理由</source>
        <translation>Reason for rejecting</translation>
    </message>
    <message>
        <source>延长至</source>
        <translation>Extended until</translation>
    </message>
    <message>
        <source>批准机关</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>申诉内容</source>
        <translation>Appeal text</translation>
    </message>
    <message>
        <source>申诉处理结果</source>
        <translation>Appeal outcome</translation>
    </message>
    <message>
        <source>更正的案件信息</source>
        <translation>Corrected case facts</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>立案审查调查</source>
        <translation>Case filing and investigation</translation>
    </message>
    <message>
        <source>向所在单位党组主要负责人通报</source>
        <translation>Inform the principal leader of the unit&apos;s Party group</translation>
    </message>
    <message>
        <source>商请派出机构提前介入审理</source>
        <translation>Ask the dispatched body to become involved in the review early</translation>
    </message>
    <message>
        <source>审查调查结束</source>
        <translation>Investigation concluded</translation>
    </message>
    <message>
        <source>内部审理、集体研究，提出党纪处分建议</source>
        <translation>Internal review and collective deliberation; Party disciplinary sanction proposed</translation>
    </message>
    <message>
        <source>将处分建议通报党组</source>
        <translation>Inform the Party group of the sanction proposal</translation>
    </message>
    <message>
        <source>敏感特殊案件经派出机关批准不移送审理</source>
        <translation>Sensitive or special case: dispatching organ approves not transferring it for review</translation>
    </message>
    <message>
        <source>移送派出机构审理</source>
        <translation>Transfer to the dispatched body for review</translation>
    </message>
    <message>
        <source>派出机构审理报告正式反馈</source>
        <translation>Dispatched body formally returns its review report</translation>
    </message>
    <message>
        <source>与派出机关有关部门沟通形成一致意见</source>
        <translation>Agreement reached with the relevant departments of the dispatching organ</translation>
    </message>
    <message>
        <source>将党纪处分建议通报驻在单位党组</source>
        <translation>Inform the host unit&apos;s Party group of the sanction suggestion</translation>
    </message>
    <message>
        <source>党组意见与处分建议不同</source>
        <translation>Party group&apos;s opinion differs from the sanction suggestion</translation>
    </message>
    <message>
        <source>不能协商一致，报派出机关研究决定</source>
        <translation>No agreement reached; referred to the dispatching organ for decision</translation>
    </message>
    <message>
        <source>派出机关研究决定</source>
        <translation>Decision of the dispatching organ</translation>
    </message>
    <message>
        <source>党组会议集体讨论决定</source>
        <translation>Collective discussion and decision at a Party group meeting</translation>
    </message>
    <message>
        <source>基层纪委审查批准</source>
        <translation>Examination and approval by the grassroots discipline commission</translation>
    </message>
    <message>
        <source>报基层党委审议批准</source>
        <translation>Submitted to the grassroots Party committee for approval</translation>
    </message>
    <message>
        <source>开除党籍报党组会议审议批准</source>
        <translation>Expulsion from the Party submitted to a Party group meeting for approval</translation>
    </message>
    <message>
        <source>征求主管部门党组意见</source>
        <translation>Consult the Party group of the competent department</translation>
    </message>
    <message>
        <source>地方纪委作出党纪处分决定</source>
        <translation>Local discipline commission decides the Party disciplinary sanction</translation>
    </message>
    <message>
        <source>向地方党组织通报处理结果</source>
        <translation>Inform the local Party organization of the outcome</translation>
    </message>
    <message>
        <source>向（抄告）主管部门党组通报处理结果</source>
        <translation>Inform (copy to) the Party group of the competent department of the outcome</translation>
    </message>
    <message>
        <source>党纪处分决定正式通报派驻机构</source>
        <translation>Formally notify the stationed body of the sanction decision</translation>
    </message>
    <message>
        <source>宣布党纪处分决定</source>
        <translation>Announce the Party disciplinary sanction decision</translation>
    </message>
    <message>
        <source>基层纪委报派出机构备案</source>
        <translation>Grassroots discipline commission files the record with the dispatched body</translation>
    </message>
    <message>
        <source>派出机构审核备案材料</source>
        <translation>Dispatched body examines the record-filing materials</translation>
    </message>
    <message>
        <source>督促解决备案问题</source>
        <translation>Follow up on record-filing problems</translation>
    </message>
    <message>
        <source>通报中央组织部或本级党委组织部门</source>
        <translation>Notify the Central Organization Department or the organization department of the Party committee at the same level</translation>
    </message>
    <message>
        <source>以案促改、以案促治措施</source>
        <translation>Measures to drive reform and governance through the case</translation>
    </message>
    <message>
        <source>案件质量评查</source>
        <translation>Case quality evaluation</translation>
    </message>
    <message>
        <source>不予党纪处分，结案</source>
        <translation>No sanction; case closed</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>撤回报请派出机关研究决定</source>
        <translation>Referral to the dispatching organ withdrawn</translation>
    </message>
    <message>
        <source>处分所依据的事实材料同本人见面，听取本人陈述和申辩</source>
        <translation>Facts put to the subject; statement and defence heard</translation>
    </message>
    <message>
        <source>党组会议审议不同意开除党籍</source>
        <translation>Party group meeting rejects the expulsion</translation>
    </message>
    <message>
        <source>处分决定材料归入受处分者档案</source>
        <translation>Decision filed in the sanctioned member&apos;s personnel file</translation>
    </message>
    <message>
        <source>经批准延长办理变更手续期限</source>
        <translation>Extension of the period for personnel changes approved</translation>
    </message>
    <message>
        <source>办理职务、工资、工作及其他有关待遇变更手续</source>
        <translation>Changes to post, salary, work and other treatment</translation>
    </message>
    <message>
        <source>向作出或者批准处分决定的组织报告执行情况</source>
        <translation>Execution reported to the organization that made or approved the decision</translation>
    </message>
    <message>
        <source>留党察看期满处理</source>
        <translation>End of probation within the Party</translation>
    </message>
    <message>
        <source>受处分党员提出申诉</source>
        <translation>Appeal filed by the sanctioned member</translation>
    </message>
    <message>
        <source>申诉处理决定</source>
        <translation>Decision on the appeal</translation>
    </message>
    <message>
        <source>更正案件信息</source>
        <translation>Correct case information</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>案件事件</source>
        <translation>case events</translation>
    </message>
    <message>
        <source>审计记录</source>
        <translation>Audit records</translation>
    </message>
    <message>
        <source>账户</source>
        <translation>accounts</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>节假日日历</source>
        <translation>the holiday calendar</translation>
    </message>
    <message>
        <source>数据库信息</source>
        <translation>the database information</translation>
    </message>
    <message>
        <source>数据库结构</source>
        <translation>the database structure</translation>
    </message>
    <message>
        <source>数据库正在使用中：另一个程序正在写入 %1（%2）。请稍后再试。</source>
        <translation>The database is in use: another program is writing to %1 (%2). Try again in a moment.</translation>
    </message>
    <message>
        <source>保存更改时出错</source>
        <translation>Error saving the changes</translation>
    </message>
    <message>
        <source>写入%1时出错</source>
        <translation>Error writing %1</translation>
    </message>
    <message>
        <source>读取%1时出错</source>
        <translation>Error reading %1</translation>
    </message>
    <message>
        <source>文件已损坏，请用 casetrack-cli check 检查，并从备份恢复。</source>
        <translation>The file is damaged: run casetrack-cli check and restore from a backup.</translation>
    </message>
    <message>
        <source>请检查磁盘空间和文件权限。</source>
        <translation>Check the free disk space and the file permissions.</translation>
    </message>
    <message>
        <source>%1（%2）：%3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>SummaryStore</name>
    <message>
        <source>案件 %1 的列表摘要（%2）无法解析。请运行 casetrack-cli check --repair，从事件记录重建摘要。</source>
        <translation>The list summary of case %1 (%2) cannot be parsed. Run casetrack-cli check --repair to rebuild the summaries from the events.</translation>
    </message>
</context>
<context>
    <name>Tracks</name>
    <message>
        <source>党组讨论决定</source>
        <translation>Party group discussion and decision</translation>
    </message>
    <message>
        <source>移送派出机构审理</source>
        <translation>Transfer to the dispatched body for review</translation>
    </message>
    <message>
        <source>基层纪委、基层党委批准</source>
        <translation>Approval by the grassroots discipline commission or grassroots Party committee</translation>
    </message>
    <message>
        <source>地方纪委决定</source>
        <translation>Local discipline commission decision</translation>
    </message>
    <message>
        <source>移送审理后由基层纪委、基层党委批准</source>
        <translation>Transfer for review, then grassroots approval</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>放弃填写的内容？</source>
        <translation>Discard what you typed?</translation>
    </message>
    <message>
        <source>本窗口中填写的内容尚未保存，关闭后将丢失。
选“是”放弃并关闭；选“否”回到窗口继续填写。</source>
        <translation>What you typed in this window is not saved and will be lost when it closes.
Choose Yes to discard it and close; choose No to go back and continue.</translation>
    </message>
</context>
<context>
    <name>WalCheck</name>
    <message>
        <source>预写日志 %1 已损坏：%2。为免静默丢失已保存的更改，数据库未打开。请从备份恢复，或联系技术支持。</source>
        <translation>The write-ahead log %1 is damaged: %2. The database was not opened, so that no saved change is silently lost. Restore from a backup, or contact support.</translation>
    </message>
    <message>
        <source>文件被截短</source>
        <translation>it was truncated</translation>
    </message>
    <message>
        <source>文件头校验失败</source>
        <translation>its header fails its checksum</translation>
    </message>
    <message>
        <source>已提交的 %1 帧中只有 %2 帧可以校验</source>
        <translation>only %2 of the %1 committed frames pass their checksum</translation>
    </message>
    <message>
        <source>第 %1 帧校验失败，其后还有已提交的更改</source>
        <translation>frame %1 fails its checksum and committed changes follow it</translation>
    </message>
</context>
<context>
    <name>casetrack::AboutDialog</name>
    <message>
        <source>关于 CaseTrack</source>
        <translation>About CaseTrack</translation>
    </message>
    <message>
        <source>CaseTrack %1</source>
        <translation>CaseTrack %1</translation>
    </message>
    <message>
        <source>依据《党组讨论和决定党员处分事项工作程序规定》跟踪党纪处分程序。</source>
        <translation>Tracks Party disciplinary procedures under the Provisions on the Procedures for Party Groups to Discuss and Decide on Disciplinary Sanctions against Party Members.</translation>
    </message>
    <message>
        <source>本程序是自由软件，依照 GNU 通用公共许可证第 3 版或（由您选择）任何更新版本（GPL-3.0-or-later）发布，不提供任何担保。</source>
        <translation>This program is free software, released under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later), with no warranty.</translation>
    </message>
    <message>
        <source>基于 Qt %1 构建，运行于 Qt %2。</source>
        <translation>Built with Qt %1, running on Qt %2.</translation>
    </message>
    <message>
        <source>第三方声明</source>
        <translation>Third-party notices</translation>
    </message>
    <message>
        <source>许可证全文</source>
        <translation>Licence text</translation>
    </message>
</context>
<context>
    <name>casetrack::AccountDialog</name>
    <message>
        <source>添加用户</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再次输入新密码</source>
        <translation>Re-enter the new password</translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>角色：</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>新密码：</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>再次输入：</source>
        <translation>Re-enter:</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>casetrack::AttachMaterialDialog</name>
    <message>
        <source>添加案件材料</source>
        <translation>Attach case materials</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <source>材料类型</source>
        <translation>Material type</translation>
    </message>
    <message>
        <source>材料日期</source>
        <translation>Material date</translation>
    </message>
    <message>
        <source>材料形成、签发或收到的日期</source>
        <translation>The date the material was made, issued or received</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>如：张某处分决定书（盖章）</source>
        <translation>e.g. Decision on Zhang (sealed)</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>Files:</translation>
    </message>
    <message>
        <source>类型：</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>说明：</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>文件加密保存在数据库内；每份不超过 %1 MiB。</source>
        <translation>Files are kept encrypted inside the database; at most %1 MiB each.</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Attach</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 有 %2，超过每份 %3 MiB 的上限：请压缩、降低扫描分辨率或拆分后再添加。</source>
        <translation>%1 is %2, above the limit of %3 MiB per file: compress it, scan at a lower resolution or split it, then attach it.</translation>
    </message>
    <message>
        <source>（尚未选择文件）</source>
        <translation>(no file chosen yet)</translation>
    </message>
    <message>
        <source>选择要添加的材料</source>
        <translation>Choose the materials to attach</translation>
    </message>
    <message>
        <source>无法读取文件 %1。请检查文件是否存在、是否有权读取。</source>
        <translation>Cannot read the file %1. Check that it exists and that you may read it.</translation>
    </message>
    <message>
        <source>%1 超过每份 %2 MiB 的上限。</source>
        <translation>%1 is above the limit of %2 MiB per file.</translation>
    </message>
</context>
<context>
    <name>casetrack::AuditModel</name>
    <message>
        <source>创建数据库</source>
        <translation>Create database</translation>
    </message>
    <message>
        <source>新建案件</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>更正案件信息</source>
        <translation>Correct case information</translation>
    </message>
    <message>
        <source>记录步骤</source>
        <translation>Record step</translation>
    </message>
    <message>
        <source>添加用户</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <source>导入节假日</source>
        <translation>Import holidays</translation>
    </message>
    <message>
        <source>修改节假日</source>
        <translation>Change holiday</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>之前：%1
之后：%2</source>
        <translation>Before: %1
After: %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>变更</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Failed sign-ins</translation>
    </message>
    <message>
        <source>以密码登录（只读）</source>
        <translation>Signed in with password (read-only)</translation>
    </message>
    <message>
        <source>以密码登录</source>
        <translation>Signed in with password</translation>
    </message>
    <message numerus="yes">
        <source>%n 分钟未操作，自动锁定</source>
        <translation>
            <numerusform>Locked automatically after %n minute without activity</numerusform>
            <numerusform>Locked automatically after %n minutes without activity</numerusform>
        </translation>
    </message>
    <message>
        <source>手动锁定</source>
        <translation>Locked by hand</translation>
    </message>
    <message>
        <source>自上次登录以来密码错误 %1 次（累计 %2 次）</source>
        <translation>%1 wrong password(s) since the last sign-in (%2 in total)</translation>
    </message>
    <message>
        <source>更换数据库密钥</source>
        <translation>Database key changed</translation>
    </message>
    <message>
        <source>更换账户密钥</source>
        <translation>Account key changed</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restored from a backup</translation>
    </message>
    <message>
        <source>升级数据库结构</source>
        <translation>Database structure upgraded</translation>
    </message>
    <message>
        <source>接管遗留的写锁</source>
        <translation>Stale write lock taken over</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>修改文书信息</source>
        <translation>Document details changed</translation>
    </message>
    <message>
        <source>启用用户</source>
        <translation>Account activated</translation>
    </message>
    <message>
        <source>停用用户</source>
        <translation>Account deactivated</translation>
    </message>
    <message>
        <source>重新封装账户密钥</source>
        <translation>Account key rewrapped</translation>
    </message>
    <message>
        <source>升级账户密钥格式</source>
        <translation>Account key format upgraded</translation>
    </message>
    <message>
        <source>清零登录失败次数</source>
        <translation>Failed sign-in count reset</translation>
    </message>
    <message>
        <source>添加机构</source>
        <translation>Organization added</translation>
    </message>
    <message>
        <source>查看案件</source>
        <translation>Case viewed</translation>
    </message>
    <message>
        <source>查看案件列表</source>
        <translation>Case list viewed</translation>
    </message>
    <message>
        <source>查看期限</source>
        <translation>Deadlines viewed</translation>
    </message>
    <message>
        <source>重建列表摘要</source>
        <translation>List summaries rebuilt</translation>
    </message>
    <message>
        <source>查看统计</source>
        <translation>Viewed statistics</translation>
    </message>
    <message>
        <source>添加案件材料</source>
        <translation>Attach a case material</translation>
    </message>
    <message>
        <source>移除案件材料</source>
        <translation>Remove a case material</translation>
    </message>
    <message>
        <source>打开案件材料</source>
        <translation>Open a case material</translation>
    </message>
    <message>
        <source>查看案件材料清单</source>
        <translation>View the case materials</translation>
    </message>
    <message>
        <source>随系统锁屏或休眠锁定</source>
        <translation>Locked with the screen lock or sleep</translation>
    </message>
    <message>
        <source>完成中断的更换密钥</source>
        <translation>Interrupted key change completed</translation>
    </message>
</context>
<context>
    <name>casetrack::AuditPage</name>
    <message>
        <source>按用户、操作或对象筛选已载入的记录</source>
        <translation>Filter the loaded records by user, action or object</translation>
    </message>
    <message>
        <source>筛选审计记录</source>
        <translation>Filter audit records</translation>
    </message>
    <message>
        <source>校验审计链</source>
        <translation>Verify audit chain</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>审计记录</source>
        <translation>Audit records</translation>
    </message>
    <message>
        <source>审计链完整：共 %1 条记录，未发现改动。</source>
        <translation>Audit chain intact: %1 records, no alterations found.</translation>
    </message>
    <message>
        <source>审计链已被改动：第 %1 条记录起不一致。%2</source>
        <translation>The audit chain has been altered: it is inconsistent from record %1 onwards. %2</translation>
    </message>
</context>
<context>
    <name>casetrack::CalendarDaysModel</name>
    <message>
        <source>放假</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Adjusted working day</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>安排</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>元旦</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>春节</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <source>清明节</source>
        <translation>Qingming Festival</translation>
    </message>
    <message>
        <source>劳动节</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>端午节</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <source>中秋节</source>
        <translation>Mid-Autumn Festival</translation>
    </message>
    <message>
        <source>国庆节</source>
        <translation>National Day</translation>
    </message>
    <message>
        <source>中秋节、国庆节</source>
        <translation>Mid-Autumn Festival and National Day</translation>
    </message>
    <message>
        <source>国庆节、中秋节</source>
        <translation>National Day and Mid-Autumn Festival</translation>
    </message>
</context>
<context>
    <name>casetrack::CalendarPage</name>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <source>导入放假安排…</source>
        <translation>Import holiday schedule…</translation>
    </message>
    <message>
        <source>导入 holiday-cn 格式的 JSON 文件（每年一个）</source>
        <translation>Import a JSON file in holiday-cn format (one per year)</translation>
    </message>
    <message>
        <source>修改所选日期…</source>
        <translation>Edit selected date…</translation>
    </message>
    <message>
        <source>放假和调休日期</source>
        <translation>Days off and adjusted working days</translation>
    </message>
    <message>
        <source>红色：法定节假日&#x3000;灰色：周末休息日&#x3000;蓝色“班”：调休上班日。双击日期可修改。</source>
        <translation>Red: statutory holiday; grey: weekend rest day; blue “W”: adjusted working day. Double-click a date to change it.</translation>
    </message>
    <message>
        <source>年份：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>导入放假安排</source>
        <translation>Import holiday schedule</translation>
    </message>
    <message>
        <source>holiday-cn JSON 文件 (*.json)</source>
        <translation>holiday-cn JSON files (*.json)</translation>
    </message>
    <message>
        <source>已载入放假安排的年份：%1</source>
        <translation>Years with a holiday schedule loaded: %1</translation>
    </message>
    <message>
        <source>%1 年尚无放假安排：涉及该年的期限只按周末计算，并会提示。请导入国务院办公厅的放假通知。</source>
        <translation>There is no holiday schedule for %1 yet: deadlines involving that year are calculated with weekends only, and a warning is shown. Import the holiday notice of the General Office of the State Council.</translation>
    </message>
    <message>
        <source>无法读取文件 %1。</source>
        <translation>Could not read file %1.</translation>
    </message>
    <message>
        <source>已导入 %1 年的放假安排。</source>
        <translation>Imported the holiday schedule for %1.</translation>
    </message>
    <message>
        <source>已修改。</source>
        <translation>Changed.</translation>
    </message>
    <message>
        <source>正在按新的放假安排重新计算每个案件的期限…</source>
        <translation>Recalculating every case’s deadlines with the new holiday schedule…</translation>
    </message>
</context>
<context>
    <name>casetrack::CaseDeadlinesModel</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 完成</source>
        <translation>completed %1</translation>
    </message>
    <message>
        <source>（%1 年尚无放假安排，仅按周末计算）</source>
        <translation> (no holiday schedule for %1 yet; calculated with weekends only)</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>计算说明</source>
        <translation>How it was calculated</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>casetrack::CaseListModel</name>
    <message>
        <source>（已结案）</source>
        <translation>(closed)</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>被审查调查人</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>程序</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>下一必经步骤</source>
        <translation>Next required step</translation>
    </message>
    <message>
        <source>最近期限</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>处分</source>
        <translation>Sanction</translation>
    </message>
</context>
<context>
    <name>casetrack::CaseView</name>
    <message>
        <source>← 返回案件列表</source>
        <translation>← Back to case list</translation>
    </message>
    <message>
        <source>更正记录…</source>
        <translation>Correct a record…</translation>
    </message>
    <message>
        <source>程序时间线</source>
        <translation>Procedure timeline</translation>
    </message>
    <message>
        <source>本案期限</source>
        <translation>Deadlines of this case</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>任免经党组会议决定</source>
        <translation>Appointment decided by Party group meeting</translation>
    </message>
    <message>
        <source>领导班子成员</source>
        <translation>Leadership team member</translation>
    </message>
    <message>
        <source>重点监督对象</source>
        <translation>Key supervision target</translation>
    </message>
    <message>
        <source>正职领导干部</source>
        <translation>Principal leader</translation>
    </message>
    <message>
        <source>向党中央备案</source>
        <translation>On record with the Central Committee</translation>
    </message>
    <message>
        <source>向地方党委备案</source>
        <translation>On record with a local Party committee</translation>
    </message>
    <message>
        <source>组织关系在地方</source>
        <translation>Party membership held locally</translation>
    </message>
    <message>
        <source>地方党委或纪委委员</source>
        <translation>Member of a local Party committee or discipline commission</translation>
    </message>
    <message>
        <source>重大疑难复杂</source>
        <translation>Major, difficult or complex</translation>
    </message>
    <message>
        <source>地方纪委立案</source>
        <translation>Filed by the local discipline commission</translation>
    </message>
    <message>
        <source>派驻机构立案</source>
        <translation>Filed by the stationed body</translation>
    </message>
    <message>
        <source>%1&#x3000;%2&#x3000;%3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>程序：&lt;b&gt;%1&lt;/b&gt;&#x3000;阶段：&lt;b&gt;%2&lt;/b&gt;%3</source>
        <translation>Procedure: &lt;b&gt;%1&lt;/b&gt;; stage: &lt;b&gt;%2&lt;/b&gt;%3</translation>
    </message>
    <message>
        <source>（已结案）</source>
        <translation> (closed)</translation>
    </message>
    <message>
        <source>情况：%1</source>
        <translation>Facts: %1</translation>
    </message>
    <message>
        <source>%1（%2 年）</source>
        <translation>%1 (%2-year)</translation>
    </message>
    <message>
        <source>处分决定：&lt;b&gt;%1&lt;/b&gt;，%2 作出，%3 起生效</source>
        <translation>Sanction decision: &lt;b&gt;%1&lt;/b&gt;, made on %2, effective from %3</translation>
    </message>
    <message>
        <source>%1：%2 至 %3（%4）</source>
        <translation>%1: %2 to %3 (%4)</translation>
    </message>
    <message>
        <source>所有必经步骤都已完成，本案已结案。</source>
        <translation>All required steps are complete; the case is closed.</translation>
    </message>
    <message>
        <source>没有可记录的步骤。</source>
        <translation>There are no steps that can be recorded.</translation>
    </message>
    <message>
        <source>必经步骤，依据%1</source>
        <translation>Required step, under %1</translation>
    </message>
    <message>
        <source>可选步骤，依据%1</source>
        <translation>Optional step, under %1</translation>
    </message>
    <message>
        <source>%1。暂不能记录：%2</source>
        <translation>%1. Cannot be recorded yet: %2</translation>
    </message>
    <message>
        <source>返回案件列表（Esc 或 Alt+←）</source>
        <translation>Back to the case list (Esc or Alt+Left)</translation>
    </message>
    <message>
        <source>您的角色（%1）不能记录此步骤；由%2记录。</source>
        <translation>Your role (%1) cannot record this step; it is recorded by %2.</translation>
    </message>
    <message>
        <source>记录…</source>
        <translation>Record…</translation>
    </message>
    <message>
        <source>更正案件信息…</source>
        <translation>Correct case facts…</translation>
    </message>
    <message>
        <source>您的角色（%1）不能更正案件信息。</source>
        <translation>Your role (%1) cannot correct case facts.</translation>
    </message>
    <message>
        <source>案件材料</source>
        <translation>Case materials</translation>
    </message>
    <message>
        <source>程序进度</source>
        <translation>Procedure progress</translation>
    </message>
    <message>
        <source>机关纪委立案</source>
        <translation>filed by the unit&apos;s commission</translation>
    </message>
    <message>
        <source>由基层纪委、基层党委审批（第四条第二款）</source>
        <translation>approved by the grassroots bodies (第四条第二款)</translation>
    </message>
    <message>
        <source>注意：%1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>现行处分：&lt;b&gt;%1&lt;/b&gt;（申诉处理决定，%2 作出）</source>
        <translation>Sanction in force: &lt;b&gt;%1&lt;/b&gt; (appeal decision of %2)</translation>
    </message>
    <message>
        <source>%1（%2 申诉处理）</source>
        <translation>%1 (appeal, %2)</translation>
    </message>
    <message>
        <source>%1（%2 决定）</source>
        <translation>%1 (decided %2)</translation>
    </message>
    <message>
        <source>处分沿革：%1</source>
        <translation>Sanction history: %1</translation>
    </message>
    <message>
        <source>案件材料（%1）</source>
        <translation>Case materials (%1)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>casetrack::CasesPage</name>
    <message>
        <source>按姓名、单位或案件编号查找（Ctrl+F）</source>
        <translation>Search by name, unit or case no. (Ctrl+F)</translation>
    </message>
    <message>
        <source>查找案件</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>按阶段筛选</source>
        <translation>Filter by stage</translation>
    </message>
    <message>
        <source>全部阶段</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>按程序筛选</source>
        <translation>Filter by procedure</translation>
    </message>
    <message>
        <source>全部程序</source>
        <translation>All procedures</translation>
    </message>
    <message>
        <source>按立案年度筛选</source>
        <translation>Filter by filing year</translation>
    </message>
    <message>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>新建案件…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>新建案件（Ctrl+N）</source>
        <translation>New case (Ctrl+N)</translation>
    </message>
    <message>
        <source>案件列表</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>正在计算案件状态…</source>
        <translation>Calculating case status…</translation>
    </message>
    <message>
        <source>共 %1 件，显示 %2 件</source>
        <translation>%1 cases, %2 shown</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>您的角色（%1）不能新建案件。</source>
        <translation>Your role (%1) cannot create cases.</translation>
    </message>
</context>
<context>
    <name>casetrack::ChangePasswordDialog</name>
    <message>
        <source>修改我的密码</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>当前密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再次输入新密码</source>
        <translation>Re-enter the new password</translation>
    </message>
    <message>
        <source>当前密码：</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>新密码：</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>再次输入：</source>
        <translation>Re-enter:</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>两次输入的新密码不一致</source>
        <translation>The two new passwords do not match</translation>
    </message>
</context>
<context>
    <name>casetrack::CorrectionDialog</name>
    <message>
        <source>更正记录</source>
        <translation>Correct a record</translation>
    </message>
    <message>
        <source>要更正的记录</source>
        <translation>Record to correct</translation>
    </message>
    <message>
        <source>#%1 %2 %3</source>
        <translation>#%1 %2 %3</translation>
    </message>
    <message>
        <source>修改日期或内容</source>
        <translation>Change the date or content</translation>
    </message>
    <message>
        <source>撤销这条记录（记录有误，实际未发生）</source>
        <translation>Retract this record (recorded in error; it did not actually happen)</translation>
    </message>
    <message>
        <source>更正后的内容</source>
        <translation>Corrected content</translation>
    </message>
    <message>
        <source>更正理由</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <source>必填：为什么更正，依据什么材料</source>
        <translation>Required: why the record is corrected, and on the basis of which material</translation>
    </message>
    <message>
        <source>记录：</source>
        <translation>Record:</translation>
    </message>
    <message>
        <source>更正方式：</source>
        <translation>Correction:</translation>
    </message>
    <message>
        <source>原记录不会被删除：更正作为一条新记录保存，时间线上两者都可见。</source>
        <translation>The original record is not deleted: the correction is saved as a new record, and both are visible in the timeline.</translation>
    </message>
    <message>
        <source>更正理由（必填）：</source>
        <translation>Reason for correction (required):</translation>
    </message>
    <message>
        <source>保存更正</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <source>这个案件还没有可更正的记录。</source>
        <translation>This case has no records that can be corrected yet.</translation>
    </message>
    <message>
        <source>请填写更正理由。</source>
        <translation>Please give the reason for the correction.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>casetrack::DateField</name>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>未填写（如 1972-05-14）</source>
        <translation>Not given (e.g. 1972-05-14)</translation>
    </message>
    <message>
        <source>如 1972-05-14 或 19720514</source>
        <translation>e.g. 1972-05-14 or 19720514</translation>
    </message>
    <message>
        <source>日历…</source>
        <translation>Calendar…</translation>
    </message>
    <message>
        <source>在日历中选择日期</source>
        <translation>Pick the date in a calendar</translation>
    </message>
    <message>
        <source>请填写日期，如 2026-05-14。</source>
        <translation>Enter a date, e.g. 2026-05-14.</translation>
    </message>
    <message>
        <source>“%1”不是日期：请按 1972-05-14、19720514 或 1972/5/14 填写。</source>
        <translation>&quot;%1&quot; is not a date: type it as 1972-05-14, 19720514 or 1972/5/14.</translation>
    </message>
    <message>
        <source>日期不能晚于今天（%1）：请填写已经发生的日期。</source>
        <translation>The date cannot be after today (%1): enter the day it happened.</translation>
    </message>
    <message>
        <source>日期不能晚于 %1。</source>
        <translation>The date cannot be after %1.</translation>
    </message>
    <message>
        <source>日期不能早于 %1。</source>
        <translation>The date cannot be before %1.</translation>
    </message>
    <message>
        <source>%1：日历</source>
        <translation>%1: calendar</translation>
    </message>
</context>
<context>
    <name>casetrack::DayEditDialog</name>
    <message>
        <source>修改 %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>这一天的安排</source>
        <translation>Arrangement for this day</translation>
    </message>
    <message>
        <source>普通日（按星期计算）</source>
        <translation>Ordinary day (by day of the week)</translation>
    </message>
    <message>
        <source>法定节假日（放假）</source>
        <translation>Statutory holiday (day off)</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Adjusted working day</translation>
    </message>
    <message>
        <source>节日名称</source>
        <translation>Holiday name</translation>
    </message>
    <message>
        <source>如：国庆节</source>
        <translation>e.g. National Day</translation>
    </message>
    <message>
        <source>安排：</source>
        <translation>Arrangement:</translation>
    </message>
    <message>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>请以国务院办公厅当年的放假通知为准。修改会记入审计，并影响所有期限的计算。</source>
        <translation>Follow the holiday notice issued by the General Office of the State Council for that year. Changes are recorded in the audit trail and affect the calculation of all deadlines.</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>casetrack::DeadlinesModel</name>
    <message>
        <source>已超期（%1）</source>
        <translation>Overdue (%1)</translation>
    </message>
    <message>
        <source>即将到期（%1）</source>
        <translation>Due soon (%1)</translation>
    </message>
    <message>
        <source>以后到期（%1）</source>
        <translation>Due later (%1)</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>被审查调查人</source>
        <translation>Person under investigation</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>计算说明</source>
        <translation>How it was calculated</translation>
    </message>
</context>
<context>
    <name>casetrack::DeadlinesPage</name>
    <message>
        <source>期限列表</source>
        <translation>Deadline list</translation>
    </message>
    <message>
        <source>所有未完成的期限。双击打开案件；鼠标停在一行上可看到到期日的计算说明。</source>
        <translation>All open deadlines. Double-click to open the case; hover over a row to see how its due date was calculated.</translation>
    </message>
</context>
<context>
    <name>casetrack::DesktopApp</name>
    <message>
        <source>因长时间未操作，数据库已锁定。</source>
        <translation>The database was locked after a period of inactivity.</translation>
    </message>
    <message>
        <source>电脑已锁屏或将要休眠，数据库已随之锁定。</source>
        <translation>The computer locked its screen or is going to sleep, so the database was locked too.</translation>
    </message>
</context>
<context>
    <name>casetrack::DocumentActions</name>
    <message>
        <source>文书信息…</source>
        <translation>Document details…</translation>
    </message>
    <message>
        <source>违纪事实、处分依据、发文序号、主送、抄送和宣布记录</source>
        <translation>Facts of the violation, basis for the sanction, document sequence number, main recipient, copy recipients and announcement record</translation>
    </message>
    <message>
        <source>打印文书…</source>
        <translation>Print documents…</translation>
    </message>
    <message>
        <source>打印或另存处分决定、备案表、通报等（Ctrl+P）</source>
        <translation>Print or save the sanction decision, record-filing form, notices and other documents (Ctrl+P)</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>导出案件清单为 Excel、CSV 或 PDF（Ctrl+E）</source>
        <translation>Export the case list as Excel, CSV or PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>导出期限清单为 Excel、CSV、日历或 PDF（Ctrl+E）</source>
        <translation>Export the deadline list as Excel, CSV, calendar or PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>文书设置…</source>
        <translation>Document settings…</translation>
    </message>
    <message>
        <source>单位名称、发文字号、署名和模板</source>
        <translation>Names of bodies, document numbers, signatures and templates</translation>
    </message>
</context>
<context>
    <name>casetrack::DocumentInputsDialog</name>
    <message>
        <source>文书信息</source>
        <translation>Document details</translation>
    </message>
    <message>
        <source>违纪事实</source>
        <translation>Facts of the violation</translation>
    </message>
    <message>
        <source>每段之间空一行。</source>
        <translation>Leave a blank line between paragraphs.</translation>
    </message>
    <message>
        <source>处分依据</source>
        <translation>Basis for the sanction</translation>
    </message>
    <message>
        <source>如《中国共产党纪律处分条例》第一百零一条</source>
        <translation>e.g. Article 101 of the Regulations of the Communist Party of China on Disciplinary Sanctions</translation>
    </message>
    <message>
        <source>发文序号</source>
        <translation>Document sequence number</translation>
    </message>
    <message>
        <source>主送</source>
        <translation>Main recipient</translation>
    </message>
    <message>
        <source>留空则用模板中的主送机关</source>
        <translation>Leave empty to use the main recipient given in the template</translation>
    </message>
    <message>
        <source>抄送</source>
        <translation>Copy to</translation>
    </message>
    <message>
        <source>已宣布，日期：</source>
        <translation>Announced on:</translation>
    </message>
    <message>
        <source>宣布日期</source>
        <translation>Announcement date</translation>
    </message>
    <message>
        <source>宣布地点</source>
        <translation>Announcement venue</translation>
    </message>
    <message>
        <source>宣布人</source>
        <translation>Announced by</translation>
    </message>
    <message>
        <source>参加人员</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>受处分人表态</source>
        <translation>Statement of the sanctioned person</translation>
    </message>
    <message>
        <source>处分决定</source>
        <translation>Sanction decision</translation>
    </message>
    <message>
        <source>违纪事实：</source>
        <translation>Facts of the violation:</translation>
    </message>
    <message>
        <source>处分依据：</source>
        <translation>Basis for the sanction:</translation>
    </message>
    <message>
        <source>发文序号：</source>
        <translation>Document sequence number:</translation>
    </message>
    <message>
        <source>主送：</source>
        <translation>Main recipient:</translation>
    </message>
    <message>
        <source>抄送：</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>宣布记录（第十条）</source>
        <translation>Announcement record (Article 10)</translation>
    </message>
    <message>
        <source>宣布日期：</source>
        <translation>Announcement date:</translation>
    </message>
    <message>
        <source>地点：</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <source>宣布人：</source>
        <translation>Announced by:</translation>
    </message>
    <message>
        <source>参加人员：</source>
        <translation>Attendees:</translation>
    </message>
    <message>
        <source>记录人：</source>
        <translation>Recorded by:</translation>
    </message>
    <message>
        <source>受处分人表态：</source>
        <translation>Statement of the sanctioned person:</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>这些内容只用于本案的文书，保存在加密的数据库中。</source>
        <translation>These details are used only for the documents of this case and are stored in the encrypted database.</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>自动编号</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>留空（自动编号）时，文书在打印或保存时取发文机关本年度的下一个序号，重印沿用原号。填写序号则使用登记簿上的号，不得与已发文书重复。</source>
        <translation>Left at Automatic, a document takes the next number of its issuing organ&apos;s yearly sequence when it is printed or saved, and a reprint keeps its number. A number typed here is one from the office&apos;s register and must not be used by another document.</translation>
    </message>
</context>
<context>
    <name>casetrack::DocumentPreviewDialog</name>
    <message>
        <source>打印预览 — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <source>预览页面</source>
        <translation>Preview pages</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>casetrack::DocumentSettingsDialog</name>
    <message>
        <source>党组</source>
        <translation>Party group</translation>
    </message>
    <message>
        <source>驻在单位</source>
        <translation>Host unit</translation>
    </message>
    <message>
        <source>派驻机构</source>
        <translation>Stationed body</translation>
    </message>
    <message>
        <source>派出机构</source>
        <translation>Dispatched body</translation>
    </message>
    <message>
        <source>派出机关</source>
        <translation>Dispatching organ</translation>
    </message>
    <message>
        <source>基层纪委</source>
        <translation>Grassroots discipline commission</translation>
    </message>
    <message>
        <source>基层党委</source>
        <translation>Grassroots Party committee</translation>
    </message>
    <message>
        <source>地方纪委</source>
        <translation>Local discipline commission</translation>
    </message>
    <message>
        <source>地方党组织</source>
        <translation>Local Party organization</translation>
    </message>
    <message>
        <source>组织部门</source>
        <translation>Organization department</translation>
    </message>
    <message>
        <source>印发机关</source>
        <translation>Issuing office</translation>
    </message>
    <message>
        <source>发文机关标志</source>
        <translation>Issuing-body masthead</translation>
    </message>
    <message>
        <source>文书设置</source>
        <translation>Document settings</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>署名（留空则以名称署名）</source>
        <translation>Signature (leave empty to sign with the name)</translation>
    </message>
    <message>
        <source>：</source>
        <translation>:</translation>
    </message>
    <message>
        <source>%1署名</source>
        <translation>%1 signature</translation>
    </message>
    <message>
        <source>留空则不印版头</source>
        <translation>Leave empty to print no masthead</translation>
    </message>
    <message>
        <source>发文字号格式</source>
        <translation>Document number format</translation>
    </message>
    <message>
        <source>模板文件夹</source>
        <translation>Template folder</translation>
    </message>
    <message>
        <source>留空则用内置模板</source>
        <translation>Leave empty to use the built-in templates</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>发文字号：</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>{year} 为年份，{seq} 为序号，如 某党组〔{year}〕{seq}号</source>
        <translation>{year} is the year and {seq} the sequence number, e.g. XX Party Group [{year}] No. {seq}</translation>
    </message>
    <message>
        <source>模板文件夹：</source>
        <translation>Template folder:</translation>
    </message>
    <message>
        <source>文件夹中的“文书代号.tpl”（如 decision.tpl）替换内置模板。</source>
        <translation>A file “document-code.tpl” in the folder (e.g. decision.tpl) replaces the built-in template.</translation>
    </message>
    <message>
        <source>所有用户共用，修改记入审计。</source>
        <translation>Shared by all users; changes are recorded in the audit trail.</translation>
    </message>
    <message>
        <source>只有管理员可以修改文书设置。</source>
        <translation>Only administrators can change the document settings.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>文书设置已保存。</source>
        <translation>Document settings saved.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>casetrack::ExportDialog</name>
    <message>
        <source>导出案件清单</source>
        <translation>Export case list</translation>
    </message>
    <message>
        <source>导出期限清单</source>
        <translation>Export deadline list</translation>
    </message>
    <message>
        <source>当前列表显示的 %1 件案件（按筛选条件）</source>
        <translation>The %1 case(s) shown in the current list (as filtered)</translation>
    </message>
    <message>
        <source>未完成的期限（%1 件案件，即期限页所列）</source>
        <translation>Open deadlines (%1 case(s), as listed on the Deadlines page)</translation>
    </message>
    <message>
        <source>全部 %1 件案件</source>
        <translation>All %1 case(s)</translation>
    </message>
    <message>
        <source>全部案件的全部期限（含已完成的）</source>
        <translation>All deadlines of all cases (including completed ones)</translation>
    </message>
    <message>
        <source>导出范围</source>
        <translation>What to export</translation>
    </message>
    <message>
        <source>文件格式</source>
        <translation>File format</translation>
    </message>
    <message>
        <source>Excel 工作簿（.xlsx）</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>CSV 文本（.csv，UTF-8）</source>
        <translation>CSV text (.csv, UTF-8)</translation>
    </message>
    <message>
        <source>日历（.ics，可导入 Outlook、手机日历）</source>
        <translation>Calendar (.ics, can be imported into Outlook or a phone calendar)</translation>
    </message>
    <message>
        <source>PDF 表格（.pdf）</source>
        <translation>PDF table (.pdf)</translation>
    </message>
    <message>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>必填，如：季度案件统计</source>
        <translation>Required, e.g. quarterly case statistics</translation>
    </message>
    <message>
        <source>接收方</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>必填，如：派驻机构综合室</source>
        <translation>Required, e.g. general office of the stationed body</translation>
    </message>
    <message>
        <source>依照数据共享规定第二十五条、第二十九条，导出案件信息须写明用途和接收方，导出的内容、案件和文件记入审计日志。</source>
        <translation>Under Articles 25 and 29 of the data-sharing regulations, exporting case information requires stating its purpose and recipient; what was exported, the cases and the file are recorded in the audit log.</translation>
    </message>
    <message>
        <source>格式：</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>保存到：</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <source>用途：</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>接收方：</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>案件清单</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>期限清单</source>
        <translation>Deadline list</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>%1 文件 (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>正在导出，请稍候…</source>
        <translation>Exporting, please wait…</translation>
    </message>
    <message>
        <source>已导出 %1 件案件到 %2。</source>
        <translation>Exported %1 case(s) to %2.</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>日历中写入被审查调查人姓名</source>
        <translation>Write the names of the persons under investigation into the calendar</translation>
    </message>
    <message>
        <source>警告：日历常同步到手机和云端账户。不勾选时，日历只含案件编号和期限种类。</source>
        <translation>Warning: calendars are often synced to phones and cloud accounts. Unticked, the calendar holds only case numbers and deadline kinds.</translation>
    </message>
</context>
<context>
    <name>casetrack::FactCorrectionDialog</name>
    <message>
        <source>更正案件信息</source>
        <translation>Correct case facts</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>立案机关</source>
        <translation>Filing body</translation>
    </message>
    <message>
        <source>派驻机构（纪检监察组）</source>
        <translation>Stationed body (inspection group)</translation>
    </message>
    <message>
        <source>地方纪委</source>
        <translation>Local commission</translation>
    </message>
    <message>
        <source>本单位机关纪委（基层纪委）</source>
        <translation>The unit&apos;s own commission (grassroots commission)</translation>
    </message>
    <message>
        <source>处分决定方式</source>
        <translation>Who decides the sanction</translation>
    </message>
    <message>
        <source>党组讨论决定（第四条第一款）</source>
        <translation>The Party group decides (第四条第一款)</translation>
    </message>
    <message>
        <source>基层纪委审查批准或基层党委审议批准（第四条第二款）</source>
        <translation>The grassroots commission or committee approves (第四条第二款)</translation>
    </message>
    <message>
        <source>备案情况</source>
        <translation>Record filing</translation>
    </message>
    <message>
        <source>不是备案的党员干部</source>
        <translation>Not a record-filed cadre</translation>
    </message>
    <message>
        <source>向党中央备案</source>
        <translation>Filed with the Central Committee</translation>
    </message>
    <message>
        <source>向本级地方党委备案</source>
        <translation>Filed with the local Party committee</translation>
    </message>
    <message>
        <source>属于驻在单位党组管理的人员</source>
        <translation>Managed by the Party group of the unit</translation>
    </message>
    <message>
        <source>任免由驻在单位党组会议讨论决定</source>
        <translation>Appointed and removed by the unit&apos;s Party group meeting</translation>
    </message>
    <message>
        <source>是驻在单位党组管理的领导班子成员</source>
        <translation>Leadership member managed by the unit&apos;s Party group</translation>
    </message>
    <message>
        <source>是其他列入重点监督对象的党员</source>
        <translation>Other key supervision target</translation>
    </message>
    <message>
        <source>是领导班子中的正职领导干部</source>
        <translation>Principal leader of the leadership</translation>
    </message>
    <message>
        <source>党组织关系在地方，干部由主管部门党组管理</source>
        <translation>Party relation local; cadre managed by the department&apos;s Party group</translation>
    </message>
    <message>
        <source>同时是地方党委委员、候补委员或地方纪委委员</source>
        <translation>Also on a local Party committee (incl. alternate) or commission</translation>
    </message>
    <message>
        <source>重大、疑难、复杂案件</source>
        <translation>Major, difficult or complex case</translation>
    </message>
    <message>
        <source>被审查调查人</source>
        <translation>Person under investigation</translation>
    </message>
    <message>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>性别：</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>民族：</source>
        <translation>Ethnicity:</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>职务：</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>决定适用程序的情况</source>
        <translation>Facts that decide the procedure</translation>
    </message>
    <message>
        <source>立案机关：</source>
        <translation>Filing body:</translation>
    </message>
    <message>
        <source>处分决定方式：</source>
        <translation>Who decides:</translation>
    </message>
    <message>
        <source>备案情况：</source>
        <translation>Record filing:</translation>
    </message>
    <message>
        <source>更正理由</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>必填：为什么更正，依据什么材料</source>
        <translation>Required: why, and on what material</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>按更正后的案件信息重新检验已记录的步骤，列出程序和期限的变化；不保存。</source>
        <translation>Checks the recorded steps again under the corrected facts and lists what changes in the procedure and deadlines; saves nothing.</translation>
    </message>
    <message>
        <source>原案件信息不会被覆盖而不留痕：更正作为一条记录保存在时间线上，并写入审计记录。</source>
        <translation>The recorded facts are not overwritten without trace: the correction is kept on the timeline and in the audit trail.</translation>
    </message>
    <message>
        <source>更正理由（必填）：</source>
        <translation>Reason (required):</translation>
    </message>
    <message>
        <source>保存更正</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>机构（不选：使用各类别的默认机构）</source>
        <translation>Organs (none chosen: each kind&apos;s default is used)</translation>
    </message>
    <message>
        <source>（不指定）</source>
        <translation>(none named)</translation>
    </message>
    <message>
        <source>未登记的机构 %1</source>
        <translation>Unregistered organ %1</translation>
    </message>
    <message>
        <source>%1：</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>尚未修改任何案件信息。</source>
        <translation>No case fact changed yet.</translation>
    </message>
    <message>
        <source>请先点“预览”：按更正后的案件信息重新检验已记录的步骤，再保存。</source>
        <translation>Click “Preview” first: the recorded steps are checked again under the corrected facts before saving.</translation>
    </message>
    <message>
        <source>请填写更正理由。</source>
        <translation>Please give the reason for the correction.</translation>
    </message>
    <message>
        <source>不能保存：%1</source>
        <translation>Cannot be saved: %1</translation>
    </message>
    <message>
        <source>可以保存。按更正后的案件信息重新检验，已记录的步骤都符合程序。</source>
        <translation>Can be saved: under the corrected facts every recorded step still follows the procedure.</translation>
    </message>
    <message>
        <source>程序不变：%1</source>
        <translation>Procedure unchanged: %1</translation>
    </message>
    <message>
        <source>程序：%1 → %2</source>
        <translation>Procedure: %1 → %2</translation>
    </message>
    <message>
        <source>阶段：%1 → %2</source>
        <translation>Stage: %1 → %2</translation>
    </message>
    <message>
        <source>新增期限“%1”：%2 前</source>
        <translation>New deadline “%1”: by %2</translation>
    </message>
    <message>
        <source>期限“%1”：%2 → %3</source>
        <translation>Deadline “%1”: %2 → %3</translation>
    </message>
    <message>
        <source>不再适用的期限“%1”（原 %2 前）</source>
        <translation>Deadline no longer applies: “%1” (was by %2)</translation>
    </message>
    <message>
        <source>期限不变。</source>
        <translation>Deadlines unchanged.</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>入党日期</source>
        <translation>Joined the Party on</translation>
    </message>
    <message>
        <source>出生日期：</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>入党日期：</source>
        <translation>Joined the Party on:</translation>
    </message>
</context>
<context>
    <name>casetrack::FigureExportDialog</name>
    <message>
        <source>导出统计图片</source>
        <translation>Export statistics image</translation>
    </message>
    <message>
        <source>导出统计表格</source>
        <translation>Export statistics table</translation>
    </message>
    <message>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>必填，如：年度工作总结</source>
        <translation>Required, e.g. annual work report</translation>
    </message>
    <message>
        <source>接收方</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>必填，如：派驻机构综合室</source>
        <translation>Required, e.g. the dispatched body&apos;s general office</translation>
    </message>
    <message>
        <source>依照数据共享规定第二十五条、第二十九条，导出统计数据须写明用途和接收方，导出的内容和文件记入审计日志。</source>
        <translation>Under Articles 25 and 29 of the data-sharing rules, an export of statistics must state its purpose and recipient; what is exported and the file are recorded in the audit trail.</translation>
    </message>
    <message>
        <source>保存到：</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <source>用途：</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>接收方：</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>%1 文件 (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>已导出到 %1。</source>
        <translation>Exported to %1.</translation>
    </message>
</context>
<context>
    <name>casetrack::FigureView</name>
    <message>
        <source>其他（%1项）</source>
        <translation>Other (%1)</translation>
    </message>
    <message>
        <source>导出图片…</source>
        <translation>Export image…</translation>
    </message>
    <message>
        <source>导出表格…</source>
        <translation>Export table…</translation>
    </message>
</context>
<context>
    <name>casetrack::FirstRunWizard</name>
    <message>
        <source>欢迎使用 CaseTrack</source>
        <translation>Welcome to CaseTrack</translation>
    </message>
    <message>
        <source>数据库文件</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>管理员姓名</source>
        <translation>Administrator name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再次输入密码</source>
        <translation>Re-enter the password</translation>
    </message>
    <message>
        <source>恢复密钥</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; 上一步</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>创建数据库 &gt;</source>
        <translation>Create the database &gt;</translation>
    </message>
</context>
<context>
    <name>casetrack::HomePage</name>
    <message>
        <source>需要关注的期限</source>
        <translation>Deadlines that need attention</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>等待我的角色办理的案件</source>
        <translation>Cases waiting for my role</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>最近记录的步骤</source>
        <translation>Recently recorded steps</translation>
    </message>
    <message>
        <source>记录时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>各阶段案件数</source>
        <translation>Cases by stage</translation>
    </message>
    <message>
        <source>超期和即将到期的期限</source>
        <translation>Overdue and due-soon deadlines</translation>
    </message>
    <message>
        <source>等待%1办理的案件</source>
        <translation>Cases waiting for: %1</translation>
    </message>
    <message>
        <source>今天是%1。超期 %2 项，即将到期 %3 项；共 %4 件案件，其中 %5 件未结案。</source>
        <translation>Today is %1. Overdue: %2, due soon: %3; %4 cases, %5 of them open.</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>没有超期或即将到期的期限。</source>
        <translation>No deadline is overdue or due soon.</translation>
    </message>
    <message>
        <source>另有 %1 项未列出，见“期限”页。</source>
        <translation>%1 more not listed: see the Deadlines page.</translation>
    </message>
    <message>
        <source>已超期的，以及 %1 天内到期的（天数见“设置”）。按回车或双击打开案件。</source>
        <translation>Overdue, and due within %1 days (the days are set in Settings). Press Enter or double-click to open the case.</translation>
    </message>
    <message>
        <source>没有等待您的角色办理的案件。</source>
        <translation>No case is waiting for your role.</translation>
    </message>
    <message>
        <source>另有 %1 件未列出。</source>
        <translation>%1 more not listed.</translation>
    </message>
    <message>
        <source>还没有案件。</source>
        <translation>No cases yet.</translation>
    </message>
    <message>
        <source>%1 %2：%3（%4）</source>
        <translation>%1 %2: %3 (%4)</translation>
    </message>
    <message>
        <source>还没有记录的步骤。</source>
        <translation>No step recorded yet.</translation>
    </message>
</context>
<context>
    <name>casetrack::LongChange</name>
    <message>
        <source>另一项修改正在进行，请稍候再试。</source>
        <translation>Another change is in progress. Please try again when it has finished.</translation>
    </message>
    <message>
        <source>正在修改</source>
        <translation>Saving the change</translation>
    </message>
</context>
<context>
    <name>casetrack::MainWindow</name>
    <message>
        <source>CaseTrack 党纪处分程序跟踪</source>
        <translation>CaseTrack – Party Disciplinary Procedure Tracking</translation>
    </message>
    <message>
        <source>导航</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>审计</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>用户：%1（%2）</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>立即锁定(&amp;L)</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>案件(&amp;C)</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>新建案件(&amp;N)…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>查找案件(&amp;F)</source>
        <translation>&amp;Find case</translation>
    </message>
    <message>
        <source>记录下一步骤(&amp;R)…</source>
        <translation>&amp;Record next step…</translation>
    </message>
    <message>
        <source>重新计算(&amp;U)</source>
        <translation>Recalc&amp;ulate</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于 CaseTrack(&amp;A)</source>
        <translation>&amp;About CaseTrack</translation>
    </message>
    <message>
        <source>没有超期或即将到期的期限。</source>
        <translation>No deadlines are overdue or due soon.</translation>
    </message>
    <message>
        <source>%1 项期限已超期，%2 项即将到期。</source>
        <translation>Deadlines overdue: %1; due soon: %2.</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>期限即将到期</source>
        <translation>Deadlines due soon</translation>
    </message>
    <message>
        <source>修改我的密码(&amp;P)…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <source>密码已修改。</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>警告：测试用数据库（fast 密钥派生），不得存放真实案件</source>
        <translation>Warning: test database (fast key derivation) — do not keep real cases in it</translation>
    </message>
    <message>
        <source>数据库无法完整读取</source>
        <translation>The database cannot be read in full</translation>
    </message>
    <message>
        <source>超期 %1 项 · 即将到期 %2 项</source>
        <translation>%1 overdue · %2 due soon</translation>
    </message>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
</context>
<context>
    <name>casetrack::MaterialExportDialog</name>
    <message>
        <source>导出案件材料</source>
        <translation>Export a case material</translation>
    </message>
    <message>
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>必填，如：报送备案</source>
        <translation>Required, e.g. record filing</translation>
    </message>
    <message>
        <source>接收方</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>必填，如：派出机构案件审理室</source>
        <translation>Required, e.g. the dispatching body&apos;s case review office</translation>
    </message>
    <message>
        <source>材料：</source>
        <translation>Material:</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>导出到：</source>
        <translation>Export to:</translation>
    </message>
    <message>
        <source>用途：</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>接收方：</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <source>导出前记入审计记录（用途和接收方）；导出的文件只有本账户可读。</source>
        <translation>Recorded in the audit trail (purpose and recipient) before it is exported; only this account can read the exported file.</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>casetrack::MaterialPicker</name>
    <message>
        <source>从案件材料选取…</source>
        <translation>Pick from the case materials…</translation>
    </message>
    <message>
        <source>把本案已添加的材料列入“材料”</source>
        <translation>Add the materials attached to this case to “Materials”</translation>
    </message>
</context>
<context>
    <name>casetrack::MaterialPickerDialog</name>
    <message>
        <source>从案件材料选取</source>
        <translation>Pick from the case materials</translation>
    </message>
    <message>
        <source>案件材料</source>
        <translation>Case materials</translation>
    </message>
    <message>
        <source>%1（%2，%3）</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>本案尚无材料。可在案件页面的“案件材料”中添加。</source>
        <translation>This case has no materials yet. Attach them under “Case materials” on the case page.</translation>
    </message>
    <message>
        <source>勾选要列入的材料：</source>
        <translation>Tick the materials to list:</translation>
    </message>
    <message>
        <source>列入</source>
        <translation>List them</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>casetrack::MaterialsPanel</name>
    <message>
        <source>案件材料</source>
        <translation>Case materials</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>添加人</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <source>添加文件，或把文件拖到案件页面上（每份不超过 %1 MiB）</source>
        <translation>Attach files, or drop files on the case page (at most %1 MiB each)</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>用系统的查看程序打开（临时副本只有本账户可读，锁定或退出时删除）</source>
        <translation>Open in the system&apos;s viewer (the temporary copy is readable by this account only and is deleted at lock or exit)</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>移除…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>尚无材料。可点“添加…”，或把文件拖到本页面上。</source>
        <translation>No materials yet. Click “Attach…”, or drop files on this page.</translation>
    </message>
    <message>
        <source>您的角色（%1）不能移除材料；由案件承办人员或管理员移除。</source>
        <translation>Your role (%1) cannot remove materials; a case officer or an administrator removes them.</translation>
    </message>
    <message>
        <source>已导出到 %1。</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>系统中没有能打开 %1 的查看程序。可用“导出…”保存后用其他程序查看。</source>
        <translation>No program on this system opens %1. Use “Export…” to save it and open it with another program.</translation>
    </message>
</context>
<context>
    <name>casetrack::NewCaseDialog</name>
    <message>
        <source>新建案件</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>被审查调查人姓名</source>
        <translation>Name of the person under investigation</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>入党日期</source>
        <translation>Date of joining the Party</translation>
    </message>
    <message>
        <source>被审查调查人</source>
        <translation>Person under investigation</translation>
    </message>
    <message>
        <source>姓名（必填）：</source>
        <translation>Name (required):</translation>
    </message>
    <message>
        <source>性别：</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>民族：</source>
        <translation>Ethnicity:</translation>
    </message>
    <message>
        <source>出生日期：</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>入党日期：</source>
        <translation>Joined the Party on:</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>职务：</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>立案机关</source>
        <translation>Filing body</translation>
    </message>
    <message>
        <source>派驻机构（纪检监察组）</source>
        <translation>Stationed body (discipline inspection team)</translation>
    </message>
    <message>
        <source>地方纪委</source>
        <translation>Local discipline commission</translation>
    </message>
    <message>
        <source>任免由驻在单位党组会议讨论决定</source>
        <translation>Appointed and removed by the unit&apos;s Party group meeting</translation>
    </message>
    <message>
        <source>是驻在单位党组管理的领导班子成员</source>
        <translation>Leadership member managed by the unit&apos;s Party group</translation>
    </message>
    <message>
        <source>领导班子成员的案件须移送派出机构审理（第六条）。</source>
        <translation>Cases of leadership team members must be transferred to the dispatched body for review (Article 6).</translation>
    </message>
    <message>
        <source>是其他列入重点监督对象的党员</source>
        <translation>Is another Party member listed as a key supervision target</translation>
    </message>
    <message>
        <source>重点监督对象的案件也须移送派出机构审理（第六条）。</source>
        <translation>Cases of key supervision targets must also be transferred to the dispatched body for review (Article 6).</translation>
    </message>
    <message>
        <source>是领导班子中的正职领导干部</source>
        <translation>Is the principal leader of the leadership team</translation>
    </message>
    <message>
        <source>正职领导干部的处分建议须先与派出机关有关部门沟通形成一致意见（第八条第二款）。</source>
        <translation>For a principal leader, agreement on the sanction suggestion must first be reached with the relevant departments of the dispatching organ (Article 8(2)).</translation>
    </message>
    <message>
        <source>是否向党中央或地方党委备案</source>
        <translation>On record with the Central Committee or a local Party committee?</translation>
    </message>
    <message>
        <source>不是备案的党员干部</source>
        <translation>Not a Party cadre on record</translation>
    </message>
    <message>
        <source>向党中央备案</source>
        <translation>On record with the Central Committee</translation>
    </message>
    <message>
        <source>向本级地方党委备案</source>
        <translation>On record with the local Party committee at the same level</translation>
    </message>
    <message>
        <source>备案的党员干部受处分后，须通报中央组织部或本级党委组织部门（第十一条第三款）。</source>
        <translation>When a Party cadre on record is sanctioned, the Central Organization Department or the organization department of the Party committee at the same level must be notified (Article 11(3)).</translation>
    </message>
    <message>
        <source>党组织关系在地方，干部由主管部门党组管理</source>
        <translation>Party relation local; cadre managed by the department&apos;s Party group</translation>
    </message>
    <message>
        <source>适用第十二条：处分决定后须向地方党组织或主管部门党组通报。</source>
        <translation>Article 12 applies: after the sanction decision, the local Party organization or the Party group of the competent department must be informed.</translation>
    </message>
    <message>
        <source>同时是地方党委委员、候补委员或地方纪委委员</source>
        <translation>Also on a local Party committee (incl. alternate) or commission</translation>
    </message>
    <message>
        <source>由地方纪委作出处分决定（第十二条第二款）。</source>
        <translation>The sanction decision is made by the local discipline commission (Article 12(2)).</translation>
    </message>
    <message>
        <source>重大、疑难、复杂案件</source>
        <translation>Major, difficult or complex case</translation>
    </message>
    <message>
        <source>可以商请派出机构提前介入审理（第六条第三款）。</source>
        <translation>The dispatched body may be asked to become involved in the review early (Article 6(3)).</translation>
    </message>
    <message>
        <source>决定适用程序的情况</source>
        <translation>Facts that determine the procedure</translation>
    </message>
    <message>
        <source>立案机关：</source>
        <translation>Filing body:</translation>
    </message>
    <message>
        <source>备案情况：</source>
        <translation>Record-filing:</translation>
    </message>
    <message>
        <source>同时记录立案</source>
        <translation>Also record the case filing</translation>
    </message>
    <message>
        <source>立案日期</source>
        <translation>Filing date</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>立案（第五条）</source>
        <translation>Case filing (Article 5)</translation>
    </message>
    <message>
        <source>立案日期：</source>
        <translation>Filing date:</translation>
    </message>
    <message>
        <source>案件编号：</source>
        <translation>Case no.:</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>按以上情况，本案适用：&lt;b&gt;%1&lt;/b&gt;（%2）</source>
        <translation>Based on the above, this case follows: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>请填写被审查调查人姓名。</source>
        <translation>Please enter the name of the person under investigation.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>本单位机关纪委（基层纪委）</source>
        <translation>The unit&apos;s own commission (grassroots commission)</translation>
    </message>
    <message>
        <source>属于驻在单位党组管理的人员</source>
        <translation>Managed by the Party group of the unit</translation>
    </message>
    <message>
        <source>不属于党组管理的人员不适用本规定（第三条、第四条），CaseTrack 不跟踪此类案件。</source>
        <translation>The regulation does not reach a person the Party group does not manage (第三条, 第四条); CaseTrack does not track such cases.</translation>
    </message>
    <message>
        <source>任免经党组会议讨论决定的党员，只能由党组讨论决定处分（第四条第一款）。</source>
        <translation>A member whom the Party group meeting appoints is sanctioned only by the Party group&apos;s decision (第四条第一款).</translation>
    </message>
    <message>
        <source>处分决定方式</source>
        <translation>Who decides the sanction</translation>
    </message>
    <message>
        <source>党组讨论决定（第四条第一款）</source>
        <translation>The Party group decides (第四条第一款)</translation>
    </message>
    <message>
        <source>基层纪委审查批准或基层党委审议批准（第四条第二款）</source>
        <translation>The grassroots commission or committee approves (第四条第二款)</translation>
    </message>
    <message>
        <source>任免不经党组会议讨论决定的党员，其处分也可以由基层纪委审查批准或基层党委审议批准（第四条第二款“也可以”）：这是可选的，党组仍可讨论决定。开除党籍的，还须报党组会议审议批准。</source>
        <translation>For a member the Party group meeting does not appoint, the grassroots commission or committee MAY approve the sanction (第四条第二款: “may also”): a choice, the Party group may still decide. An expulsion also needs the Party group meeting&apos;s approval.</translation>
    </message>
    <message>
        <source>派驻机构立案的，须向所在单位党组主要负责人通报（第五条）；地方纪委立案适用第十二条；本单位机关纪委（基层纪委）也可以立案。</source>
        <translation>A case the stationed body files is notified to the principal of the unit&apos;s Party group (第五条); a local commission&apos;s filing follows 第十二条; the unit&apos;s own commission may also file.</translation>
    </message>
    <message>
        <source>处分决定方式：</source>
        <translation>Who decides:</translation>
    </message>
    <message>
        <source>机构（可不选：使用各类别的默认机构）</source>
        <translation>Organs (optional: each kind&apos;s default is used)</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(none registered)</translation>
    </message>
    <message>
        <source>默认：%1</source>
        <translation>Default: %1</translation>
    </message>
    <message>
        <source>%1：</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>正职领导干部同时视为领导班子成员，按领导班子成员办理（第六条、第八条第二款）。</source>
        <translation>A principal leader is also a leadership member and is handled as one (第六条, 第八条第二款).</translation>
    </message>
</context>
<context>
    <name>casetrack::OrganizationDialog</name>
    <message>
        <source>添加机构</source>
        <translation>Add organ</translation>
    </message>
    <message>
        <source>编辑机构</source>
        <translation>Edit organ</translation>
    </message>
    <message>
        <source>机构类别</source>
        <translation>Kind of organ</translation>
    </message>
    <message>
        <source>机构全称</source>
        <translation>Full name of the organ</translation>
    </message>
    <message>
        <source>如：中共某某市财政局党组</source>
        <translation>e.g. CPC Party Group of the Municipal Finance Bureau</translation>
    </message>
    <message>
        <source>发文机关标志</source>
        <translation>Issuing-organ mark</translation>
    </message>
    <message>
        <source>如：市财政局党组（可不填，用全称）</source>
        <translation>e.g. Finance Bureau Party Group (optional; the full name otherwise)</translation>
    </message>
    <message>
        <source>发文字号前缀</source>
        <translation>Document-number prefix</translation>
    </message>
    <message>
        <source>如：财党，文号为 财党〔2026〕3号</source>
        <translation>e.g. 财党, giving numbers like 财党〔2026〕3号</translation>
    </message>
    <message>
        <source>印发机关</source>
        <translation>Printing office</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>作为此类别的默认机构（未指定机构的案件使用它）</source>
        <translation>Default of its kind (used by cases that name no organ of this kind)</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>全称（必填）：</source>
        <translation>Full name (required):</translation>
    </message>
    <message>
        <source>发文机关标志：</source>
        <translation>Issuing-organ mark:</translation>
    </message>
    <message>
        <source>发文字号前缀：</source>
        <translation>Number prefix:</translation>
    </message>
    <message>
        <source>印发机关：</source>
        <translation>Printing office:</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>casetrack::OrganizationsPanel</name>
    <message>
        <source>发文和收文机构（修改记入审计）</source>
        <translation>Organs that issue and receive documents (changes are audited)</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>全称</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>发文机关标志</source>
        <translation>Issuing-organ mark</translation>
    </message>
    <message>
        <source>发文字号前缀</source>
        <translation>Number prefix</translation>
    </message>
    <message>
        <source>印发机关</source>
        <translation>Printing office</translation>
    </message>
    <message>
        <source>默认</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>添加机构…</source>
        <translation>Add organ…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>案件可以为各类机构指定其中之一；未指定的，文书使用该类别的默认机构。文书需要的机构尚未登记时，不能打印。</source>
        <translation>A case may name one organ of each kind; where it names none, its documents use the default of that kind. A document whose organ is not registered cannot be printed.</translation>
    </message>
    <message>
        <source>只有可以修改数据库设置的角色（管理员）能登记和编辑机构。</source>
        <translation>Only a role that may change the database settings (administrator) can register and edit organs.</translation>
    </message>
    <message>
        <source>尚未登记机构：文书需要的机构须先在此登记。</source>
        <translation>No organs registered yet: register here the organs the documents need.</translation>
    </message>
    <message>
        <source>已登记机构。</source>
        <translation>Organ registered.</translation>
    </message>
    <message>
        <source>已保存机构。</source>
        <translation>Organ saved.</translation>
    </message>
</context>
<context>
    <name>casetrack::PrintDocumentDialog</name>
    <message>
        <source>打印文书 — %1</source>
        <translation>Print documents — %1</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>必填，如：报送备案</source>
        <translation>Required, e.g. submission for record-filing</translation>
    </message>
    <message>
        <source>接收方</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>必填，如：中央组织部干部监督局</source>
        <translation>Required, e.g. Cadre Supervision Bureau of the Central Organization Department</translation>
    </message>
    <message>
        <source>用途和接收方</source>
        <translation>Purpose and recipient</translation>
    </message>
    <message>
        <source>依照数据共享规定第二十五条、第二十九条，打印或导出案件信息须写明用途和接收方，并记入审计日志。</source>
        <translation>Under Articles 25 and 29 of the data-sharing regulations, printing or exporting case information requires stating its purpose and recipient, which are recorded in the audit log.</translation>
    </message>
    <message>
        <source>用途：</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>接收方：</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <source>文书信息…</source>
        <translation>Document details…</translation>
    </message>
    <message>
        <source>违纪事实、处分依据、发文序号、主送、抄送和宣布记录</source>
        <translation>Facts of the violation, basis for the sanction, document sequence number, main recipient, copy recipients and announcement record</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>另存为 ODT…</source>
        <translation>Save as ODT…</translation>
    </message>
    <message>
        <source>可在 WPS 或 LibreOffice 中编辑；仅用于决定、通报和函。</source>
        <translation>Editable in WPS or LibreOffice; available only for decisions, notices and letters.</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>保存文书</source>
        <translation>Save document</translation>
    </message>
    <message>
        <source>可打印，可另存为 PDF 或 ODT</source>
        <translation>Can be printed, or saved as PDF or ODT</translation>
    </message>
    <message>
        <source>可打印，可另存为 PDF</source>
        <translation>Can be printed, or saved as PDF</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>已保存 %1（%2 页）。</source>
        <translation>Saved %1 (%2 page(s)).</translation>
    </message>
    <message>
        <source>已保存 %1。</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>替代字体：%1</source>
        <translation>Substitute fonts: %1</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>ODT 文档 (*.odt)</source>
        <translation>ODT documents (*.odt)</translation>
    </message>
    <message>
        <source>无法开始打印。</source>
        <translation>Could not start printing.</translation>
    </message>
    <message>
        <source>已送打印：%1，共 %2 页。</source>
        <translation>Sent to the printer: %1, %2 page(s).</translation>
    </message>
    <message>
        <source>打印 %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>本机未安装国家标准规定的部分字体，将以替代字体排版。%1</source>
        <translation>Some fonts required by the national standard are not installed on this computer; substitute fonts will be used. %1</translation>
    </message>
    <message>
        <source>另存为 DOCX…</source>
        <translation>Save as DOCX…</translation>
    </message>
    <message>
        <source>可在 Word 或 WPS 中编辑；仅用于决定、通报和函。</source>
        <translation>Editable in Word or WPS; for decisions, notices and letters only.</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>打印未能完成：%1。请检查打印机后重试。</source>
        <translation>Printing did not finish: %1. Check the printer and try again.</translation>
    </message>
</context>
<context>
    <name>casetrack::ProcedureStepper</name>
    <message>
        <source>程序进度</source>
        <translation>Procedure progress</translation>
    </message>
    <message>
        <source>%1或%2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>当前可记录</source>
        <translation>Can be recorded now</translation>
    </message>
    <message>
        <source>暂不能记录</source>
        <translation>Cannot be recorded yet</translation>
    </message>
    <message>
        <source>尚未进行</source>
        <translation>Not reached yet</translation>
    </message>
    <message>
        <source>已完成：%1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>当前可记录（“下一步”中的按钮）</source>
        <translation>Can be recorded now (its button is under “Next steps”)</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>依据：%1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>第%1步，%2：%3</source>
        <translation>Step %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>casetrack::RecusalEditor</name>
    <message>
        <source>回避人员</source>
        <translation>Members who withdrew</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>回避理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>添加回避人员</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
</context>
<context>
    <name>casetrack::RemoveMaterialDialog</name>
    <message>
        <source>移除案件材料</source>
        <translation>Remove a case material</translation>
    </message>
    <message>
        <source>移除“%1”（%2）？</source>
        <translation>Remove “%1” (%2)?</translation>
    </message>
    <message>
        <source>移除后材料不再列出，也不能打开或导出；移除本身连同理由记入审计记录，文件仍保存在数据库中，不会被删除。</source>
        <translation>Once removed, the material is no longer listed and cannot be opened or exported; the removal and its reason are recorded in the audit trail, and the file stays in the database: it is not deleted.</translation>
    </message>
    <message>
        <source>移除理由</source>
        <translation>Reason for removal</translation>
    </message>
    <message>
        <source>必填，如：误传了其他案件的文件</source>
        <translation>Required, e.g. a file of another case attached by mistake</translation>
    </message>
    <message>
        <source>理由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>casetrack::SettingsPage</name>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>无操作自动锁定时间</source>
        <translation>Idle time before automatic lock</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>跟随系统</source>
        <translation>System default</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>期限提醒提前天数</source>
        <translation>Days of advance warning for deadlines</translation>
    </message>
    <message>
        <source>严格计算：期限最后一天为节假日时不顺延</source>
        <translation>Strict counting: do not extend a period whose last day is a holiday</translation>
    </message>
    <message>
        <source>本机设置</source>
        <translation>Settings on this computer</translation>
    </message>
    <message>
        <source>无操作自动锁定：</source>
        <translation>Lock automatically after idle:</translation>
    </message>
    <message>
        <source>界面语言（重新启动后生效）：</source>
        <translation>Interface language (takes effect after a restart):</translation>
    </message>
    <message>
        <source>数据库设置（所有用户共用，修改记入审计）</source>
        <translation>Database settings (shared by all users; changes are recorded in the audit trail)</translation>
    </message>
    <message>
        <source>到期前提醒：</source>
        <translation>Warn before due date:</translation>
    </message>
    <message>
        <source>默认按《民法典》第二百零一条至第二百零三条的方法计算期限：开始当日不计入，最后一日为法定节假日或休息日的，顺延至其后第一个工作日。</source>
        <translation>By default, periods are calculated as in Articles 201 to 203 of the Civil Code: the starting day is not counted, and if the last day is a statutory holiday or rest day, the period is extended to the first working day after it.</translation>
    </message>
    <message>
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>设置已保存。</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>文书：</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <source>全体用户的自动锁定时间上限</source>
        <translation>Idle lock limit for all users</translation>
    </message>
    <message>
        <source>自动锁定上限（每位用户可设得更短）：</source>
        <translation>Idle lock limit (each user may choose less):</translation>
    </message>
    <message>
        <source>正在按新的设置重新计算每个案件的期限…</source>
        <translation>Recalculating every case’s deadlines with the new settings…</translation>
    </message>
</context>
<context>
    <name>casetrack::StatisticsPage</name>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>年度(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>重新统计</source>
        <translation>Count again</translation>
    </message>
    <message>
        <source>按阶段</source>
        <translation>By stage</translation>
    </message>
    <message>
        <source>按程序</source>
        <translation>By procedure</translation>
    </message>
    <message>
        <source>按处分</source>
        <translation>By sanction</translation>
    </message>
    <message>
        <source>按单位</source>
        <translation>By unit</translation>
    </message>
    <message>
        <source>期限遵守</source>
        <translation>Deadlines kept</translation>
    </message>
    <message>
        <source>办理用时</source>
        <translation>Time taken</translation>
    </message>
    <message>
        <source>显示本页时统计全部案件。</source>
        <translation>Every case is counted when this page is shown.</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>统计已取消。</source>
        <translation>Counting was cancelled.</translation>
    </message>
    <message>
        <source>截至 %1，共 %2 件案件。</source>
        <translation>As of %1, %2 cases.</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>无法写入图片 %1。请检查文件夹是否可写、磁盘是否已满。</source>
        <translation>Cannot write the image %1. Check that the folder is writable and the disk is not full.</translation>
    </message>
</context>
<context>
    <name>casetrack::StepDialog</name>
    <message>
        <source>记录：%1</source>
        <translation>Record: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;（%2）</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>案件：%1</source>
        <translation>Case: %1</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>未知的步骤。</source>
        <translation>Unknown step.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>casetrack::StepFieldsEditor</name>
    <message>
        <source>发生日期</source>
        <translation>Date of occurrence</translation>
    </message>
    <message>
        <source>步骤实际发生的日期（不是录入的日期），不能晚于今天。</source>
        <translation>The date on which the step actually happened (not the date of entry); it cannot be later than today.</translation>
    </message>
    <message>
        <source>发生日期：</source>
        <translation>Date of occurrence:</translation>
    </message>
    <message>
        <source>每行一项</source>
        <translation>One item per line</translation>
    </message>
    <message>
        <source>（不填）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1（必填）：</source>
        <translation>%1 (required):</translation>
    </message>
    <message>
        <source>%1：</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>请填写应到人数。</source>
        <translation>Please enter the number of members entitled to attend.</translation>
    </message>
    <message>
        <source>实到人数不能多于应到人数。</source>
        <translation>Members present cannot exceed members entitled to attend.</translation>
    </message>
    <message>
        <source>同意人数不能多于实到人数。</source>
        <translation>Votes in favour cannot exceed members present.</translation>
    </message>
    <message>
        <source>符合要求。</source>
        <translation>Requirements met.</translation>
    </message>
    <message>
        <source>不符合要求：不得由个人或少数人决定。</source>
        <translation>Requirements not met: the decision may not be made by an individual or a minority.</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>应到 %1 人：实到须至少 %2 人，同意须至少 %3 人（%4）。</source>
        <translation>%1 members entitled to attend: at least %2 must be present and at least %3 must vote in favour (%4).</translation>
    </message>
    <message>
        <source>应到 %1 人：实到须至少 %2 人（%3）。</source>
        <translation>%1 members entitled to attend: at least %2 must be present (%3).</translation>
    </message>
    <message>
        <source>回避的成员计入应到人数、不计入实到人数：实到 %1 人加回避 %2 人多于应到人数。</source>
        <translation>Members who withdrew count in the total, not among those present: %1 present plus %2 withdrawn exceed the total.</translation>
    </message>
</context>
<context>
    <name>casetrack::TimelineModel</name>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>撤销第 %1 条记录。理由：%2</source>
        <translation>Retracted record %1. Reason: %2</translation>
    </message>
    <message>
        <source>日期改为 %1</source>
        <translation>date changed to %1</translation>
    </message>
    <message>
        <source>更正第 %1 条记录：%2。理由：%3</source>
        <translation>Corrected record %1: %2. Reason: %3</translation>
    </message>
    <message>
        <source>%1（已撤销）</source>
        <translation>%1 (retracted)</translation>
    </message>
    <message>
        <source>%1（已更正）</source>
        <translation>%1 (corrected)</translation>
    </message>
    <message>
        <source>%1，%2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>casetrack::UnlockDialog</name>
    <message>
        <source>解锁 CaseTrack</source>
        <translation>Unlock CaseTrack</translation>
    </message>
    <message>
        <source>打开其他数据库…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <source>新建数据库…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>数据库：</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>用户：</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>找不到数据库文件 %1。请打开其他数据库，或新建一个。</source>
        <translation>Database file %1 not found. Open another database, or create a new one.</translation>
    </message>
    <message>
        <source>请选择或输入用户名。</source>
        <translation>Please choose or enter a user name.</translation>
    </message>
    <message>
        <source>正在解锁…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>打开数据库</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>CaseTrack 数据库 (*.db);;所有文件 (*)</source>
        <translation>CaseTrack databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>忘记了所有密码：用恢复单上的恢复密钥解锁</source>
        <translation>All passwords lost: unlock with the recovery key from the recovery sheet</translation>
    </message>
    <message>
        <source>恢复密钥</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>64 位，如 1A2B3C4D 5E6F…，空格和连字符可有可无</source>
        <translation>64 digits, e.g. 1A2B3C4D 5E6F…; spaces and dashes optional</translation>
    </message>
    <message>
        <source>恢复密钥：</source>
        <translation>Recovery key:</translation>
    </message>
    <message>
        <source>恢复密钥以第一位在用的管理员身份解锁，只能用来重设密码（在“用户”页）。</source>
        <translation>The recovery key unlocks as the first active administrator and may only be used to reset passwords (on the Users page).</translation>
    </message>
</context>
<context>
    <name>casetrack::UsersModel</name>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>创建日期</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>casetrack::UsersPage</name>
    <message>
        <source>用户列表</source>
        <translation>User list</translation>
    </message>
    <message>
        <source>添加用户…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>重设密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>重新启用</source>
        <translation>Re-enable</translation>
    </message>
    <message>
        <source>已添加用户 %1。</source>
        <translation>Added user %1.</translation>
    </message>
    <message>
        <source>请先选择一个用户。</source>
        <translation>Please select a user first.</translation>
    </message>
    <message>
        <source>已重设 %1 的密码。</source>
        <translation>The password of %1 has been reset.</translation>
    </message>
    <message>
        <source>已重新启用 %1。</source>
        <translation>Re-enabled %1.</translation>
    </message>
    <message>
        <source>重新加密…</source>
        <translation>Re-encrypt…</translation>
    </message>
    <message>
        <source>已停用 %1。该账户曾经得到的数据库密钥仍能解密文件：请点“重新加密…”。</source>
        <translation>%1 deactivated. The database key this account once had still decrypts the file: click &quot;Re-encrypt…&quot;.</translation>
    </message>
</context>
<context>
    <name>casetrack::WizardAdminPage</name>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>管理员可以添加其他用户。每个人用自己的密码解锁，没有共用密码。</source>
        <translation>The administrator can add other users. Everyone unlocks with their own password; there is no shared password.</translation>
    </message>
    <message>
        <source>管理员姓名：</source>
        <translation>Administrator name:</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>再次输入密码：</source>
        <translation>Re-enter the password:</translation>
    </message>
    <message>
        <source>密码强度</source>
        <translation>Password strength</translation>
    </message>
    <message>
        <source>密码强度：</source>
        <translation>Password strength:</translation>
    </message>
    <message>
        <source>忘记密码时，只能由管理员重设，或用下一步的恢复密钥。</source>
        <translation>A forgotten password can only be reset by an administrator, or with the recovery key from the next step.</translation>
    </message>
    <message>
        <source>无法创建数据库</source>
        <translation>Could not create the database</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
</context>
<context>
    <name>casetrack::WizardLocationPage</name>
    <message>
        <source>数据库位置</source>
        <translation>Database location</translation>
    </message>
    <message>
        <source>案件保存在一个加密的数据库文件中。通常使用默认位置即可。</source>
        <translation>Cases are stored in an encrypted database file. The default location is usually fine.</translation>
    </message>
    <message>
        <source>选择位置…</source>
        <translation>Choose location…</translation>
    </message>
    <message>
        <source>数据库文件：</source>
        <translation>Database file:</translation>
    </message>
    <message>
        <source>没有密码无法读取此文件。请把它放在定期备份的位置；不要放在共享文件夹中。</source>
        <translation>This file cannot be read without a password. Keep it somewhere that is backed up regularly; do not put it in a shared folder.</translation>
    </message>
    <message>
        <source>新数据库的位置</source>
        <translation>Location of the new database</translation>
    </message>
    <message>
        <source>CaseTrack 数据库 (*.db)</source>
        <translation>CaseTrack databases (*.db)</translation>
    </message>
    <message>
        <source>文件已存在</source>
        <translation>File already exists</translation>
    </message>
    <message>
        <source>%1 已经存在。请选择其他位置，或取消后用解锁窗口打开它。</source>
        <translation>%1 already exists. Choose another location, or cancel and open it from the unlock window.</translation>
    </message>
    <message>
        <source>无法创建文件夹</source>
        <translation>Could not create folder</translation>
    </message>
    <message>
        <source>无法创建文件夹 %1。</source>
        <translation>Could not create folder %1.</translation>
    </message>
</context>
<context>
    <name>casetrack::WizardOrgansPage</name>
    <message>
        <source>本单位的机构</source>
        <translation>Your organs</translation>
    </message>
    <message>
        <source>文书以这些机构的名义印发。可以现在填写，也可以以后在“设置 → 发文和收文机构”中登记。</source>
        <translation>Documents are issued in the name of these organs. Fill them in now, or register them later under Settings → Organs that issue and receive documents.</translation>
    </message>
    <message>
        <source>如：中共某某市财政局党组</source>
        <translation>e.g. CPC Party Group of the Municipal Finance Bureau</translation>
    </message>
    <message>
        <source>如：财党</source>
        <translation>e.g. 财党</translation>
    </message>
    <message>
        <source>如：中共某某市纪委监委驻市财政局纪检监察组</source>
        <translation>e.g. Discipline inspection team stationed at the Finance Bureau</translation>
    </message>
    <message>
        <source>如：驻财纪</source>
        <translation>e.g. 驻财纪</translation>
    </message>
    <message>
        <source>驻在单位党组全称：</source>
        <translation>Party group of the unit, full name:</translation>
    </message>
    <message>
        <source>党组发文字号前缀：</source>
        <translation>Party group&apos;s number prefix:</translation>
    </message>
    <message>
        <source>派驻机构全称：</source>
        <translation>Stationed body, full name:</translation>
    </message>
    <message>
        <source>派驻机构发文字号前缀：</source>
        <translation>Stationed body&apos;s number prefix:</translation>
    </message>
</context>
<context>
    <name>casetrack::WizardRecoveryPage</name>
    <message>
        <source>恢复单</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>持有恢复密钥的人可以读取全部案件。请放入保密柜，不要拍照或存放在联网计算机上。</source>
        <translation>Anyone holding the recovery key can read every case. Keep it in a secure cabinet; do not photograph it or store it on a networked computer.</translation>
    </message>
    <message>
        <source>所有密码都遗失时，恢复密钥是打开数据库的唯一办法。请现在打印或抄写。</source>
        <translation>When every password is lost, the recovery key is the only way to open the database. Print it or copy it out by hand now.</translation>
    </message>
    <message>
        <source>我已打印或抄写恢复单，并会妥善保管</source>
        <translation>I have printed or copied out the recovery sheet and will keep it safe</translation>
    </message>
    <message>
        <source>未能记入审计记录</source>
        <translation>Not recorded in the audit trail</translation>
    </message>
    <message>
        <source>恢复单已打印，但打印未能记入审计记录：%1</source>
        <translation>The recovery sheet was printed, but the print could not be recorded in the audit trail: %1</translation>
    </message>
</context>
<context>
    <name>casetrack::YearView</name>
    <message>
        <source>全年日历</source>
        <translation>Calendar for the year</translation>
    </message>
    <message>
        <source>班</source>
        <translation>W</translation>
    </message>
    <message>
        <source>休</source>
        <translation>H</translation>
    </message>
    <message>
        <source>一</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>二</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>三</source>
        <translation>We</translation>
    </message>
    <message>
        <source>四</source>
        <translation>Th</translation>
    </message>
    <message>
        <source>五</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>六</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>日</source>
        <translation>Su</translation>
    </message>
</context>
</TS>
