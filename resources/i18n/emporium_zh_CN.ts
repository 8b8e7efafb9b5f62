<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../client/screens/audit.py" line="35"/>
        <source>Operation log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="35"/>
        <source>Every change made through Emporium, newest first.</source>
        <translation>通过 Emporium 做出的每一项更改，最新的在前。</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="38"/>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="40"/>
        <source>e.g. system.create_user or system.</source>
        <translation>例如 system.create_user 或 system.</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="42"/>
        <source>e.g. user, role, setting</source>
        <translation>例如 user、role、setting</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="44"/>
        <source>record id</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="46"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="46"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="52"/>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="54"/>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="55"/>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="56"/>
        <location filename="../../client/screens/audit.py" line="76"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="58"/>
        <location filename="../../client/screens/audit.py" line="77"/>
        <source>Verb</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="60"/>
        <location filename="../../client/screens/audit.py" line="78"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="75"/>
        <source>When (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="79"/>
        <source>Id(s)</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="80"/>
        <source>Client address</source>
        <translation>客户端地址</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="87"/>
        <location filename="../../client/screens/audit.py" line="132"/>
        <source>Select an entry to see what changed.</source>
        <translation>选择一条记录以查看更改内容。</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="91"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="91"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="91"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/audit.py" line="117"/>
        <source>%n entries shown</source>
        <translation>
            <numerusform>已显示 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="117"/>
        <source> — scroll for more</source>
        <translation> — 向下滚动加载更多</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="146"/>
        <source>#%1 — %2 by %3 at %4 from %5; records: %6%7</source>
        <translation>#%1 — %3 于 %4 从 %5 执行 %2；记录：%6%7</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="158"/>
        <source>Export operation log</source>
        <translation>导出操作日志</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="159"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="170"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="170"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/audit.py" line="187"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>已导出 %n 条到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/audit.py" line="188"/>
        <source>Export stopped after %n entries.</source>
        <translation>
            <numerusform>导出在 %n 条后停止。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../client/screens/batch.py" line="28"/>
        <source>Generate SKUs for %1</source>
        <translation>为 %1 批量生成 SKU</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="30"/>
        <source>Attribute values (tick the ones to combine; a surcharge adds to the base price)</source>
        <translation>属性值（勾选要组合的值；加价会加到基础价上）</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="39"/>
        <source>Give each new SKU an in-store EAN-13 barcode (20…)</source>
        <translation>为每个新 SKU 分配店内 EAN-13 条码（20…）</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="40"/>
        <source>Code &amp;pattern</source>
        <translation>编码规则(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="41"/>
        <source>{product}, an attribute code such as {colour}, {n} or {n:03} for a number</source>
        <translation>{product}、属性代码如 {colour}、序号 {n} 或 {n:03}</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="42"/>
        <source>&amp;Base price</source>
        <translation>基础价(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="43"/>
        <source>C&amp;ost</source>
        <translation>成本(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="46"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="46"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="46"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="47"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="51"/>
        <source>Preview to see every SKU before it is created.</source>
        <translation>创建前请先预览全部 SKU。</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="52"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="54"/>
        <source>&amp;Create SKUs</source>
        <translation>创建 SKU(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="82"/>
        <source>No attribute is bound to this product&apos;s category; bind colour, size or others to the category first.</source>
        <translation>此商品的类目未绑定任何属性；请先为类目绑定颜色、尺码等属性。</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="87"/>
        <source>Surcharge</source>
        <translation>加价</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="141"/>
        <source>exists already: skipped</source>
        <translation>已存在：跳过</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/batch.py" line="150"/>
        <source>%n new SKU(s) will be created</source>
        <translation>
            <numerusform>将创建 %n 个新 SKU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/batch.py" line="151"/>
        <source>; %n exist already</source>
        <translation>
            <numerusform>；%n 个已存在</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="156"/>
        <source>Creating SKUs in one transaction…</source>
        <translation>正在以单个事务创建 SKU…</translation>
    </message>
</context>
<context>
    <name>CatalogScreen</name>
    <message>
        <location filename="../../client/screens/catalog.py" line="177"/>
        <source>Products and SKUs</source>
        <translation>商品与 SKU</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="178"/>
        <source>Type a code or a name, or scan a barcode; the list loads as you scroll.</source>
        <translation>输入编码或名称，或扫描条码；列表随滚动加载。</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="181"/>
        <source>Code, name or barcode  (Ctrl+F)</source>
        <translation>编码、名称或条码  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="185"/>
        <location filename="../../client/screens/catalog.py" line="266"/>
        <source>All categories</source>
        <translation>全部类目</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="188"/>
        <location filename="../../client/screens/catalog.py" line="277"/>
        <source>All brands</source>
        <translation>全部品牌</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="190"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="193"/>
        <source>&amp;New product…</source>
        <translation>新建商品(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="194"/>
        <source>&amp;Product…</source>
        <translation>商品(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="195"/>
        <source>&amp;Edit SKU…</source>
        <translation>编辑 SKU(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="196"/>
        <source>&amp;Generate SKUs…</source>
        <translation>批量生成 SKU(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="197"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="198"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="211"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="212"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="213"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="214"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="215"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="216"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="217"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="218"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/catalog.py" line="248"/>
        <source>%n SKU(s) shown</source>
        <translation>
            <numerusform>已显示 %n 个 SKU</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="248"/>
        <source> — scroll for more</source>
        <translation> — 向下滚动加载更多</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="268"/>
        <source> (retired)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="360"/>
        <source>Imported: %1 new SKU(s), %2 changed.</source>
        <translation>已导入：新建 %1 个 SKU，修改 %2 个。</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="365"/>
        <source>Export SKUs</source>
        <translation>导出 SKU</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="366"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="376"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="376"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/catalog.py" line="394"/>
        <source>Exported %n SKU(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 个 SKU 到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/catalog.py" line="395"/>
        <source>Export stopped after %n SKU(s).</source>
        <translation>
            <numerusform>导出在 %n 个 SKU 后停止。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogSetupScreen</name>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="54"/>
        <source>Categories, brands and attributes</source>
        <translation>类目、品牌与属性</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="55"/>
        <source>Attributes bound to a category hold for every category below it.</source>
        <translation>绑定到某类目的属性同样适用于其下所有子类目。</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="59"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="59"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="59"/>
        <location filename="../../client/screens/catalog_setup.py" line="97"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="62"/>
        <source>Category tree</source>
        <translation>类目树</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="65"/>
        <source>New &amp;top level…</source>
        <translation>新建顶级类目(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="66"/>
        <source>New &amp;subcategory…</source>
        <translation>新建子类目(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="67"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="68"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="69"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="70"/>
        <source>Move &amp;to…</source>
        <translation>移动到(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="71"/>
        <location filename="../../client/screens/catalog_setup.py" line="202"/>
        <source>Re&amp;tire</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="72"/>
        <source>&amp;Attributes…</source>
        <translation>属性(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="87"/>
        <source>Brands</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="91"/>
        <source>New brand…</source>
        <translation>新建品牌…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="92"/>
        <source>Retire / reactivate</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="101"/>
        <source>New attribute…</source>
        <translation>新建属性…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="102"/>
        <source>Add values…</source>
        <translation>添加属性值…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="153"/>
        <location filename="../../client/screens/catalog_setup.py" line="164"/>
        <source> (retired)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="202"/>
        <source>Reac&amp;tivate</source>
        <translation>启用(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="215"/>
        <source>New category</source>
        <translation>新建类目</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="226"/>
        <source>Rename category</source>
        <translation>重命名类目</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="226"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="228"/>
        <source>Renamed.</source>
        <translation>已重命名。</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="241"/>
        <source>Moved.</source>
        <translation>已移动。</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="248"/>
        <source>(top level)</source>
        <translation>（顶级）</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="250"/>
        <source>Move category</source>
        <translation>移动类目</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="250"/>
        <source>New parent of %1:</source>
        <translation>%1 的新上级类目：</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="264"/>
        <location filename="../../client/screens/catalog_setup.py" line="310"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="272"/>
        <source>Attributes of %1</source>
        <translation>%1 的属性</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="298"/>
        <source>New brand</source>
        <translation>新建品牌</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="314"/>
        <source>New attribute</source>
        <translation>新建属性</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="326"/>
        <source>Add values to %1</source>
        <translation>为 %1 添加属性值</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../client/screens/password.py" line="15"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../client/screens/password.py" line="23"/>
        <source>Your password was set by an administrator. Choose your own now.</source>
        <translation>您的密码由管理员设置，请现在设置您自己的密码。</translation>
    </message>
    <message>
        <location filename="../../client/screens/password.py" line="19"/>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/password.py" line="20"/>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../client/screens/password.py" line="21"/>
        <source>&amp;Repeat new password</source>
        <translation>重复新密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../client/screens/password.py" line="32"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>CodeNameDialog</name>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="31"/>
        <source>&amp;Code</source>
        <translation>代码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="31"/>
        <source>lower-case letters, digits, - or _</source>
        <translation>小写字母、数字、- 或 _</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="32"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="36"/>
        <source>&amp;Values</source>
        <translation>属性值(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="37"/>
        <source>one per line: code, a space, then the name</source>
        <translation>每行一个：代码、空格、名称</translation>
    </message>
</context>
<context>
    <name>ContractsDialog</name>
    <message>
        <location filename="../../client/screens/purchasing.py" line="163"/>
        <source>Contracts of %1</source>
        <translation>%1 的合同</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="164"/>
        <source>Add contract</source>
        <translation>新增合同</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="166"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="166"/>
        <location filename="../../client/screens/purchasing.py" line="171"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="166"/>
        <location filename="../../client/screens/purchasing.py" line="174"/>
        <source>Valid from</source>
        <translation>生效日</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="167"/>
        <location filename="../../client/screens/purchasing.py" line="175"/>
        <source>Valid to</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="167"/>
        <source>Prices</source>
        <translation>价格数</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="167"/>
        <location filename="../../client/screens/purchasing.py" line="178"/>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="170"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="172"/>
        <location filename="../../client/screens/purchasing.py" line="188"/>
        <source>buy to own</source>
        <translation>买断</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="173"/>
        <location filename="../../client/screens/purchasing.py" line="188"/>
        <source>consignment</source>
        <translation>代销</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="179"/>
        <source>Price list</source>
        <translation>价格表</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="180"/>
        <source>One line per SKU: code or barcode, price</source>
        <translation>每行一个 SKU：编码或条码, 单价</translation>
    </message>
</context>
<context>
    <name>CouponsDialog</name>
    <message>
        <location filename="../../client/screens/promotions.py" line="298"/>
        <source>Coupons of %1</source>
        <translation>%1 的优惠券</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="306"/>
        <source>Prefix (optional)</source>
        <translation>前缀（可选）</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="308"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="309"/>
        <source>Codes:</source>
        <translation>券码数：</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="319"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="319"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="320"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="320"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/promotions.py" line="343"/>
        <source>The promotion has %n code(s).</source>
        <translation>
            <numerusform>该促销共有 %n 个券码。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FromTemplateDialog</name>
    <message>
        <location filename="../../client/screens/promotions.py" line="273"/>
        <source>New promotion from %1</source>
        <translation>从 %1 新建促销</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="278"/>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="279"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../client/screens/home.py" line="18"/>
        <source>Welcome, %1</source>
        <translation>欢迎，%1</translation>
    </message>
    <message>
        <location filename="../../client/screens/home.py" line="21"/>
        <location filename="../../client/screens/home.py" line="24"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../client/screens/home.py" line="27"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../../client/screens/home.py" line="28"/>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../client/screens/home.py" line="29"/>
        <source>Areas you may use:</source>
        <translation>可用的业务区：</translation>
    </message>
    <message>
        <location filename="../../client/screens/home.py" line="30"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../../client/screens/home.py" line="32"/>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <location filename="../../client/screens/home.py" line="42"/>
        <source>%1 %2 at %3, database %4</source>
        <translation>%1 %2，地址 %3，数据库 %4</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <location filename="../../client/widgets/images.py" line="30"/>
        <source>Add &amp;picture…</source>
        <translation>添加图片(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../client/widgets/images.py" line="31"/>
        <source>Remove picture</source>
        <translation>删除图片</translation>
    </message>
    <message>
        <location filename="../../client/widgets/images.py" line="75"/>
        <source>Add a picture</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <location filename="../../client/widgets/images.py" line="76"/>
        <source>Pictures (*.jpg *.jpeg *.png *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="30"/>
        <location filename="../../client/screens/catalog_import.py" line="64"/>
        <source>Import SKUs</source>
        <translation>导入 SKU</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="32"/>
        <source>Columns: %1. New SKUs need product_code and list_price (and, for a new product, product_name and category_code); existing SKUs are found by sku_code and updated. Nothing is imported unless every row is right.</source>
        <translation>列：%1。新 SKU 需要 product_code 和 list_price（新商品还需要 product_name 和 category_code）；已有 SKU 按 sku_code 查找并更新。只有所有行都正确时才会导入。</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="38"/>
        <source>No file chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="39"/>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="45"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="45"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="45"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="50"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="65"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>表格文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="75"/>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/catalog_import.py" line="78"/>
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>正在检查 %n 行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/catalog_import.py" line="91"/>
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n 行：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="91"/>
        <source>%1 new SKU(s), %2 changed, %3 new product(s).</source>
        <translation>新建 %1 个 SKU，修改 %2 个，新商品 %3 个。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/catalog_import.py" line="94"/>
        <source>%n problem(s): fix the file and choose it again.</source>
        <translation>
            <numerusform>%n 个问题：请修正文件后重新选择。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="97"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="102"/>
        <source>Importing in one transaction…</source>
        <translation>正在以单个事务导入…</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../client/screens/purchasing.py" line="125"/>
        <source>Supplier invoice for %1</source>
        <translation>%1 的供应商发票</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="127"/>
        <source>Invoice number</source>
        <translation>发票号</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="128"/>
        <source>Invoice date</source>
        <translation>发票日期</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="131"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="131"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="131"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="140"/>
        <source>Lines</source>
        <translation>明细行</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../client/screens/login.py" line="42"/>
        <source>Emporium — log in</source>
        <translation>Emporium — 登录</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="47"/>
        <source>Emporium back office</source>
        <translation>Emporium 后台管理</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="49"/>
        <source>Log in with the account your administrator gave you.</source>
        <translation>请使用管理员为您开设的账号登录。</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="54"/>
        <source>host:port</source>
        <translation>主机:端口</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="56"/>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="59"/>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="60"/>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="61"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="71"/>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="99"/>
        <source>Enter the server as host:port.</source>
        <translation>请按“主机:端口”格式输入服务器。</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="102"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="105"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="128"/>
        <source>Cannot reach the server at %1. Check the address, or ask whether the middle tier is running.</source>
        <translation>无法连接服务器 %1。请检查地址，或询问中间层服务是否在运行。</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="132"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="137"/>
        <source>This account is disabled; ask an administrator.</source>
        <translation>此账号已停用，请联系管理员。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../client/screens/main_window.py" line="30"/>
        <source>Emporium — %1 on %2</source>
        <translation>Emporium — %1 @ %2</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="86"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="87"/>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="90"/>
        <source>&amp;Change my password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="93"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="95"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="96"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="102"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="103"/>
        <source>&amp;About Emporium</source>
        <translation>关于 Emporium(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="107"/>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="108"/>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="110"/>
        <location filename="../../client/screens/main_window.py" line="168"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="168"/>
        <source>connection lost</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="169"/>
        <source>reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="169"/>
        <source>disconnected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="175"/>
        <source>The connection to the server was lost; reconnecting.</source>
        <translation>与服务器的连接已中断，正在重新连接。</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="180"/>
        <source>Your login session has ended.</source>
        <translation>您的登录会话已结束。</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="200"/>
        <source>About Emporium</source>
        <translation>关于 Emporium</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="201"/>
        <source>Emporium back office
Client connected to %1 as %2.</source>
        <translation>Emporium 后台管理
客户端已以 %2 身份连接到 %1。</translation>
    </message>
</context>
<context>
    <name>PoDialog</name>
    <message>
        <location filename="../../client/screens/purchasing.py" line="76"/>
        <source>New purchase order</source>
        <translation>新建采购订单</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="77"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="80"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="83"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="84"/>
        <source>Purchase</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="85"/>
        <source>Return to supplier</source>
        <translation>退货给供应商</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="86"/>
        <source>Expected</source>
        <translation>预计到货</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="88"/>
        <source>Over-receipt tolerance %</source>
        <translation>超收容差 %</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="90"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="92"/>
        <source>SKU code or barcode</source>
        <translation>SKU 编码或条码</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="92"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="93"/>
        <source>Price (blank: contract)</source>
        <translation>单价（留空：合同价）</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="96"/>
        <source>Lines</source>
        <translation>明细行</translation>
    </message>
</context>
<context>
    <name>PriceSimulatorScreen</name>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="62"/>
        <source>Price simulator</source>
        <translation>价格模拟器</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="63"/>
        <source>Scan or type a SKU code and press Enter to add it; F9 prices the cart.</source>
        <translation>扫描或输入 SKU 编码后按回车加入购物车；F9 计算价格。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="69"/>
        <source>SKU code or barcode</source>
        <translation>SKU 编码或条码</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="72"/>
        <source>&amp;Add</source>
        <translation>加入(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="73"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="75"/>
        <location filename="../../client/screens/price_simulator.py" line="81"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="81"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="81"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="82"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="82"/>
        <location filename="../../client/screens/price_simulator.py" line="125"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="91"/>
        <source>Customer and channel</source>
        <translation>客户与渠道</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="94"/>
        <source>member number (optional)</source>
        <translation>会员号（可选）</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="96"/>
        <source>e.g. gold</source>
        <translation>例如 gold</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="101"/>
        <source>codes, comma-separated</source>
        <translation>券码，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="104"/>
        <source>now, or 2026-12-12 10:00</source>
        <translation>现在，或 2026-12-12 10:00</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="105"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="106"/>
        <source>Member &amp;level</source>
        <translation>会员等级(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="107"/>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="108"/>
        <source>C&amp;oupons</source>
        <translation>优惠券(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="109"/>
        <source>&amp;Shipping fee</source>
        <translation>运费(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="110"/>
        <source>&amp;Time (UTC)</source>
        <translation>时间 UTC(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="111"/>
        <source>&amp;Price  (F9)</source>
        <translation>计算价格(&amp;P)  (F9)</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="124"/>
        <source>Line / step</source>
        <translation>行 / 步骤</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="124"/>
        <source>Base</source>
        <translation>基数</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="124"/>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="130"/>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="130"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="156"/>
        <source>No SKU with code or barcode %1.</source>
        <translation>没有编码或条码为 %1 的 SKU。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="176"/>
        <source>%1 added.</source>
        <translation>已加入 %1。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="192"/>
        <source>The cart is empty.</source>
        <translation>购物车是空的。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="207"/>
        <source>Total %1   (goods %2 of %3 list, shipping %4, you save %5)</source>
        <translation>合计 %1   （商品 %2，原价 %3，运费 %4，共优惠 %5）</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="224"/>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="231"/>
        <source>Gift: %1 × %2</source>
        <translation>赠品：%1 × %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/price_simulator.py" line="240"/>
        <source>Applied (%n)</source>
        <translation>
            <numerusform>已享受（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="242"/>
        <source>saves %1</source>
        <translation>优惠 %1</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="244"/>
        <source>, coupon %1</source>
        <translation>，券码 %1</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="246"/>
        <source>, %1 funded by %2</source>
        <translation>，其中 %1 由 %2 承担</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/price_simulator.py" line="252"/>
        <source>Almost (%n)</source>
        <translation>
            <numerusform>差一点（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/price_simulator.py" line="255"/>
        <source>Did not apply (%n)</source>
        <translation>
            <numerusform>未生效（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/price_simulator.py" line="258"/>
        <source>For other items (%n)</source>
        <translation>
            <numerusform>适用于其他商品（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/price_simulator.py" line="263"/>
        <source>Coupons refused (%n)</source>
        <translation>
            <numerusform>不可用的优惠券（%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../client/screens/catalog.py" line="111"/>
        <source>New product</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="112"/>
        <source>Product %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="123"/>
        <source>(no brand)</source>
        <translation>（无品牌）</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="132"/>
        <source>&amp;Code</source>
        <translation>代码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="133"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="134"/>
        <source>C&amp;ategory</source>
        <translation>类目(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="135"/>
        <source>&amp;Brand</source>
        <translation>品牌(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="136"/>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="141"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="142"/>
        <source>On sale needs at least one priced SKU on sale.</source>
        <translation>上架需要至少一个已定价且在售的 SKU。</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="146"/>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../client/widgets/progress.py" line="23"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/widgets/progress.py" line="45"/>
        <source>%n done</source>
        <translation>
            <numerusform>已完成 %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromotionDialog</name>
    <message>
        <location filename="../../client/screens/promotions.py" line="128"/>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="128"/>
        <source>New promotion</source>
        <translation>新建促销</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="129"/>
        <source>Promotion %1</source>
        <translation>促销 %1</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="136"/>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="137"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="142"/>
        <source>&amp;Stage</source>
        <translation>阶段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="143"/>
        <source>Item -&gt; item coupon -&gt; store-level -&gt; order coupon -&gt; shipping</source>
        <translation>单品 -&gt; 单品券 -&gt; 店铺级 -&gt; 订单券 -&gt; 运费</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="144"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="145"/>
        <source>Percent off</source>
        <translation>折扣百分比</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="145"/>
        <source>10 means 10 % off</source>
        <translation>10 表示减 10 %</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="146"/>
        <source>Amount / reward</source>
        <translation>金额 / 优惠额</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="147"/>
        <source>Amount off per unit, or the spend-and-save reward</source>
        <translation>每件立减金额，或满减的优惠额</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="148"/>
        <source>Fixed price</source>
        <translation>一口价</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="149"/>
        <source>Buy X</source>
        <translation>买 X 件</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="150"/>
        <source>Get Y free</source>
        <translation>送 Y 件</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="151"/>
        <source>Threshold</source>
        <translation>门槛</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="152"/>
        <source>Spend at least this (the minimum spend for other kinds)</source>
        <translation>消费满此金额（其他类型为最低消费）</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="153"/>
        <source>Repeat for every threshold reached</source>
        <translation>每满一次门槛重复优惠</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="154"/>
        <source>Cap</source>
        <translation>封顶</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="155"/>
        <source>Largest discount per order; empty: none</source>
        <translation>每单最高优惠；空：不封顶</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="156"/>
        <source>Gift SKU</source>
        <translation>赠品 SKU</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="157"/>
        <source>Gift quantity</source>
        <translation>赠品数量</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="158"/>
        <source>S&amp;cope</source>
        <translation>范围(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="159"/>
        <source>e.g. category:tshirts, brand:xihu, sku:P00001-WHITE-S; empty: the whole cart</source>
        <translation>例如 category:tshirts, brand:xihu, sku:P00001-WHITE-S；空：整个购物车</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="160"/>
        <source>E&amp;xclusion group</source>
        <translation>互斥组(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="161"/>
        <source>At most one promotion of a group applies</source>
        <translation>同一互斥组最多一个促销生效</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="162"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="162"/>
        <source>Lower runs first</source>
        <translation>数字小的先执行</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="163"/>
        <source>Stop further promotions of this stage</source>
        <translation>阻止本阶段后续促销</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="164"/>
        <source>Stackable with other stackable promotions</source>
        <translation>可与其他可叠加促销叠加</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="165"/>
        <source>Combines with</source>
        <translation>可共享的促销</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="166"/>
        <source>Ids of promotions this one may run with (both must name each other)</source>
        <translation>可同时生效的促销编号（双方须互相列出）</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="168"/>
        <source>price after earlier stages</source>
        <translation>前序阶段后的价格</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="169"/>
        <source>list price</source>
        <translation>标价</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="170"/>
        <source>Threshold counts</source>
        <translation>门槛计算依据</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="171"/>
        <source>Member levels</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="172"/>
        <source>Empty: every customer</source>
        <translation>空：所有客户</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="173"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="174"/>
        <source>; empty: all</source>
        <translation>；空：全部</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="175"/>
        <source>S&amp;tarts</source>
        <translation>开始(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="176"/>
        <source>2026-12-01 or 2026-12-01 10:00 (UTC); empty: now</source>
        <translation>2026-12-01 或 2026-12-01 10:00（UTC）；空：立即</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="177"/>
        <source>&amp;Ends</source>
        <translation>结束(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="178"/>
        <source>Usage limit</source>
        <translation>使用次数上限</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="179"/>
        <source>Per customer</source>
        <translation>每客户上限</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="180"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="181"/>
        <source>Co-funding supplier</source>
        <translation>共同出资供应商</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="182"/>
        <source>Supplier share %</source>
        <translation>供应商分担 %</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="185"/>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
</context>
<context>
    <name>PromotionsScreen</name>
    <message>
        <location filename="../../client/screens/promotions.py" line="356"/>
        <source>Promotions</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="357"/>
        <source>Activities and their templates. The timeline shows what runs when; a promotion that collides with an exclusive one is flagged when it is saved.</source>
        <translation>活动及其模板。时间轴显示各活动的运行时间；与互斥促销冲突的活动在保存时会被标出。</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="361"/>
        <source>Code or name  (Ctrl+F)</source>
        <translation>编码或名称  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="364"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="367"/>
        <source>&amp;Templates</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="373"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="374"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="375"/>
        <source>From &amp;template…</source>
        <translation>从模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="376"/>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="377"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="378"/>
        <source>En&amp;d</source>
        <translation>结束(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="379"/>
        <source>C&amp;oupons…</source>
        <translation>优惠券(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="391"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="392"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="393"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="394"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="395"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="396"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="397"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="398"/>
        <source>Group</source>
        <translation>互斥组</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="399"/>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="400"/>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="401"/>
        <source>Spent</source>
        <translation>已花费</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="402"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="500"/>
        <source>Saved, but %1 collides with exclusive promotions on the same items and dates: %2. Only one of them will apply to a cart.</source>
        <translation>已保存，但 %1 与同商品、同日期的互斥促销冲突：%2。购物车中只有其中一个会生效。</translation>
    </message>
</context>
<context>
    <name>PurchasingScreen</name>
    <message>
        <location filename="../../client/screens/purchasing.py" line="219"/>
        <source>Purchasing</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="220"/>
        <source>Purchase orders and returns to suppliers, from draft to closed; approval needs the approve permission. Reorder suggestions become draft orders.</source>
        <translation>采购订单与采购退货，从草稿到关闭；审批需要审批权限。补货建议可生成草稿订单。</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="227"/>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="228"/>
        <source>S&amp;uppliers</source>
        <translation>供应商(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="229"/>
        <source>&amp;Reorder suggestions</source>
        <translation>补货建议(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="238"/>
        <source>Order number  (Ctrl+F)</source>
        <translation>订单号  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="241"/>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="248"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="249"/>
        <source>&amp;Approve</source>
        <translation>审批(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="250"/>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="251"/>
        <source>Ca&amp;ncel order</source>
        <translation>取消订单(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="252"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="253"/>
        <source>&amp;Print PDF…</source>
        <translation>打印 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="254"/>
        <source>&amp;Invoice…</source>
        <translation>发票(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="261"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="262"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="262"/>
        <source>return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="262"/>
        <source>purchase</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="263"/>
        <location filename="../../client/screens/purchasing.py" line="474"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="264"/>
        <source>Supplier name</source>
        <translation>供应商名称</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="265"/>
        <location filename="../../client/screens/purchasing.py" line="461"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="266"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="267"/>
        <source>Expected</source>
        <translation>预计到货</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="268"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="275"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="275"/>
        <location filename="../../client/screens/purchasing.py" line="474"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="275"/>
        <location filename="../../client/screens/purchasing.py" line="420"/>
        <location filename="../../client/screens/purchasing.py" line="474"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="275"/>
        <source>Ordered</source>
        <translation>订购</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="275"/>
        <location filename="../../client/screens/purchasing.py" line="475"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="275"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="276"/>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="276"/>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="276"/>
        <source>Open</source>
        <translation>未清</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="343"/>
        <source>Select an order to see its lines.</source>
        <translation>选择一个订单查看明细。</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="345"/>
        <source>approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="345"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="346"/>
        <source>first receipt</source>
        <translation>首次收货</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="346"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="347"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="347"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="351"/>
        <source>%1 · %2 · %3 · tolerance %4 %</source>
        <translation>%1 · %2 · %3 · 容差 %4 %</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="395"/>
        <source>Invoice %1: %2</source>
        <translation>发票 %1：%2</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="396"/>
        <source>matched</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="396"/>
        <source>variance — </source>
        <translation>有差异 — </translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="411"/>
        <source>New &amp;supplier…</source>
        <translation>新建供应商(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="412"/>
        <source>&amp;Edit supplier…</source>
        <translation>编辑供应商(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="413"/>
        <source>&amp;Contracts…</source>
        <translation>合同(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="420"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="421"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="421"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="422"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="422"/>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="423"/>
        <location filename="../../client/screens/purchasing.py" line="475"/>
        <source>Lead time</source>
        <translation>交期</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="424"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="424"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="424"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="459"/>
        <source>&amp;Calculate</source>
        <translation>计算(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="460"/>
        <source>Create &amp;draft orders</source>
        <translation>生成草稿订单(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="467"/>
        <source>Position = available + on order. A SKU is suggested when its position is at or below the reorder point or the demand over the supplier&apos;s lead time (shipped in the last 28 days). Tick the lines to order.</source>
        <translation>库存头寸 = 可用 + 在途。当头寸不高于再订货点或供应商交期内的需求（按最近 28 天出库计算）时给出建议。勾选要下单的行。</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="474"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="474"/>
        <source>On order</source>
        <translation>在途</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="475"/>
        <source>Per day</source>
        <translation>日均</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="475"/>
        <source>Reorder point</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="475"/>
        <source>Suggested</source>
        <translation>建议量</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../client/screens/roles.py" line="121"/>
        <source>New role</source>
        <translation>新建角色</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="121"/>
        <source>Edit role</source>
        <translation>编辑角色</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="125"/>
        <source>e.g. night_shift</source>
        <translation>例如 night_shift</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="128"/>
        <source>&amp;Code</source>
        <translation>代码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="129"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="130"/>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
</context>
<context>
    <name>RoleMatrixModel</name>
    <message>
        <location filename="../../client/screens/roles.py" line="62"/>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/roles.py" line="65"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 个用户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesScreen</name>
    <message>
        <location filename="../../client/screens/roles.py" line="148"/>
        <source>Roles and permissions</source>
        <translation>角色与权限</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="149"/>
        <source>A user may do what any of their roles allows. The administrator role always holds every permission.</source>
        <translation>用户可执行其任一角色允许的操作。管理员角色始终拥有全部权限。</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="151"/>
        <source>&amp;New role…</source>
        <translation>新建角色(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="152"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="153"/>
        <source>&amp;Delete role</source>
        <translation>删除角色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="154"/>
        <source>&amp;Save changes</source>
        <translation>保存更改(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="156"/>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="193"/>
        <source>Unsaved changes are highlighted.</source>
        <translation>未保存的更改已高亮显示。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/roles.py" line="217"/>
        <source>Saved %n role(s).</source>
        <translation>
            <numerusform>已保存 %n 个角色。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="240"/>
        <source>Rename role</source>
        <translation>重命名角色</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="227"/>
        <source>Click a cell in the role&apos;s column first.</source>
        <translation>请先点击该角色所在列中的一个单元格。</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="245"/>
        <location filename="../../client/screens/roles.py" line="248"/>
        <source>Delete role</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="248"/>
        <source>Delete the role %1?</source>
        <translation>删除角色 %1？</translation>
    </message>
</context>
<context>
    <name>SearchTermsScreen</name>
    <message>
        <location filename="../../client/screens/search_terms.py" line="24"/>
        <source>Site search</source>
        <translation>站内搜索</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="25"/>
        <source>Queries without results point at missing words: add them to a synonym group, and the search finds every word of the group.</source>
        <translation>无结果的搜索说明缺少词语：把它们加入同义词组后，搜索任一词都能找到整组的商品。</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="31"/>
        <source>&amp;No results only</source>
        <translation>只看无结果(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="35"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="36"/>
        <source>Query</source>
        <translation>搜索词</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="37"/>
        <source>Hits</source>
        <translation>结果数</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="38"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="46"/>
        <source>Find a word in the groups</source>
        <translation>在同义词组中查找</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="50"/>
        <source>Words treated as one</source>
        <translation>视为同义的词</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="55"/>
        <source>T恤, tee, t-shirt</source>
        <translation>T恤, tee, t-shirt</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="56"/>
        <source>&amp;Words of the group, separated by commas:</source>
        <translation>组内词语，用逗号分隔(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="64"/>
        <source>Save as &amp;new group</source>
        <translation>另存为新组(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="65"/>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="66"/>
        <source>&amp;Delete group</source>
        <translation>删除该组(&amp;D)</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../client/screens/settings.py" line="20"/>
        <source>Basic settings</source>
        <translation>基本设置</translation>
    </message>
    <message>
        <location filename="../../client/screens/settings.py" line="20"/>
        <source>These apply to every user and every document.</source>
        <translation>这些设置适用于所有用户和所有单据。</translation>
    </message>
    <message>
        <location filename="../../client/screens/settings.py" line="26"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../client/screens/settings.py" line="28"/>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../client/screens/settings.py" line="63"/>
        <source>Last changed by %1 at %2</source>
        <translation>最后由 %1 于 %2 修改</translation>
    </message>
    <message>
        <location filename="../../client/screens/settings.py" line="90"/>
        <source>Nothing to save.</source>
        <translation>没有需要保存的内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/settings.py" line="98"/>
        <source>Saved %n setting(s).</source>
        <translation>
            <numerusform>已保存 %n 项设置。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkuDialog</name>
    <message>
        <location filename="../../client/screens/catalog.py" line="70"/>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="75"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="79"/>
        <source>13 digits (EAN-13)</source>
        <translation>13 位数字 (EAN-13)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="88"/>
        <source>List &amp;price</source>
        <translation>标价(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="89"/>
        <source>&amp;Cost</source>
        <translation>成本(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="90"/>
        <source>&amp;Barcode</source>
        <translation>条码(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="91"/>
        <source>&amp;Weight</source>
        <translation>重量(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="92"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <location filename="../../client/screens/purchasing.py" line="38"/>
        <source>Edit supplier</source>
        <translation>编辑供应商</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="38"/>
        <source>New supplier</source>
        <translation>新建供应商</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="41"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="41"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="42"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="42"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="43"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="43"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="44"/>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="46"/>
        <source>Lead time (days)</source>
        <translation>交期（天）</translation>
    </message>
</context>
<context>
    <name>TerminalScreen</name>
    <message>
        <location filename="../../client/screens/terminal.py" line="43"/>
        <source>Receive</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="43"/>
        <source>Put away</source>
        <translation>上架</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="43"/>
        <source>Pick</source>
        <translation>拣货</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="44"/>
        <source>Pack</source>
        <translation>打包</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="44"/>
        <source>Count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="73"/>
        <source>Enter: confirm   F10: finish   Esc: start over</source>
        <translation>Enter：确认   F10：完成   Esc：重新开始</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="161"/>
        <location filename="../../client/screens/terminal.py" line="222"/>
        <source>Scan the purchase order</source>
        <translation>扫描采购订单</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="171"/>
        <location filename="../../client/screens/terminal.py" line="240"/>
        <location filename="../../client/screens/terminal.py" line="286"/>
        <location filename="../../client/screens/terminal.py" line="339"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="171"/>
        <location filename="../../client/screens/terminal.py" line="240"/>
        <location filename="../../client/screens/terminal.py" line="286"/>
        <location filename="../../client/screens/terminal.py" line="339"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="171"/>
        <source>Ordered</source>
        <translation>订购</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="171"/>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="171"/>
        <source>Open</source>
        <translation>未清</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="172"/>
        <source>Counted now</source>
        <translation>本次点数</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="176"/>
        <source>%1 — scan an item (F10 posts the receipt)</source>
        <translation>%1 — 扫描商品（F10 过账收货单）</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="181"/>
        <source>Quantity of %1</source>
        <translation>%1 的数量</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="191"/>
        <source>Counted %1 x %2</source>
        <translation>已点数 %1 x %2</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="196"/>
        <source>Lot number of %1</source>
        <translation>%1 的批次号</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="205"/>
        <source>Expiry date of lot %1 (YYYY-MM-DD)</source>
        <translation>批次 %1 的到期日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="218"/>
        <source>Receipt %1 posted: the goods wait at receiving for putaway.</source>
        <translation>收货单 %1 已过账：货物在收货区等待上架。</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="235"/>
        <location filename="../../client/screens/terminal.py" line="270"/>
        <source>Scan an item waiting at receiving</source>
        <translation>扫描收货区待上架的商品</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="240"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="240"/>
        <source>Waiting</source>
        <translation>待上架</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="251"/>
        <source>Put it in: %1</source>
        <translation>建议库位：%1</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="255"/>
        <source>Scan the bin for %1</source>
        <translation>扫描 %1 的库位</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="259"/>
        <source>Quantity into %1</source>
        <translation>放入 %1 的数量</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="266"/>
        <source>Put away %1 x %2 into %3</source>
        <translation>已上架 %1 x %2 到 %3</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="277"/>
        <location filename="../../client/screens/terminal.py" line="292"/>
        <source>Scan the pick list</source>
        <translation>扫描拣货单</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="286"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="286"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="286"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="287"/>
        <location filename="../../client/screens/terminal.py" line="339"/>
        <source>Picked</source>
        <translation>已拣</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="287"/>
        <source>Request</source>
        <translation>出库单</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="291"/>
        <source>Pick list %1 is done: take it to packing.</source>
        <translation>拣货单 %1 已完成：送往打包区。</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="295"/>
        <location filename="../../client/screens/terminal.py" line="318"/>
        <location filename="../../client/screens/terminal.py" line="383"/>
        <location filename="../../client/screens/terminal.py" line="411"/>
        <source>Go to %1 and scan the bin</source>
        <translation>前往 %1 并扫描库位</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="300"/>
        <source>Take %1 x %2 — scan the item</source>
        <translation>拣取 %1 x %2 — 扫描商品</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="306"/>
        <source>Quantity taken (Enter = %1; less is a short pick)</source>
        <translation>拣取数量（Enter = %1；少于即为短拣）</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="314"/>
        <source>Picked %1 x %2</source>
        <translation>已拣 %1 x %2</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="325"/>
        <source>Scan the order or return on the pick list</source>
        <translation>扫描拣货单上的订单或退货单</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="339"/>
        <source>Reserved</source>
        <translation>已占用</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="339"/>
        <source>In parcel</source>
        <translation>已装箱</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="342"/>
        <source>Every item is in the parcel.</source>
        <translation>所有商品已装箱。</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="343"/>
        <location filename="../../client/screens/terminal.py" line="370"/>
        <source>Carrier (sf, zto, yto, sto, yunda, jd, ems, own)</source>
        <translation>承运商（sf, zto, yto, sto, yunda, jd, ems, own）</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="345"/>
        <source>%1 — scan each item into the parcel</source>
        <translation>%1 — 逐件扫描装箱</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="354"/>
        <source>Scan the tracking number</source>
        <translation>扫描运单号</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="358"/>
        <source>Weight in grams</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="365"/>
        <source>Shipped as %1 (%2 %3).</source>
        <translation>已发货 %1（%2 %3）。</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="377"/>
        <source>Scan the count task</source>
        <translation>扫描盘点任务</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="390"/>
        <location filename="../../client/screens/terminal.py" line="399"/>
        <source>Scan every item in the bin, one scan per unit (F10 when the bin is done)</source>
        <translation>逐件扫描库位内的商品（完成后按 F10）</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="398"/>
        <source>Scanned</source>
        <translation>已扫描</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="398"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="406"/>
        <source>Count %1 recorded; a supervisor reviews it.</source>
        <translation>盘点 %1 已记录，等待主管复核。</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../client/screens/promotions.py" line="119"/>
        <source>No promotions in these weeks.</source>
        <translation>这几周没有促销。</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../client/screens/users.py" line="29"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="30"/>
        <source>Edit user %1</source>
        <translation>编辑用户 %1</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="39"/>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="40"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="41"/>
        <source>&amp;E-mail</source>
        <translation>电子邮箱(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="45"/>
        <source>Initial &amp;password</source>
        <translation>初始密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="48"/>
        <source>&amp;Roles</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="49"/>
        <source>New users must change the initial password at their first login.</source>
        <translation>新用户首次登录时必须修改初始密码。</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="31"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="31"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../client/screens/users.py" line="93"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="93"/>
        <source>People who log in to the back office, and their roles.</source>
        <translation>登录后台的人员及其角色。</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="96"/>
        <source>Search user name, name or e-mail  (Ctrl+F)</source>
        <translation>搜索用户名、姓名或邮箱  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="98"/>
        <source>Show &amp;disabled</source>
        <translation>显示已停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="100"/>
        <source>&amp;New user…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="101"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="102"/>
        <location filename="../../client/screens/users.py" line="173"/>
        <source>Disa&amp;ble</source>
        <translation>停用(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="103"/>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="104"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="112"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="113"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="114"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="115"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="116"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="116"/>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="116"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="117"/>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="117"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="118"/>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/users.py" line="144"/>
        <source>%n user(s) shown</source>
        <translation>
            <numerusform>已显示 %n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="144"/>
        <source> — scroll for more</source>
        <translation> — 向下滚动加载更多</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="172"/>
        <source>Ena&amp;ble</source>
        <translation>启用(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="205"/>
        <source>Disable user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="206"/>
        <source>Disable %1? Their open sessions end at once and they can no longer log in.</source>
        <translation>停用 %1？其已登录的会话将立即结束，且无法再登录。</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="216"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="217"/>
        <source>New password for %1 (they must change it at their next login):</source>
        <translation>%1 的新密码（下次登录时必须修改）：</translation>
    </message>
</context>
<context>
    <name>WarehouseScreen</name>
    <message>
        <location filename="../../client/screens/warehouse.py" line="50"/>
        <location filename="../../client/screens/warehouse.py" line="55"/>
        <location filename="../../client/screens/warehouse.py" line="111"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="51"/>
        <source>Stock by SKU and bin with its change log, outbound requests and waves, cycle counts to review, and the self-check that recomputes every balance from the ledger.</source>
        <translation>按 SKU 和库位查询库存及变动记录，出库请求与波次，待复核的循环盘点，以及按流水重算全部余额的自检。</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="62"/>
        <source>&amp;Stock</source>
        <translation>库存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="63"/>
        <source>&amp;Outbound and waves</source>
        <translation>出库与波次(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="64"/>
        <source>&amp;Counts</source>
        <translation>盘点(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="65"/>
        <source>Self-chec&amp;k</source>
        <translation>自检(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="99"/>
        <source>Scan or type a SKU code or barcode, Enter</source>
        <translation>扫描或输入 SKU 编码或条码，按 Enter</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="101"/>
        <source>Removal</source>
        <translation>出库规则</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="103"/>
        <source>FIFO: oldest receipt first</source>
        <translation>FIFO：先入先出</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="104"/>
        <source>FEFO: first expiring first (lot and expiry at receipt)</source>
        <translation>FEFO：先到期先出（收货时登记批次和到期日）</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="111"/>
        <location filename="../../client/screens/warehouse.py" line="259"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="111"/>
        <location filename="../../client/screens/warehouse.py" line="117"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="112"/>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="112"/>
        <source>Owner (consignment)</source>
        <translation>货权（代销）</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="113"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="115"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="115"/>
        <location filename="../../client/screens/warehouse.py" line="185"/>
        <location filename="../../client/screens/warehouse.py" line="266"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="116"/>
        <location filename="../../client/screens/warehouse.py" line="185"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="116"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="117"/>
        <source>To</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="118"/>
        <location filename="../../client/screens/warehouse.py" line="260"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="118"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="119"/>
        <location filename="../../client/screens/warehouse.py" line="191"/>
        <location filename="../../client/screens/warehouse.py" line="261"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="143"/>
        <source>No SKU with code or barcode %1.</source>
        <translation>没有编码或条码为 %1 的 SKU。</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="156"/>
        <source>%1: on hand %2, reserved %3, available %4</source>
        <translation>%1：在库 %2，占用 %3，可用 %4</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="171"/>
        <source>Create &amp;wave</source>
        <translation>生成波次(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="172"/>
        <source>Print &amp;pick list…</source>
        <translation>打印拣货单(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="173"/>
        <source>Print &amp;delivery note…</source>
        <translation>打印送货单(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="174"/>
        <source>Requests per wave</source>
        <translation>每波次单数</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="184"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="184"/>
        <location filename="../../client/screens/warehouse.py" line="195"/>
        <source>Request</source>
        <translation>出库单</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="186"/>
        <source>Since</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="189"/>
        <source>Pick list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="190"/>
        <location filename="../../client/screens/warehouse.py" line="260"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="190"/>
        <source>picking</source>
        <translation>拣货中</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="190"/>
        <source>picked</source>
        <translation>已拣完</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="191"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="192"/>
        <source>Picked</source>
        <translation>拣完时间</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="195"/>
        <source>Shipment</source>
        <translation>发运单</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="196"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="196"/>
        <source>Tracking</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="197"/>
        <source>Weight (g)</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="197"/>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="224"/>
        <source>Wave %1: %2 request(s), %3 task(s) along the pick path.</source>
        <translation>波次 %1：%2 张出库单，沿拣货路径 %3 个任务。</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="247"/>
        <source>Zone (e.g. A)</source>
        <translation>库区（如 A）</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="249"/>
        <source>Count &amp;zone</source>
        <translation>盘点库区(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="250"/>
        <source>&amp;Approve variance</source>
        <translation>批准差异(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="251"/>
        <source>&amp;Recount</source>
        <translation>重盘(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="259"/>
        <source>Count</source>
        <translation>盘点单</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="261"/>
        <location filename="../../client/screens/warehouse.py" line="267"/>
        <source>Counted</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="266"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="266"/>
        <source>Held</source>
        <translation>账面</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="267"/>
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="289"/>
        <source>%1 count task(s) for the terminal.</source>
        <translation>已为终端生成 %1 个盘点任务。</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="310"/>
        <source>%1 at %2: %3</source>
        <translation>%1 于 %2：%3</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="313"/>
        <source>stock moved in this bin after the count began: recount it</source>
        <translation>盘点开始后该库位有库存变动：请重盘</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="344"/>
        <source>&amp;Run the self-check</source>
        <translation>运行自检(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="348"/>
        <source>Recomputes every bin balance from the moves, every warehouse&apos;s on hand from the bins, and what is reserved from the open requests.</source>
        <translation>按库存流水重算每个库位余额，按库位重算每个仓库的在库量，按未结出库单重算占用量。</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="352"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="352"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="352"/>
        <source>Kept</source>
        <translation>记录值</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="353"/>
        <source>From the ledger</source>
        <translation>流水推算值</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="362"/>
        <source>No drift: the kept balances agree with the ledger.</source>
        <translation>无偏差：记录的余额与流水一致。</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="363"/>
        <source>%1 difference(s) found.</source>
        <translation>发现 %1 处差异。</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <location filename="../../client/catalog_text.py" line="10"/>
        <source>System settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="10"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="11"/>
        <source>Promotions</source>
        <translation>促销</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="11"/>
        <source>Purchasing</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="12"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="12"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="13"/>
        <source>Payments</source>
        <translation>支付</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="13"/>
        <source>Service centre</source>
        <translation>服务中心</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="14"/>
        <source>Customers</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="14"/>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="15"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="15"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="16"/>
        <source>See users</source>
        <translation>查看用户</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="16"/>
        <source>Create and change users</source>
        <translation>新建和修改用户</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="17"/>
        <source>See roles and permissions</source>
        <translation>查看角色与权限</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="18"/>
        <source>Change roles and permissions</source>
        <translation>修改角色与权限</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="19"/>
        <source>Read the operation log</source>
        <translation>查看操作日志</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="19"/>
        <source>See basic settings</source>
        <translation>查看基本设置</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="20"/>
        <source>Change basic settings</source>
        <translation>修改基本设置</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="20"/>
        <source>See products</source>
        <translation>查看商品</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="21"/>
        <source>Change products</source>
        <translation>修改商品</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="21"/>
        <source>See promotions</source>
        <translation>查看促销</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="22"/>
        <source>Change promotions</source>
        <translation>修改促销</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="23"/>
        <source>See suppliers and purchase orders</source>
        <translation>查看供应商和采购单</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="24"/>
        <source>Change suppliers and purchase orders</source>
        <translation>修改供应商和采购单</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="25"/>
        <source>Approve purchase orders</source>
        <translation>审批采购单</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="25"/>
        <source>See stock</source>
        <translation>查看库存</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="26"/>
        <source>Receive, put away, pick, pack and ship</source>
        <translation>收货、上架、拣货、打包和发货</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="27"/>
        <source>Approve stock adjustments</source>
        <translation>审批库存调整</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="27"/>
        <source>See orders</source>
        <translation>查看订单</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="28"/>
        <source>Enter and change orders</source>
        <translation>录入和修改订单</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="28"/>
        <source>Review orders</source>
        <translation>审核订单</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="29"/>
        <source>See payments</source>
        <translation>查看支付</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="29"/>
        <source>Refund payments</source>
        <translation>支付退款</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="30"/>
        <source>See service cases</source>
        <translation>查看服务单</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="31"/>
        <source>Handle returns, refunds and complaints</source>
        <translation>处理退货、退款和投诉</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="32"/>
        <source>See members</source>
        <translation>查看会员</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="32"/>
        <source>Change members and campaigns</source>
        <translation>修改会员和营销活动</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="33"/>
        <source>See settlements</source>
        <translation>查看结算</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="33"/>
        <source>Run settlements</source>
        <translation>执行结算</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="34"/>
        <source>Read reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="34"/>
        <source>See announcements and help pages</source>
        <translation>查看公告和帮助页面</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="35"/>
        <source>Publish announcements and help pages</source>
        <translation>发布公告和帮助页面</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="31"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="31"/>
        <source>on sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="32"/>
        <source>off sale</source>
        <translation>下架</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../client/documents.py" line="167"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="168"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="169"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="170"/>
        <source>Deliver to</source>
        <translation>收货仓库</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="171"/>
        <source>Expected</source>
        <translation>预计到货</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="172"/>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="173"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="174"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="175"/>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="176"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="177"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="178"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="179"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="180"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="181"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="182"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="183"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="184"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="185"/>
        <source>Posted</source>
        <translation>过账时间</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="186"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="187"/>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="188"/>
        <source>Counted</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="189"/>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="190"/>
        <source>Accepted</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="191"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="192"/>
        <source>Checked by</source>
        <translation>检验人</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="193"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="194"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="195"/>
        <source>Requests</source>
        <translation>出库单</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="196"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="197"/>
        <source>Picked</source>
        <translation>已拣</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="198"/>
        <source>Request</source>
        <translation>出库单</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="199"/>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="200"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="201"/>
        <source>From</source>
        <translation>发货仓</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="202"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="203"/>
        <source>Tracking</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="204"/>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="205"/>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="206"/>
        <source>Received by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="207"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="222"/>
        <source>Save document</source>
        <translation>保存单据</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../client/widgets/errors.py" line="13"/>
        <source>The server met an unexpected error. Give this reference to your administrator: %1</source>
        <translation>服务器发生意外错误。请把此编号告诉管理员：%1</translation>
    </message>
    <message>
        <location filename="../../client/widgets/errors.py" line="16"/>
        <source>Emporium</source>
        <translation>Emporium</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <location filename="../../client/navigation.py" line="42"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="43"/>
        <source>Products and SKUs</source>
        <translation>商品与 SKU</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="45"/>
        <source>Categories and brands</source>
        <translation>类目与品牌</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="47"/>
        <source>Site search</source>
        <translation>站内搜索</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="49"/>
        <source>Promotions</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="51"/>
        <source>Price simulator</source>
        <translation>价格模拟器</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="53"/>
        <source>Purchase orders and suppliers</source>
        <translation>采购订单与供应商</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="55"/>
        <source>Stock, waves and counts</source>
        <translation>库存、波次与盘点</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="57"/>
        <source>Warehouse terminal</source>
        <translation>仓库终端</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="59"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="60"/>
        <source>Roles and permissions</source>
        <translation>角色与权限</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="62"/>
        <source>Operation log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="63"/>
        <source>Basic settings</source>
        <translation>基本设置</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="75"/>
        <source>My Emporium</source>
        <translation>我的工作台</translation>
    </message>
</context>
<context>
    <name>promotions</name>
    <message>
        <location filename="../../client/screens/promotions.py" line="29"/>
        <source>item</source>
        <translation>单品</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="29"/>
        <source>item coupon</source>
        <translation>单品券</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="30"/>
        <source>store-level</source>
        <translation>店铺级</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="30"/>
        <source>order coupon</source>
        <translation>订单券</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="31"/>
        <source>shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="36"/>
        <source>percent off</source>
        <translation>打折</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="36"/>
        <source>amount off</source>
        <translation>立减</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="37"/>
        <source>fixed price</source>
        <translation>一口价</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="37"/>
        <source>buy X get Y</source>
        <translation>买X送Y</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="38"/>
        <source>spend and save</source>
        <translation>满减</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="38"/>
        <source>gift with purchase</source>
        <translation>满赠</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="39"/>
        <source>free shipping</source>
        <translation>包邮</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="44"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="44"/>
        <source>active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="45"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="45"/>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
</context>
<context>
    <name>purchasing</name>
    <message>
        <location filename="../../client/screens/purchasing.py" line="30"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="30"/>
        <source>approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="31"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="31"/>
        <source>partially received</source>
        <translation>部分收货</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="32"/>
        <source>received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="32"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="33"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="33"/>
        <source>shipped back</source>
        <translation>已退回</translation>
    </message>
</context>
<context>
    <name>server</name>
    <message>
        <location filename="../../client/server_texts.py" line="17"/>
        <source>{what} does not exist (it may have been deleted).</source>
        <translation>{what}不存在（可能已被删除）。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="18"/>
        <source>{what} was changed by someone else meanwhile; reload and try again.</source>
        <translation>{what}已被他人修改；请重新加载后再试。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="20"/>
        <source>This SKU</source>
        <translation>该 SKU</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="20"/>
        <source>This location</source>
        <translation>该库位</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="21"/>
        <source>This warehouse</source>
        <translation>该仓库</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="21"/>
        <source>This lot</source>
        <translation>该批次</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="22"/>
        <source>This pick task</source>
        <translation>该拣货任务</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="22"/>
        <source>This pick list</source>
        <translation>该拣货单</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="23"/>
        <source>This count task</source>
        <translation>该盘点任务</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="23"/>
        <source>This receipt</source>
        <translation>该收货单</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="24"/>
        <source>This purchase order</source>
        <translation>该采购订单</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="24"/>
        <source>This shipment</source>
        <translation>该发运单</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="25"/>
        <source>This supplier</source>
        <translation>该供应商</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="27"/>
        <source>The quantity must be between 1 and {most}.</source>
        <translation>数量必须在 1 到 {most} 之间。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="28"/>
        <source>Location {code} is retired.</source>
        <translation>库位 {code} 已停用。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="29"/>
        <source>An expiry date needs a lot number.</source>
        <translation>有到期日时必须填写批次号。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="30"/>
        <source>The expiry must be a date like 2027-06-30.</source>
        <translation>到期日须为类似 2027-06-30 的日期。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="31"/>
        <source>Lot {lot} expires on {expires}, not {given}.</source>
        <translation>批次 {lot} 的到期日是 {expires}，不是 {given}。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="32"/>
        <source>Lot {lot} is held for another owner (consignment); give another lot.</source>
        <translation>批次 {lot} 属于另一货主（代销）；请使用其他批次号。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="33"/>
        <source>The source and the destination are the same.</source>
        <translation>来源和去向相同。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="34"/>
        <source>{bin} holds only {held} of this SKU (lot); {qty} asked.</source>
        <translation>{bin} 只有该 SKU（批次）{held} 件；请求 {qty} 件。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="35"/>
        <source>That stock is reserved for outbound requests.</source>
        <translation>该库存已被出库单占用。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="36"/>
        <source>{bin} holds at most {capacity} units.</source>
        <translation>{bin} 最多容纳 {capacity} 件。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="37"/>
        <source>There is no bin {code} in this warehouse.</source>
        <translation>本仓库没有库位 {code}。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="38"/>
        <source>No SKU has the barcode or code {scan}.</source>
        <translation>没有条码或编码为 {scan} 的 SKU。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="39"/>
        <source>{sku} is picked by expiry (FEFO): give its lot and expiry date.</source>
        <translation>{sku} 按到期日出库（FEFO）：请填写批次号和到期日。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="40"/>
        <source>This warehouse has no {kind} area.</source>
        <translation>本仓库没有 {kind} 区。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="42"/>
        <source>Receipt {number} is {state}.</source>
        <translation>收货单 {number} 状态为{state}。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="43"/>
        <source>{po} is {state} now: cancel this receipt.</source>
        <translation>{po} 现为{state}：请取消本收货单。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="44"/>
        <source>{po} is {state}: nothing is expected against it.</source>
        <translation>{po} 为{state}：无待收货物。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="45"/>
        <source>{sku} is not on {po}.</source>
        <translation>{sku} 不在 {po} 上。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="46"/>
        <source>Only {left} more of {sku} can be received on {po} (ordered {ordered}, received {received}, tolerance {tolerance} %).</source>
        <translation>{po} 上的 {sku} 最多还能收 {left} 件（订购 {ordered}，已收 {received}，容差 {tolerance} %）。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="48"/>
        <source>Lot {lot} was scanned with expiry {expires}.</source>
        <translation>批次 {lot} 已按到期日 {expires} 扫描。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="49"/>
        <source>{sku} was not counted on this receipt.</source>
        <translation>本收货单未点数 {sku}。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="50"/>
        <source>Reject 0 to {most} of {sku}.</source>
        <translation>{sku} 可拒收 0 到 {most} 件。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="51"/>
        <source>Nothing was counted on this receipt.</source>
        <translation>本收货单尚未点数任何商品。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="53"/>
        <source>No open outbound request {doc_type} {doc_ref}.</source>
        <translation>没有未结的出库单 {doc_type} {doc_ref}。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="54"/>
        <source>This task was confirmed already.</source>
        <translation>该任务已确认。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="55"/>
        <source>Wrong bin: this task is at {bin}.</source>
        <translation>库位错误：该任务在 {bin}。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="56"/>
        <source>Wrong item: {sku} is not what this task picks.</source>
        <translation>商品错误：{sku} 不是该任务要拣的商品。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="57"/>
        <source>{bin} holds less than {qty}: enter what you found, the rest is a short pick.</source>
        <translation>{bin} 不足 {qty} 件：请输入实际找到的数量，其余记为短拣。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="58"/>
        <source>Pick 0 to {most} here.</source>
        <translation>此处可拣 0 到 {most} 件。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="59"/>
        <source>This request was cancelled or shipped meanwhile.</source>
        <translation>该出库单已被取消或已发货。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="60"/>
        <source>{sku} is not part of {doc_ref}.</source>
        <translation>{sku} 不属于 {doc_ref}。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="61"/>
        <source>Only {left} more of {sku} were picked for this parcel.</source>
        <translation>本包裹的 {sku} 只剩 {left} 件已拣未装。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="62"/>
        <source>Pick and verify every item before shipping.</source>
        <translation>发货前请拣完并核验所有商品。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="63"/>
        <source>A tracking number has letters, digits and &apos;-&apos;.</source>
        <translation>运单号只能包含字母、数字和“-”。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="64"/>
        <source>The weight is 1 g to 1,000 kg.</source>
        <translation>重量须在 1 克到 1,000 千克之间。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="66"/>
        <source>Count {number} is {state}.</source>
        <translation>盘点单 {number} 状态为{state}。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="67"/>
        <source>Wrong bin: this count is for {bin}.</source>
        <translation>库位错误：该盘点单对应 {bin}。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="68"/>
        <source>Count 0 to {most} of {sku}.</source>
        <translation>{sku} 的数量须在 0 到 {most} 之间。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="69"/>
        <source>Stock moved in this bin after count {number} began; recount it.</source>
        <translation>盘点单 {number} 开始后该库位有库存变动；请重盘。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="70"/>
        <source>{bin} is not a storage bin.</source>
        <translation>{bin} 不是存储库位。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="71"/>
        <source>{waiting} of {sku} wait at receiving; put away 1 to {waiting}.</source>
        <translation>收货区有 {sku} {waiting} 件待上架；可上架 1 到 {waiting} 件。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="73"/>
        <source>Purchase order {po} is {state}; this is allowed only when it is {allowed}.</source>
        <translation>采购订单 {po} 状态为{state}；此操作仅在 {allowed} 状态下可用。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="74"/>
        <source>This supplier code is taken.</source>
        <translation>该供应商编码已被使用。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="75"/>
        <source>A supplier&apos;s code cannot change.</source>
        <translation>供应商编码不可修改。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="76"/>
        <source>A contract ends on or after its first day.</source>
        <translation>合同到期日不能早于生效日。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="77"/>
        <source>This contract code is taken.</source>
        <translation>该合同编码已被使用。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="78"/>
        <source>Supplier {code} is not active.</source>
        <translation>供应商 {code} 未启用。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="79"/>
        <source>The over-receipt tolerance is 0 to 50 %.</source>
        <translation>超收容差须在 0 到 50 % 之间。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="80"/>
        <source>Only a draft can be edited; {po} is {state}.</source>
        <translation>只有草稿可以编辑；{po} 状态为{state}。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="81"/>
        <source>Only {free} of {sku} are available to return.</source>
        <translation>{sku} 仅有 {free} 件可退货。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="82"/>
        <source>A return is not sent: the warehouse ships it.</source>
        <translation>退货单无需发送：由仓库发货。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="83"/>
        <source>The warehouse has picked this return already.</source>
        <translation>仓库已拣出该退货。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="84"/>
        <source>A receipt against this order is still open.</source>
        <translation>该订单仍有未结的收货单。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="85"/>
        <source>{po} is {state}: there is nothing to invoice.</source>
        <translation>{po} 状态为{state}：没有可开票的内容。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="86"/>
        <source>This supplier&apos;s invoice with this number is recorded already.</source>
        <translation>该供应商的此发票号已登记。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="87"/>
        <source>None of these SKUs needs ordering now.</source>
        <translation>这些 SKU 目前都无需订货。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="88"/>
        <source>The period ends on or after its first day.</source>
        <translation>期间的结束日不能早于开始日。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="89"/>
        <source>The lead time is 0 to 365 days.</source>
        <translation>交期须在 0 到 365 天之间。</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="91"/>
        <source>open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="91"/>
        <source>posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="92"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="92"/>
        <source>counted</source>
        <translation>已盘点</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="93"/>
        <source>approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="93"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="94"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="94"/>
        <source>received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="95"/>
        <source>partially_received</source>
        <translation>部分收货</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="95"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="96"/>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="96"/>
        <source>receiving</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../client/server_texts.py" line="97"/>
        <source>packing</source>
        <translation>打包</translation>
    </message>
</context>
<context>
    <name>simulator</name>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="34"/>
        <source>Add %1 more to get %2 off at %3.</source>
        <translation>再买 %1 即可满 %3 减 %2。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="36"/>
        <source>%1 more item(s) needed.</source>
        <translation>还差 %1 件。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="38"/>
        <source>No item of the cart is in its scope.</source>
        <translation>购物车中没有适用商品。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="39"/>
        <source>Not running at this time.</source>
        <translation>此时不在活动时间内。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="40"/>
        <source>Not offered on this channel.</source>
        <translation>此渠道不参与。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="41"/>
        <source>Not for this member level.</source>
        <translation>不适用于此会员等级。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="42"/>
        <source>Usage limit reached.</source>
        <translation>已达使用次数上限。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="43"/>
        <source>Budget spent.</source>
        <translation>预算已用完。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="44"/>
        <source>Excluded by %1.</source>
        <translation>与 %1 互斥。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="45"/>
        <source>Another combination saves more.</source>
        <translation>其他组合更优惠。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="51"/>
        <source>no such code</source>
        <translation>券码不存在</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="51"/>
        <source>already used</source>
        <translation>已被使用</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="52"/>
        <source>void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="52"/>
        <source>issued to another customer</source>
        <translation>属于其他客户</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="53"/>
        <source>one code per promotion</source>
        <translation>每个促销只能用一张券</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="54"/>
        <source>its promotion is not running</source>
        <translation>所属促销未在进行</translation>
    </message>
</context>
<context>
    <name>warehouse</name>
    <message>
        <location filename="../../client/screens/warehouse.py" line="34"/>
        <source>to count</source>
        <translation>待盘点</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="34"/>
        <source>to review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="35"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="35"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="40"/>
        <source>receipt</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="40"/>
        <source>transfer</source>
        <translation>移库</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="41"/>
        <source>putaway</source>
        <translation>上架</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="41"/>
        <source>pick</source>
        <translation>拣货</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="41"/>
        <source>ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="42"/>
        <source>adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="42"/>
        <source>return</source>
        <translation>退货</translation>
    </message>
</context>
</TS>
