<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../client/screens/payments.py" line="203"/>
        <source>Adjust the wallet of %1</source>
        <translation>调整 %1 的钱包</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="205"/>
        <source>What</source>
        <translation>调整项</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="206"/>
        <source>Balance (yuan)</source>
        <translation>余额（元）</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="207"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="208"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="209"/>
        <source>+ adds, − takes away; large amounts wait for approval</source>
        <translation>+ 为增加，− 为扣减；大额调整需审批</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="211"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../client/screens/audit.py" line="69"/>
        <source>Operation log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="69"/>
        <source>Every change made through Emporium, newest first.</source>
        <translation>通过 Emporium 做出的每一项更改，最新的在前。</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="72"/>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="76"/>
        <source>any action</source>
        <translation>任意操作</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="77"/>
        <source>Pick an action, or type the beginning of its code (system.)</source>
        <translation>选择一个操作，或输入其代码的开头（如 system.）</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="85"/>
        <source>record id</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="87"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="87"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="93"/>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="95"/>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="96"/>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="97"/>
        <location filename="../../client/screens/audit.py" line="117"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="82"/>
        <source>any record</source>
        <translation>任意记录</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="99"/>
        <location filename="../../client/screens/audit.py" line="118"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="101"/>
        <location filename="../../client/screens/audit.py" line="119"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="116"/>
        <source>When (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="120"/>
        <source>Id(s)</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="121"/>
        <source>Client address</source>
        <translation>客户端地址</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="128"/>
        <location filename="../../client/screens/audit.py" line="190"/>
        <source>Select an entry to see what changed.</source>
        <translation>选择一条记录以查看更改内容。</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="132"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="132"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="132"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/audit.py" line="160"/>
        <source>%n entries shown</source>
        <translation>
            <numerusform>已显示 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="161"/>
        <source> — scroll for more</source>
        <translation> — 向下滚动加载更多</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="205"/>
        <source>#%1 — %2 by %3 at %4 from %5; records: %6%7</source>
        <translation>#%1 — %3 于 %4 从 %5 执行 %2；记录：%6%7</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="211"/>
        <source>; request %1</source>
        <translation>；请求 %1</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="229"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="229"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="235"/>
        <source>Export operation log</source>
        <translation>导出操作日志</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="236"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="247"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../client/screens/audit.py" line="247"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/audit.py" line="264"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>已导出 %n 条到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/audit.py" line="265"/>
        <source>Export stopped after %n entries.</source>
        <translation>
            <numerusform>导出在 %n 条后停止。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BankTransferDialog</name>
    <message>
        <location filename="../../client/screens/payments.py" line="149"/>
        <source>Confirm the bank transfer of %1</source>
        <translation>确认 %1 的银行转账</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="151"/>
        <source>Bank reference</source>
        <translation>银行流水号</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="152"/>
        <source>Amount received</source>
        <translation>到账金额</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="153"/>
        <source>Asked: %1</source>
        <translation>应付：%1</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../client/screens/batch.py" line="44"/>
        <source>Generate SKUs for %1</source>
        <translation>为 %1 批量生成 SKU</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="46"/>
        <source>Attribute values (tick the ones to combine; a surcharge adds to the base price)</source>
        <translation>属性值（勾选要组合的值；加价会加到基础价上）</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="55"/>
        <source>Give each new SKU an in-store EAN-13 barcode (20…)</source>
        <translation>为每个新 SKU 分配店内 EAN-13 条码（20…）</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="56"/>
        <source>Code &amp;pattern</source>
        <translation>编码规则(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="57"/>
        <source>{product}, an attribute code such as {colour}, {n} or {n:03} for a number</source>
        <translation>{product}、属性代码如 {colour}、序号 {n} 或 {n:03}</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="58"/>
        <source>&amp;Base price</source>
        <translation>基础价(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="59"/>
        <source>C&amp;ost</source>
        <translation>成本(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="62"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="62"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="62"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="63"/>
        <location filename="../../client/screens/payments.py" line="185"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="67"/>
        <source>Preview to see every SKU before it is created.</source>
        <translation>创建前请先预览全部 SKU。</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="68"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="70"/>
        <source>&amp;Create SKUs</source>
        <translation>创建 SKU(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="98"/>
        <source>No attribute is bound to this product&apos;s category; bind colour, size or others to the category first.</source>
        <translation>此商品的类目未绑定任何属性；请先为类目绑定颜色、尺码等属性。</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="103"/>
        <source>Surcharge</source>
        <translation>加价</translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="157"/>
        <source>exists already: skipped</source>
        <translation>已存在：跳过</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/batch.py" line="166"/>
        <source>%n new SKU(s) will be created</source>
        <translation>
            <numerusform>将创建 %n 个新 SKU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/batch.py" line="167"/>
        <source>; %n exist already</source>
        <translation>
            <numerusform>；%n 个已存在</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/screens/batch.py" line="172"/>
        <source>Creating SKUs in one transaction…</source>
        <translation>正在以单个事务创建 SKU…</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="172"/>
        <source>New gift card batch</source>
        <translation>新建礼品卡批次</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="173"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="176"/>
        <source>Cards</source>
        <translation>张数</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="179"/>
        <source>Face value</source>
        <translation>面值</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="181"/>
        <source>Expires on</source>
        <translation>有效期至</translation>
    </message>
</context>
<context>
    <name>BulkSkuDialog</name>
    <message numerus="yes">
        <location filename="../../client/screens/sku_bulk.py" line="47"/>
        <source>Change %n selected SKU(s)</source>
        <translation>
            <numerusform>修改所选的 %n 个 SKU</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/screens/sku_bulk.py" line="56"/>
        <location filename="../../client/screens/sku_bulk.py" line="60"/>
        <location filename="../../client/screens/sku_bulk.py" line="69"/>
        <source>(as it is)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <location filename="../../client/screens/sku_bulk.py" line="61"/>
        <source>Set a new list price</source>
        <translation>设为新标价</translation>
    </message>
    <message>
        <location filename="../../client/screens/sku_bulk.py" line="61"/>
        <source>Raise or lower by a percentage</source>
        <translation>按百分比升降</translation>
    </message>
    <message>
        <location filename="../../client/screens/sku_bulk.py" line="62"/>
        <source>Raise or lower by an amount</source>
        <translation>按金额升降</translation>
    </message>
    <message>
        <location filename="../../client/screens/sku_bulk.py" line="73"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../client/screens/sku_bulk.py" line="74"/>
        <source>Pr&amp;ice</source>
        <translation>价格(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../client/screens/sku_bulk.py" line="75"/>
        <source>&amp;Value</source>
        <translation>数值(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../client/screens/sku_bulk.py" line="76"/>
        <source>&amp;Weight</source>
        <translation>重量(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../client/screens/sku_bulk.py" line="77"/>
        <source>Only for the SKUs that weigh 0 g now; the others keep their weight.</source>
        <translation>只用于当前重量为 0 克的 SKU；其他 SKU 保留原重量。</translation>
    </message>
    <message>
        <location filename="../../client/screens/sku_bulk.py" line="89"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../client/screens/sku_bulk.py" line="89"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../client/screens/sku_bulk.py" line="89"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../client/screens/sku_bulk.py" line="90"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../client/screens/sku_bulk.py" line="90"/>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location filename="../../client/screens/sku_bulk.py" line="130"/>
        <source>The new list price of every selected SKU, e.g. 99.00</source>
        <translation>所选每个 SKU 的新标价，例如 99.00</translation>
    </message>
    <message>
        <location filename="../../client/screens/sku_bulk.py" line="131"/>
        <source>A percentage up, or down with a minus: 10 or -15; rounded to the fen</source>
        <translation>上调的百分比，下调加负号：如 10 或 -15；四舍五入到分</translation>
    </message>
    <message>
        <location filename="../../client/screens/sku_bulk.py" line="133"/>
        <source>An amount up, or down with a minus: 5.00 or -5.00</source>
        <translation>上调的金额，下调加负号：如 5.00 或 -5.00</translation>
    </message>
    <message>
        <location filename="../../client/screens/sku_bulk.py" line="158"/>
        <source>At most %1 SKUs change at once; %2 are selected.</source>
        <translation>一次最多修改 %1 个 SKU；已选择 %2 个。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/sku_bulk.py" line="200"/>
        <source>&amp;Change %n SKU(s)</source>
        <translation>
            <numerusform>修改 %n 个 SKU(&amp;C)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/screens/sku_bulk.py" line="202"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/sku_bulk.py" line="208"/>
        <source>%n SKU(s) selected. Choose a new status, a price change or a weight.</source>
        <translation>
            <numerusform>已选择 %n 个 SKU。请选择新状态、调价方式或重量。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/screens/sku_bulk.py" line="213"/>
        <source>Working out what would change…</source>
        <translation>正在计算将要修改的内容…</translation>
    </message>
    <message>
        <location filename="../../client/screens/sku_bulk.py" line="217"/>
        <source>Press Enter to see what would change.</source>
        <translation>按 Enter 键预览将要修改的内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/sku_bulk.py" line="219"/>
        <source>%n will be on sale in products that are not on sale: the shop lists them once their products go on sale too.</source>
        <translation>
            <numerusform>%n 个 SKU 将在售，但其商品未上架：商品也上架后，商城才会展示它们。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/sku_bulk.py" line="228"/>
        <source>Nothing would change: the %n selected SKU(s) are like this already.</source>
        <translation>
            <numerusform>不会有任何修改：所选的 %n 个 SKU 已经是这样了。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/sku_bulk.py" line="229"/>
        <source>%n SKU(s) will change; %1 stay as they are:</source>
        <translation>
            <numerusform>将修改 %n 个 SKU；%1 个保持不变：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/sku_bulk.py" line="231"/>
        <source>%n SKU(s) will change:</source>
        <translation>
            <numerusform>将修改 %n 个 SKU：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/sku_bulk.py" line="234"/>
        <source>%n go on sale</source>
        <translation>
            <numerusform>%n 个上架</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/sku_bulk.py" line="235"/>
        <source>%n go off sale</source>
        <translation>
            <numerusform>%n 个下架</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/sku_bulk.py" line="236"/>
        <source>%n go back to draft</source>
        <translation>
            <numerusform>%n 个退回草稿</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/sku_bulk.py" line="238"/>
        <source>%n get a new price: %1 → %2</source>
        <translation>
            <numerusform>%n 个调价：%1 → %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/sku_bulk.py" line="242"/>
        <source>%n weighing 0 g get %1 g</source>
        <translation>
            <numerusform>%n 个原为 0 克的设为 %1 克</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/sku_bulk.py" line="254"/>
        <source>The first %n, in code order:</source>
        <translation>
            <numerusform>按编码顺序的前 %n 个：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/sku_bulk.py" line="283"/>
        <source>Changing %n SKU(s) in one transaction…</source>
        <translation>
            <numerusform>正在以单个事务修改 %n 个 SKU…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogScreen</name>
    <message>
        <location filename="../../client/screens/catalog.py" line="195"/>
        <source>Products and SKUs</source>
        <translation>商品与 SKU</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="196"/>
        <source>Type a code or a name, or scan a barcode; the list loads as you scroll.</source>
        <translation>输入编码或名称，或扫描条码；列表随滚动加载。</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="199"/>
        <source>Code, name or barcode  (Ctrl+F)</source>
        <translation>编码、名称或条码  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="203"/>
        <location filename="../../client/screens/catalog.py" line="351"/>
        <source>All categories</source>
        <translation>全部类目</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="206"/>
        <location filename="../../client/screens/catalog.py" line="363"/>
        <source>All brands</source>
        <translation>全部品牌</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="208"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="211"/>
        <source>&amp;New product…</source>
        <translation>新建商品(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="212"/>
        <source>&amp;Product…</source>
        <translation>商品(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="213"/>
        <source>&amp;Edit SKU…</source>
        <translation>编辑 SKU(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="214"/>
        <source>&amp;Generate SKUs…</source>
        <translation>批量生成 SKU(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="215"/>
        <source>Change &amp;selected…</source>
        <translation>批量修改所选(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="216"/>
        <source>Status, price and weight of every selected SKU at once (Ctrl+Shift+E); Ctrl+A selects every SKU loaded, Shift or Ctrl and a click some</source>
        <translation>一次修改所选全部 SKU 的状态、价格和重量（Ctrl+Shift+E）；Ctrl+A 选择已加载的全部 SKU，按住 Shift 或 Ctrl 单击可选择多个</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="218"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="219"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="233"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="234"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="235"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="236"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="237"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="238"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="239"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="240"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="247"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/catalog.py" line="304"/>
        <source>%n SKU(s) shown</source>
        <translation>
            <numerusform>已显示 %n 个 SKU</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="305"/>
        <source> — scroll for more</source>
        <translation> — 向下滚动加载更多</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/catalog.py" line="306"/>
        <source>; %n selected</source>
        <translation>
            <numerusform>；已选择 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="353"/>
        <source> (retired)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="423"/>
        <source>At most %1 SKUs change at once; %2 are selected.</source>
        <translation>一次最多修改 %1 个 SKU；已选择 %2 个。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/catalog.py" line="438"/>
        <source>%n now %1</source>
        <translation>
            <numerusform>%n 个改为%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/catalog.py" line="441"/>
        <source>%n repriced</source>
        <translation>
            <numerusform>%n 个已调价</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/catalog.py" line="443"/>
        <source>%n given a weight</source>
        <translation>
            <numerusform>%n 个已设置重量</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/catalog.py" line="444"/>
        <source>%n SKU(s) changed: %1.</source>
        <translation>
            <numerusform>已修改 %n 个 SKU：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="448"/>
        <source> They have left this list of %1 SKUs.</source>
        <translation>它们已不在当前“%1”列表中。</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="493"/>
        <source>Imported: %1 new SKU(s), %2 changed.</source>
        <translation>已导入：新建 %1 个 SKU，修改 %2 个。</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="498"/>
        <source>Export SKUs</source>
        <translation>导出 SKU</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="499"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="509"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="509"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/catalog.py" line="527"/>
        <source>Exported %n SKU(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 个 SKU 到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/catalog.py" line="528"/>
        <source>Export stopped after %n SKU(s).</source>
        <translation>
            <numerusform>导出在 %n 个 SKU 后停止。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogSetupScreen</name>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="69"/>
        <source>Categories, brands and attributes</source>
        <translation>类目、品牌与属性</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="70"/>
        <source>Attributes bound to a category hold for every category below it.</source>
        <translation>绑定到某类目的属性同样适用于其下所有子类目。</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="74"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="74"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="74"/>
        <location filename="../../client/screens/catalog_setup.py" line="112"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="77"/>
        <source>Category tree</source>
        <translation>类目树</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="80"/>
        <source>New &amp;top level…</source>
        <translation>新建顶级类目(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="81"/>
        <source>New &amp;subcategory…</source>
        <translation>新建子类目(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="82"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="83"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="84"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="85"/>
        <source>Move &amp;to…</source>
        <translation>移动到(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="86"/>
        <location filename="../../client/screens/catalog_setup.py" line="217"/>
        <source>Re&amp;tire</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="87"/>
        <source>&amp;Attributes…</source>
        <translation>属性(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="102"/>
        <source>Brands</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="106"/>
        <source>New brand…</source>
        <translation>新建品牌…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="107"/>
        <source>Retire / reactivate</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="116"/>
        <source>New attribute…</source>
        <translation>新建属性…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="117"/>
        <source>Add values…</source>
        <translation>添加属性值…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="168"/>
        <location filename="../../client/screens/catalog_setup.py" line="179"/>
        <source> (retired)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="217"/>
        <source>Reac&amp;tivate</source>
        <translation>启用(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="230"/>
        <source>New category</source>
        <translation>新建类目</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="241"/>
        <source>Rename category</source>
        <translation>重命名类目</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="241"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="243"/>
        <source>Renamed.</source>
        <translation>已重命名。</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="256"/>
        <source>Moved.</source>
        <translation>已移动。</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="263"/>
        <source>(top level)</source>
        <translation>（顶级）</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="265"/>
        <source>Move category</source>
        <translation>移动类目</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="265"/>
        <source>New parent of %1:</source>
        <translation>%1 的新上级类目：</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="279"/>
        <location filename="../../client/screens/catalog_setup.py" line="325"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="287"/>
        <source>Attributes of %1</source>
        <translation>%1 的属性</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="313"/>
        <source>New brand</source>
        <translation>新建品牌</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="329"/>
        <source>New attribute</source>
        <translation>新建属性</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="341"/>
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
        <location filename="../../client/screens/catalog_setup.py" line="46"/>
        <source>&amp;Code</source>
        <translation>代码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="46"/>
        <source>lower-case letters, digits, - or _</source>
        <translation>小写字母、数字、- 或 _</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="47"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="51"/>
        <source>&amp;Values</source>
        <translation>属性值(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_setup.py" line="52"/>
        <source>one per line: code, a space, then the name</source>
        <translation>每行一个：代码、空格、名称</translation>
    </message>
</context>
<context>
    <name>ContractsDialog</name>
    <message>
        <location filename="../../client/screens/purchasing.py" line="194"/>
        <source>Contracts of %1</source>
        <translation>%1 的合同</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="195"/>
        <source>Add contract</source>
        <translation>新增合同</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="197"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="197"/>
        <location filename="../../client/screens/purchasing.py" line="202"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="197"/>
        <location filename="../../client/screens/purchasing.py" line="205"/>
        <source>Valid from</source>
        <translation>生效日</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="198"/>
        <location filename="../../client/screens/purchasing.py" line="206"/>
        <source>Valid to</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="198"/>
        <source>Prices</source>
        <translation>价格数</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="198"/>
        <location filename="../../client/screens/purchasing.py" line="209"/>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="201"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="203"/>
        <location filename="../../client/screens/purchasing.py" line="219"/>
        <source>buy to own</source>
        <translation>买断</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="204"/>
        <location filename="../../client/screens/purchasing.py" line="219"/>
        <source>consignment</source>
        <translation>代销</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="210"/>
        <source>Price list</source>
        <translation>价格表</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="211"/>
        <source>One line per SKU: code or barcode, price</source>
        <translation>每行一个 SKU：编码或条码, 单价</translation>
    </message>
</context>
<context>
    <name>CouponsDialog</name>
    <message>
        <location filename="../../client/screens/promotions.py" line="574"/>
        <source>Coupons of %1</source>
        <translation>%1 的优惠券</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="582"/>
        <source>Prefix (optional)</source>
        <translation>前缀（可选）</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="584"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="585"/>
        <source>Codes:</source>
        <translation>券码数：</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="595"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="595"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="596"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="596"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/promotions.py" line="619"/>
        <source>The promotion has %n code(s).</source>
        <translation>
            <numerusform>该促销共有 %n 个券码。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FromTemplateDialog</name>
    <message>
        <location filename="../../client/screens/promotions.py" line="549"/>
        <source>New promotion from %1</source>
        <translation>从 %1 新建促销</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="554"/>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="555"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../client/screens/home.py" line="77"/>
        <source>Welcome, %1</source>
        <translation>欢迎，%1</translation>
    </message>
    <message>
        <location filename="../../client/screens/home.py" line="94"/>
        <source>Looking for your work…</source>
        <translation>正在查找您的待办工作…</translation>
    </message>
    <message>
        <location filename="../../client/screens/home.py" line="99"/>
        <location filename="../../client/screens/home.py" line="118"/>
        <location filename="../../client/screens/home.py" line="138"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../client/screens/home.py" line="103"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../../client/screens/home.py" line="104"/>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../client/screens/home.py" line="105"/>
        <source>Areas you may use:</source>
        <translation>可用的业务区：</translation>
    </message>
    <message>
        <location filename="../../client/screens/home.py" line="106"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../../client/screens/home.py" line="109"/>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <location filename="../../client/screens/home.py" line="118"/>
        <location filename="../../client/screens/home.py" line="137"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../client/screens/home.py" line="152"/>
        <source>Nothing waits for you here: your areas have no work lists.</source>
        <translation>这里没有您的待办：您可用的业务区暂无工作清单。</translation>
    </message>
    <message>
        <location filename="../../client/screens/home.py" line="154"/>
        <source>Nothing waits for you. All clear: %1.</source>
        <translation>没有待办工作。均已处理：%1。</translation>
    </message>
    <message>
        <location filename="../../client/screens/home.py" line="150"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../client/screens/home.py" line="156"/>
        <source>All clear: %1.</source>
        <translation>均已处理：%1。</translation>
    </message>
    <message>
        <location filename="../../client/screens/home.py" line="160"/>
        <source>%1 %2 at %3, database %4</source>
        <translation>%1 %2，地址 %3，数据库 %4</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <location filename="../../client/widgets/images.py" line="40"/>
        <source>Add &amp;picture…</source>
        <translation>添加图片(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../client/widgets/images.py" line="41"/>
        <source>Remove picture</source>
        <translation>删除图片</translation>
    </message>
    <message>
        <location filename="../../client/widgets/images.py" line="86"/>
        <source>Add a picture</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <location filename="../../client/widgets/images.py" line="87"/>
        <source>Pictures (*.jpg *.jpeg *.png *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="43"/>
        <location filename="../../client/screens/catalog_import.py" line="77"/>
        <source>Import SKUs</source>
        <translation>导入 SKU</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="45"/>
        <source>Columns: %1. New SKUs need product_code and list_price (and, for a new product, product_name and category_code); existing SKUs are found by sku_code and updated. Nothing is imported unless every row is right.</source>
        <translation>列：%1。新 SKU 需要 product_code 和 list_price（新商品还需要 product_name 和 category_code）；已有 SKU 按 sku_code 查找并更新。只有所有行都正确时才会导入。</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="51"/>
        <source>No file chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="52"/>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="58"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="58"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="58"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="63"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="78"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>表格文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="88"/>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/catalog_import.py" line="91"/>
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>正在检查 %n 行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/catalog_import.py" line="105"/>
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n 行：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="105"/>
        <source>%1 new SKU(s), %2 changed, %3 new product(s).</source>
        <translation>新建 %1 个 SKU，修改 %2 个，新商品 %3 个。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/catalog_import.py" line="108"/>
        <source>%n problem(s): fix the file and choose it again.</source>
        <translation>
            <numerusform>%n 个问题：请修正文件后重新选择。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="111"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog_import.py" line="116"/>
        <source>Importing in one transaction…</source>
        <translation>正在以单个事务导入…</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../client/screens/purchasing.py" line="151"/>
        <source>Supplier invoice for %1</source>
        <translation>%1 的供应商发票</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="153"/>
        <source>Invoice number</source>
        <translation>发票号</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="154"/>
        <source>Invoice date</source>
        <translation>发票日期</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="157"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="157"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="157"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="166"/>
        <source>Lines</source>
        <translation>明细行</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../client/screens/login.py" line="54"/>
        <source>Emporium — log in</source>
        <translation>Emporium — 登录</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="59"/>
        <source>Emporium back office</source>
        <translation>Emporium 后台管理</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="61"/>
        <source>Log in with the account your administrator gave you.</source>
        <translation>请使用管理员为您开设的账号登录。</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="66"/>
        <source>host:port</source>
        <translation>主机:端口</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="68"/>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="71"/>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="72"/>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="73"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="83"/>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="111"/>
        <source>Enter the server as host:port.</source>
        <translation>请按“主机:端口”格式输入服务器。</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="114"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="117"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="140"/>
        <source>Cannot reach the server at %1. Check the address, or ask whether the middle tier is running.</source>
        <translation>无法连接服务器 %1。请检查地址，或询问中间层服务是否在运行。</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="144"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../client/screens/login.py" line="149"/>
        <source>This account is disabled; ask an administrator.</source>
        <translation>此账号已停用，请联系管理员。</translation>
    </message>
</context>
<context>
    <name>LookupDialog</name>
    <message>
        <location filename="../../client/screens/promotion_pickers.py" line="366"/>
        <source>Part of a code or name</source>
        <translation>编码或名称的一部分</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotion_pickers.py" line="368"/>
        <source>&amp;Look for</source>
        <translation>查找(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotion_pickers.py" line="383"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotion_pickers.py" line="419"/>
        <source>Looking…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotion_pickers.py" line="428"/>
        <source>Nothing found.</source>
        <translation>未找到。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/promotion_pickers.py" line="430"/>
        <source>The first %n found; type more of the code or name to narrow them.</source>
        <translation>
            <numerusform>仅显示前 %n 项；请输入更多编码或名称以缩小范围。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/promotion_pickers.py" line="433"/>
        <source>%n found.</source>
        <translation>
            <numerusform>找到 %n 项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../client/screens/main_window.py" line="38"/>
        <source>Emporium — %1 on %2</source>
        <translation>Emporium — %1 @ %2</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="94"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="95"/>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="98"/>
        <source>&amp;Change my password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="101"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="103"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="104"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="107"/>
        <source>&amp;Navigation on full-width screens</source>
        <translation>全宽屏幕上显示导航(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="114"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="115"/>
        <source>&amp;About Emporium</source>
        <translation>关于 Emporium(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="119"/>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="120"/>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="122"/>
        <location filename="../../client/screens/main_window.py" line="189"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="189"/>
        <source>connection lost</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="190"/>
        <source>reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="190"/>
        <source>disconnected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="196"/>
        <source>The connection to the server was lost; reconnecting.</source>
        <translation>与服务器的连接已中断，正在重新连接。</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="201"/>
        <source>Your login session has ended.</source>
        <translation>您的登录会话已结束。</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="221"/>
        <source>About Emporium</source>
        <translation>关于 Emporium</translation>
    </message>
    <message>
        <location filename="../../client/screens/main_window.py" line="222"/>
        <source>Emporium back office
Client connected to %1 as %2.</source>
        <translation>Emporium 后台管理
客户端已以 %2 身份连接到 %1。</translation>
    </message>
</context>
<context>
    <name>PaymentsScreen</name>
    <message>
        <location filename="../../client/screens/payments.py" line="232"/>
        <source>Payments and stored value</source>
        <translation>支付与储值</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="233"/>
        <source>Find a payment by order, payment number or the gateway&apos;s transaction; refunds go back along the tenders an order was paid with. Gift cards and wallets keep every entry.</source>
        <translation>按订单号、支付单号或渠道交易号查找支付；退款按订单的原支付方式原路退回。礼品卡和钱包保留每一笔记录。</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="242"/>
        <source>&amp;Payments</source>
        <translation>支付(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="243"/>
        <source>&amp;Refunds</source>
        <translation>退款(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="244"/>
        <source>&amp;Gift cards</source>
        <translation>礼品卡(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="245"/>
        <source>&amp;Wallets</source>
        <translation>钱包(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="266"/>
        <source>Order, payment number or transaction id</source>
        <translation>订单号、支付单号或交易号</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="269"/>
        <source>Any gateway</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="273"/>
        <location filename="../../client/screens/payments.py" line="441"/>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="277"/>
        <source>Any time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="277"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="277"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="278"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="285"/>
        <source>Confirm the &amp;bank transfer…</source>
        <translation>确认银行转账(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="286"/>
        <source>Re&amp;fund this order…</source>
        <translation>退款此订单(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="292"/>
        <source>Payment</source>
        <translation>支付单</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="293"/>
        <location filename="../../client/screens/payments.py" line="438"/>
        <location filename="../../client/screens/payments.py" line="459"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="294"/>
        <location filename="../../client/screens/payments.py" line="307"/>
        <source>Gateway</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="295"/>
        <location filename="../../client/screens/payments.py" line="306"/>
        <location filename="../../client/screens/payments.py" line="461"/>
        <location filename="../../client/screens/payments.py" line="470"/>
        <location filename="../../client/screens/payments.py" line="737"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="296"/>
        <location filename="../../client/screens/payments.py" line="305"/>
        <location filename="../../client/screens/payments.py" line="460"/>
        <location filename="../../client/screens/payments.py" line="469"/>
        <location filename="../../client/screens/payments.py" line="737"/>
        <location filename="../../client/screens/payments.py" line="786"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="297"/>
        <location filename="../../client/screens/payments.py" line="305"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="298"/>
        <source>Transaction</source>
        <translation>交易号</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="299"/>
        <location filename="../../client/screens/payments.py" line="465"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="300"/>
        <source>Paid</source>
        <translation>支付时间</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="304"/>
        <location filename="../../client/screens/payments.py" line="469"/>
        <source>Tender</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="304"/>
        <source>Card or account</source>
        <translation>卡或账户</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="305"/>
        <location filename="../../client/screens/payments.py" line="469"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="307"/>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="307"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="308"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="309"/>
        <source>Every notification the gateway sent, as received; hover over a row to read its body.</source>
        <translation>渠道发来的每一条通知（原样保存）；鼠标悬停可查看内容。</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="390"/>
        <source>Select a payment to see the order&apos;s tenders and the gateway&apos;s notifications.</source>
        <translation>选择一笔支付，查看订单的支付方式和渠道通知。</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="393"/>
        <source>Order %1 · customer %2 · %3 · payable %4</source>
        <translation>订单 %1 · 顾客 %2 · %3 · 应付 %4</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="397"/>
        <source>paid with stored value alone: no gateway payment</source>
        <translation>全部以储值支付：无渠道支付单</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="399"/>
        <source>gateway %1 (merchant %2): gross %3, fee %4, net %5</source>
        <translation>渠道 %1（商户 %2）：总额 %3，手续费 %4，净额 %5</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="448"/>
        <source>Refund an &amp;order…</source>
        <translation>订单退款(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="449"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="450"/>
        <source>Re&amp;ject…</source>
        <translation>驳回(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="451"/>
        <source>&amp;Confirm the payout…</source>
        <translation>确认已退款(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="452"/>
        <source>The gateway or the bank paid the refund&apos;s gateway part back.</source>
        <translation>渠道或银行已退回该退款的渠道部分。</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="458"/>
        <source>Refund</source>
        <translation>退款单</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="462"/>
        <location filename="../../client/screens/payments.py" line="787"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="463"/>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="464"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="470"/>
        <source>Back to</source>
        <translation>退回至</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="509"/>
        <source>Select a refund to see where each part went back.</source>
        <translation>选择一笔退款，查看每部分退回到哪里。</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="512"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="554"/>
        <source>Reject refund</source>
        <translation>驳回退款</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="554"/>
        <source>Why is it refused?</source>
        <translation>驳回原因：</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="562"/>
        <source>Confirm the payout</source>
        <translation>确认已退款</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="563"/>
        <source>The gateway&apos;s or the bank&apos;s reference of the payout:</source>
        <translation>渠道或银行的退款流水号：</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="573"/>
        <source>&amp;New batch…</source>
        <translation>新建批次(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="574"/>
        <source>&amp;Issue the cards…</source>
        <translation>制卡(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="575"/>
        <source>Make the batch&apos;s cards and write their codes and PINs to a file for the card printer; the PINs are shown this once.</source>
        <translation>生成本批次的卡，并把卡号和密码写入文件供制卡；密码只显示这一次。</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="581"/>
        <source>Card code, then Enter</source>
        <translation>卡号，按回车</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="587"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="588"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="589"/>
        <source>Cards</source>
        <translation>张数</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="590"/>
        <source>Issued</source>
        <translation>已制</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="591"/>
        <location filename="../../client/screens/payments.py" line="670"/>
        <source>Face value</source>
        <translation>面值</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="592"/>
        <location filename="../../client/screens/payments.py" line="670"/>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="593"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="594"/>
        <location filename="../../client/screens/payments.py" line="788"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="599"/>
        <source>&amp;Block…</source>
        <translation>冻结(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="600"/>
        <source>&amp;Unblock</source>
        <translation>解冻(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="646"/>
        <source>Batch %1 created: issue its cards to print them.</source>
        <translation>已创建批次 %1：制卡后即可打印。</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="662"/>
        <source>Save the cards&apos; codes and PINs</source>
        <translation>保存卡号和密码</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="663"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="670"/>
        <source>Code</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="670"/>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="672"/>
        <source>Issue gift cards</source>
        <translation>制作礼品卡</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="673"/>
        <source>Batch %1 to %2</source>
        <translation>批次 %1 写入 %2</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="691"/>
        <source>%1 card(s) of batch %2 issued to %3; keep the file safe: it holds the PINs.</source>
        <translation>批次 %2 已制卡 %1 张，写入 %3；文件含密码，请妥善保管。</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="720"/>
        <source>Scan or type a card&apos;s code and press Enter to see its balance and history.</source>
        <translation>扫描或输入卡号并按回车，查看余额和记录。</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="723"/>
        <source>Card %1 (%2, batch %3) · %4 · balance %5 of %6 · held %7 · expires %8</source>
        <translation>卡 %1（%2，批次 %3）· %4 · 余额 %5 / %6 · 冻结 %7 · 有效期至 %8</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="729"/>
        <source>Blocked: %1</source>
        <translation>冻结原因：%1</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="737"/>
        <location filename="../../client/screens/payments.py" line="783"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="737"/>
        <source>Entry</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="737"/>
        <source>With</source>
        <translation>对方账户</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="738"/>
        <source>Order or reason</source>
        <translation>订单或原因</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="743"/>
        <source>Block gift card</source>
        <translation>冻结礼品卡</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="744"/>
        <source>Why is card %1 blocked?</source>
        <translation>冻结卡 %1 的原因：</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="760"/>
        <source>Customer, then Enter</source>
        <translation>顾客编号，按回车</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="762"/>
        <source>&amp;Adjust…</source>
        <translation>调整(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="771"/>
        <source>Balance entries</source>
        <translation>余额明细</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="772"/>
        <source>Points entries</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="775"/>
        <source>Adjustments waiting for a second person&apos;s approval:</source>
        <translation>待他人审批的调整：</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="776"/>
        <source>A&amp;pprove</source>
        <translation>批准(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="777"/>
        <source>R&amp;eject</source>
        <translation>驳回(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="784"/>
        <source>To</source>
        <translation>转入</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="785"/>
        <source>From</source>
        <translation>转出</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="821"/>
        <source>Type a customer&apos;s reference and press Enter to see the balance and points with every entry.</source>
        <translation>输入顾客编号并按回车，查看余额、积分及每一笔明细。</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="825"/>
        <source>%1: balance %2 (%3 held for unpaid orders) · points %4 (%5 held, %6 pending until the after-sale window closes), worth %7</source>
        <translation>%1：余额 %2（未付订单冻结 %3）· 积分 %4（冻结 %5，售后期结束前待入账 %6），价值 %7</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="866"/>
        <source>The adjustment waits for a second person&apos;s approval.</source>
        <translation>该调整等待他人审批。</translation>
    </message>
</context>
<context>
    <name>PickList</name>
    <message>
        <location filename="../../client/screens/promotion_pickers.py" line="482"/>
        <source>A&amp;dd…</source>
        <translation>添加(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotion_pickers.py" line="483"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
</context>
<context>
    <name>PoDialog</name>
    <message>
        <location filename="../../client/screens/purchasing.py" line="102"/>
        <source>New purchase order</source>
        <translation>新建采购订单</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="103"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="106"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="109"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="110"/>
        <source>Purchase</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="111"/>
        <source>Return to supplier</source>
        <translation>退货给供应商</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="112"/>
        <source>Expected</source>
        <translation>预计到货</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="114"/>
        <source>Over-receipt tolerance %</source>
        <translation>超收容差 %</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="116"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="118"/>
        <source>SKU code or barcode</source>
        <translation>SKU 编码或条码</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="118"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="119"/>
        <source>Price (blank: contract)</source>
        <translation>单价（留空：合同价）</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="122"/>
        <source>Lines</source>
        <translation>明细行</translation>
    </message>
</context>
<context>
    <name>PriceSimulatorScreen</name>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="129"/>
        <source>Price simulator</source>
        <translation>价格模拟器</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="137"/>
        <source>SKU code or barcode</source>
        <translation>SKU 编码或条码</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="140"/>
        <source>&amp;Add</source>
        <translation>加入(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="141"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="143"/>
        <location filename="../../client/screens/price_simulator.py" line="149"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="149"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="149"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="150"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="150"/>
        <location filename="../../client/screens/price_simulator.py" line="198"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="159"/>
        <source>Customer and channel</source>
        <translation>客户与渠道</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="162"/>
        <source>member number (optional)</source>
        <translation>会员号（可选）</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="164"/>
        <source>e.g. gold</source>
        <translation>例如 gold</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="169"/>
        <source>codes, comma-separated</source>
        <translation>券码，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="175"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="176"/>
        <source>Member &amp;level</source>
        <translation>会员等级(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="177"/>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="178"/>
        <source>C&amp;oupons</source>
        <translation>优惠券(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="179"/>
        <source>&amp;Shipping fee</source>
        <translation>运费(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="130"/>
        <source>Scan or type a SKU code and press Enter to add it; F9 prices the cart. Times are in the company&apos;s time zone (%1).</source>
        <translation>扫描或输入 SKU 编码后按回车加入购物车；F9 计算价格。时间按公司时区（%1）。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="171"/>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="174"/>
        <source>Price the cart at another time</source>
        <translation>按其他时间计算购物车价格</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="180"/>
        <source>&amp;Time</source>
        <translation>时间(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="183"/>
        <source>&amp;Price  (F9)</source>
        <translation>计算价格(&amp;P)  (F9)</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="197"/>
        <source>Line / step</source>
        <translation>行 / 步骤</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="197"/>
        <source>Base</source>
        <translation>基数</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="197"/>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="206"/>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="206"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="234"/>
        <source>No SKU with code or barcode %1.</source>
        <translation>没有编码或条码为 %1 的 SKU。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="254"/>
        <source>%1 added.</source>
        <translation>已加入 %1。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="270"/>
        <source>The cart is empty.</source>
        <translation>购物车是空的。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="285"/>
        <source>Total %1   (goods %2 of %3 list, shipping %4, you save %5)</source>
        <translation>合计 %1   （商品 %2，原价 %3，运费 %4，共优惠 %5）</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="302"/>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="309"/>
        <source>Gift: %1 × %2</source>
        <translation>赠品：%1 × %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/price_simulator.py" line="318"/>
        <source>Applied (%n)</source>
        <translation>
            <numerusform>已享受（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/price_simulator.py" line="324"/>
        <source>Almost (%n)</source>
        <translation>
            <numerusform>差一点（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/price_simulator.py" line="327"/>
        <source>Did not apply (%n)</source>
        <translation>
            <numerusform>未生效（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/price_simulator.py" line="330"/>
        <source>For other items (%n)</source>
        <translation>
            <numerusform>适用于其他商品（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/price_simulator.py" line="335"/>
        <source>Coupons refused (%n)</source>
        <translation>
            <numerusform>不可用的优惠券（%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../client/screens/catalog.py" line="129"/>
        <source>New product</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="130"/>
        <source>Product %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="141"/>
        <source>(no brand)</source>
        <translation>（无品牌）</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="150"/>
        <source>&amp;Code</source>
        <translation>代码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="151"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="152"/>
        <source>C&amp;ategory</source>
        <translation>类目(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="153"/>
        <source>&amp;Brand</source>
        <translation>品牌(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="154"/>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="159"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="160"/>
        <source>On sale needs at least one priced SKU on sale.</source>
        <translation>上架需要至少一个已定价且在售的 SKU。</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="164"/>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../client/widgets/progress.py" line="24"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/widgets/progress.py" line="46"/>
        <source>%n done</source>
        <translation>
            <numerusform>已完成 %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromotionDialog</name>
    <message>
        <location filename="../../client/screens/promotions.py" line="207"/>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="207"/>
        <source>New promotion</source>
        <translation>新建促销</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="208"/>
        <source>Promotion %1</source>
        <translation>促销 %1</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="219"/>
        <source>&amp;Offer</source>
        <translation>优惠(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="220"/>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="221"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="226"/>
        <source>&amp;Stage</source>
        <translation>阶段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="227"/>
        <source>Item -&gt; item coupon -&gt; store-level -&gt; order coupon -&gt; shipping</source>
        <translation>单品 -&gt; 单品券 -&gt; 店铺级 -&gt; 订单券 -&gt; 运费</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="229"/>
        <source>Percent off</source>
        <translation>折扣百分比</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="229"/>
        <source>10 means 10 % off</source>
        <translation>10 表示减 10 %</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="234"/>
        <source>Fixed price</source>
        <translation>一口价</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="236"/>
        <source>Buy X</source>
        <translation>买 X 件</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="237"/>
        <source>Get Y free</source>
        <translation>送 Y 件</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="240"/>
        <source>Spend at least this (the minimum spend for other kinds)</source>
        <translation>消费满此金额（其他类型为最低消费）</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="245"/>
        <source>Repeat for every threshold reached</source>
        <translation>每满一次门槛重复优惠</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="246"/>
        <source>Cap</source>
        <translation>封顶</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="247"/>
        <source>Largest discount per order; empty: none</source>
        <translation>每单最高优惠；空：不封顶</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="269"/>
        <source>Stac&amp;king</source>
        <translation>叠加与互斥(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="271"/>
        <source>At most one promotion of a group applies to an item (to an order at the store-level stages)</source>
        <translation>同一互斥组在每件商品上最多一个促销生效（店铺级阶段按整单计）</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="273"/>
        <source>&amp;Priority</source>
        <translation>优先级(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="275"/>
        <source>Stop further promotions of this stage (on its items)</source>
        <translation>阻止本阶段后续促销（限其适用商品）</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="278"/>
        <source>Exclusive for the whole order, not only on its items</source>
        <translation>整单互斥，而不仅限于其适用商品</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="284"/>
        <source>Promotions</source>
        <translation>促销</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="285"/>
        <source>None: it runs beside another promotion only if both are stackable.</source>
        <translation>无：只有双方都可叠加时才与其他促销同时生效。</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="288"/>
        <source>Com&amp;bines with</source>
        <translation>可共享的促销(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="289"/>
        <source>Both must name each other</source>
        <translation>双方须互相选择</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="291"/>
        <source>&amp;When and who</source>
        <translation>时间与对象(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="292"/>
        <source>when activated</source>
        <translation>启用时</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="292"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="294"/>
        <source>Sta&amp;rts</source>
        <translation>开始(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="295"/>
        <source>no end</source>
        <translation>不结束</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="295"/>
        <source>Until</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="312"/>
        <source>C&amp;hannels</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="312"/>
        <source>None ticked: every channel</source>
        <translation>都不勾选：所有渠道</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="313"/>
        <source>&amp;Member levels</source>
        <translation>会员等级(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="314"/>
        <source>e.g. gold, silver; empty: every customer</source>
        <translation>例如 gold, silver；空：所有客户</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="315"/>
        <source>&amp;Usage limit</source>
        <translation>使用次数上限(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="316"/>
        <source>Orders in all; empty: no limit</source>
        <translation>订单总数；空：不限</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="317"/>
        <source>Per cus&amp;tomer</source>
        <translation>每客户上限(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="318"/>
        <source>Orders per customer; empty: no limit</source>
        <translation>每位客户的订单数；空：不限</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="319"/>
        <source>&amp;Budget</source>
        <translation>预算(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="320"/>
        <source>Discount given in all; the last order gets what is left</source>
        <translation>累计优惠总额；最后一单获得剩余部分</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="337"/>
        <source>Collisions with other live promotions</source>
        <translation>与其他有效促销的冲突</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="501"/>
        <source>Gift SKU</source>
        <translation>赠品 SKU</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="511"/>
        <source>A template does not run, so it collides with nothing.</source>
        <translation>模板不会执行，因此不与任何促销冲突。</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="527"/>
        <source>None: no live promotion of this stage keeps it from applying, nor does it keep one out.</source>
        <translation>无：本阶段没有有效促销会阻止它生效，它也不会阻止其他促销。</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="536"/>
        <source>Checked once the offer is complete: %1</source>
        <translation>优惠填写完整后再检查：%1</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="257"/>
        <source>Gift quantity</source>
        <translation>赠品数量</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="228"/>
        <source>K&amp;ind</source>
        <translation>类型(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="230"/>
        <source>A&amp;mount</source>
        <translation>金额(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="231"/>
        <source>The amount off, or the spend-and-save reward</source>
        <translation>立减金额，或满减的优惠额</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="233"/>
        <source>Taken &amp;from</source>
        <translation>减免方式(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="235"/>
        <source>Per unit</source>
        <translation>每件</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="238"/>
        <source>The cheapest of the units bought go free</source>
        <translation>所购商品中最便宜的几件免费</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="239"/>
        <source>&amp;Threshold</source>
        <translation>门槛(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="249"/>
        <source>Fin&amp;d…</source>
        <translation>查找(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="256"/>
        <source>&amp;Gift SKU</source>
        <translation>赠品 SKU(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="259"/>
        <source>&amp;Applies to</source>
        <translation>适用范围(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="260"/>
        <source>Add to the scope</source>
        <translation>添加到范围</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="261"/>
        <location filename="../../client/screens/promotions.py" line="501"/>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="261"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="262"/>
        <source>Categories (with everything below)</source>
        <translation>类目（含所有下级）</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="263"/>
        <source>Brands</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="264"/>
        <source>Nothing picked: the promotion covers the whole cart.</source>
        <translation>未选择：促销适用于整个购物车。</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="267"/>
        <source>S&amp;cope</source>
        <translation>范围(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="270"/>
        <source>E&amp;xclusion group</source>
        <translation>互斥组(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="274"/>
        <source>Lower runs first</source>
        <translation>数字小的先执行</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="280"/>
        <source>Stackable with other stackable promotions</source>
        <translation>可与其他可叠加促销叠加</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="283"/>
        <source>Combines with</source>
        <translation>可共享的促销</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="242"/>
        <source>price after earlier stages</source>
        <translation>前序阶段后的价格</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="243"/>
        <source>list price</source>
        <translation>标价</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="244"/>
        <source>Threshold counts</source>
        <translation>门槛计算依据</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="297"/>
        <source>&amp;Ends</source>
        <translation>结束(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="321"/>
        <source>Co-funding supplier</source>
        <translation>共同出资供应商</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="322"/>
        <source>Supplier share %</source>
        <translation>供应商分担 %</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="326"/>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
</context>
<context>
    <name>PromotionsScreen</name>
    <message>
        <location filename="../../client/screens/promotions.py" line="633"/>
        <source>Promotions</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="634"/>
        <source>Activities and their templates, with dates in the company&apos;s time zone (%1). The timeline shows what runs when; the editor says which promotions a new one would collide with.</source>
        <translation>促销活动及其模板，日期按公司时区（%1）。时间轴显示各活动的进行时间；编辑时会提示新促销将与哪些促销冲突。</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="639"/>
        <source>Code or name  (Ctrl+F)</source>
        <translation>编码或名称  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="642"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="645"/>
        <source>&amp;Templates</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="651"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="652"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="653"/>
        <source>From &amp;template…</source>
        <translation>从模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="654"/>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="655"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="656"/>
        <source>En&amp;d</source>
        <translation>结束(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="657"/>
        <source>C&amp;oupons…</source>
        <translation>优惠券(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="669"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="670"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="671"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="672"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="673"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="674"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="675"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="676"/>
        <source>Group</source>
        <translation>互斥组</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="677"/>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="678"/>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="679"/>
        <source>Spent</source>
        <translation>已花费</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="680"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="779"/>
        <source>%1 is saved. It collides with other live promotions:</source>
        <translation>%1 已保存。它与以下有效促销冲突：</translation>
    </message>
</context>
<context>
    <name>PurchasingScreen</name>
    <message>
        <location filename="../../client/screens/purchasing.py" line="252"/>
        <source>Purchasing</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="253"/>
        <source>Purchase orders and returns to suppliers, from draft to closed; approval needs the approve permission. Reorder suggestions become draft orders.</source>
        <translation>采购订单与采购退货，从草稿到关闭；审批需要审批权限。补货建议可生成草稿订单。</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="260"/>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="261"/>
        <source>S&amp;uppliers</source>
        <translation>供应商(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="262"/>
        <source>&amp;Reorder suggestions</source>
        <translation>补货建议(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="271"/>
        <source>Order number  (Ctrl+F)</source>
        <translation>订单号  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="274"/>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="281"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="282"/>
        <source>&amp;Approve</source>
        <translation>审批(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="283"/>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="284"/>
        <source>Ca&amp;ncel order</source>
        <translation>取消订单(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="285"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="286"/>
        <source>&amp;Print PDF…</source>
        <translation>打印 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="287"/>
        <source>&amp;Invoice…</source>
        <translation>发票(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="294"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="295"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="295"/>
        <source>return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="295"/>
        <source>purchase</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="296"/>
        <location filename="../../client/screens/purchasing.py" line="544"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="297"/>
        <source>Supplier name</source>
        <translation>供应商名称</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="298"/>
        <location filename="../../client/screens/purchasing.py" line="531"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="299"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="300"/>
        <source>Expected</source>
        <translation>预计到货</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="301"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="308"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="308"/>
        <location filename="../../client/screens/purchasing.py" line="544"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="308"/>
        <location filename="../../client/screens/purchasing.py" line="490"/>
        <location filename="../../client/screens/purchasing.py" line="544"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="308"/>
        <source>Ordered</source>
        <translation>订购</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="308"/>
        <location filename="../../client/screens/purchasing.py" line="546"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="308"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="309"/>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="309"/>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="309"/>
        <source>Open</source>
        <translation>未清</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="310"/>
        <source>Cancel the line&apos;s open &amp;quantity…</source>
        <translation>取消该行未结数量(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="311"/>
        <source>What was not received of the selected line will not come: the line keeps what was received.</source>
        <translation>所选行未收到的部分将不再到货：该行只保留已收货的数量。</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="384"/>
        <source>Select an order to see its lines.</source>
        <translation>选择一个订单查看明细。</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="386"/>
        <source>approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="386"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="387"/>
        <source>first receipt</source>
        <translation>首次收货</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="387"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="388"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="388"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="392"/>
        <source>%1 · %2 · %3 · tolerance %4 %</source>
        <translation>%1 · %2 · %3 · 容差 %4 %</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="394"/>
        <source>consignment</source>
        <translation>代销</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="428"/>
        <source>Cancel the %1 still open of %2 on %3? The line keeps the %4 received.</source>
        <translation>取消 %3 上 %2 仍未结的 %1 件？该行保留已收货的 %4 件。</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="429"/>
        <source>Cancel line</source>
        <translation>取消订单行</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="465"/>
        <source>Invoice %1: %2</source>
        <translation>发票 %1：%2</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="466"/>
        <source>matched</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="466"/>
        <source>variance — </source>
        <translation>有差异 — </translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="481"/>
        <source>New &amp;supplier…</source>
        <translation>新建供应商(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="482"/>
        <source>&amp;Edit supplier…</source>
        <translation>编辑供应商(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="483"/>
        <source>&amp;Contracts…</source>
        <translation>合同(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="490"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="491"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="491"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="492"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="492"/>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="493"/>
        <location filename="../../client/screens/purchasing.py" line="545"/>
        <source>Lead time</source>
        <translation>交期</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="494"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="494"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="494"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="529"/>
        <source>&amp;Calculate</source>
        <translation>计算(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="530"/>
        <source>Create &amp;draft orders</source>
        <translation>生成草稿订单(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="537"/>
        <source>Position = available + on order. A SKU is suggested when its position is at or below the reorder point or the demand over the supplier&apos;s lead time (shipped in the last 28 days). Tick the lines to order.</source>
        <translation>库存头寸 = 可用 + 在途。当头寸不高于再订货点或供应商交期内的需求（按最近 28 天出库计算）时给出建议。勾选要下单的行。</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="544"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="545"/>
        <source>On order</source>
        <translation>在途</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="545"/>
        <source>Per day</source>
        <translation>日均</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="545"/>
        <source>Reorder point</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="546"/>
        <source>Suggested</source>
        <translation>建议量</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../client/screens/payments.py" line="121"/>
        <source>Refund an order</source>
        <translation>订单退款</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="122"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="124"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="126"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="127"/>
        <source>Where it goes back</source>
        <translation>退回方式</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../client/screens/roles.py" line="141"/>
        <source>New role</source>
        <translation>新建角色</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="141"/>
        <source>Edit role</source>
        <translation>编辑角色</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="145"/>
        <source>e.g. night_shift</source>
        <translation>例如 night_shift</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="148"/>
        <source>&amp;Code</source>
        <translation>代码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="149"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="150"/>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
</context>
<context>
    <name>RoleMatrixModel</name>
    <message>
        <location filename="../../client/screens/roles.py" line="81"/>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/roles.py" line="84"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 个用户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesScreen</name>
    <message>
        <location filename="../../client/screens/roles.py" line="168"/>
        <source>Roles and permissions</source>
        <translation>角色与权限</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="169"/>
        <source>A user may do what any of their roles allows. The administrator role always holds every permission.</source>
        <translation>用户可执行其任一角色允许的操作。管理员角色始终拥有全部权限。</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="171"/>
        <source>&amp;New role…</source>
        <translation>新建角色(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="172"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="173"/>
        <source>&amp;Delete role</source>
        <translation>删除角色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="174"/>
        <source>&amp;Save changes</source>
        <translation>保存更改(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="176"/>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="213"/>
        <source>Unsaved changes are highlighted.</source>
        <translation>未保存的更改已高亮显示。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/roles.py" line="237"/>
        <source>Saved %n role(s).</source>
        <translation>
            <numerusform>已保存 %n 个角色。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="260"/>
        <source>Rename role</source>
        <translation>重命名角色</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="247"/>
        <source>Click a cell in the role&apos;s column first.</source>
        <translation>请先点击该角色所在列中的一个单元格。</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="265"/>
        <location filename="../../client/screens/roles.py" line="269"/>
        <source>Delete role</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <location filename="../../client/screens/roles.py" line="268"/>
        <source>Delete the role %1?</source>
        <translation>删除角色 %1？</translation>
    </message>
</context>
<context>
    <name>SearchTermsScreen</name>
    <message>
        <location filename="../../client/screens/search_terms.py" line="32"/>
        <source>Site search</source>
        <translation>站内搜索</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="33"/>
        <source>Queries without results point at missing words: add them to a synonym group, and the search finds every word of the group.</source>
        <translation>无结果的搜索说明缺少词语：把它们加入同义词组后，搜索任一词都能找到整组的商品。</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="39"/>
        <source>&amp;No results only</source>
        <translation>只看无结果(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="43"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="44"/>
        <source>Query</source>
        <translation>搜索词</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="45"/>
        <source>Hits</source>
        <translation>结果数</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="46"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="54"/>
        <source>Find a word in the groups</source>
        <translation>在同义词组中查找</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="58"/>
        <source>Words treated as one</source>
        <translation>视为同义的词</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="63"/>
        <source>T恤, tee, t-shirt</source>
        <translation>T恤, tee, t-shirt</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="64"/>
        <source>&amp;Words of the group, separated by commas:</source>
        <translation>组内词语，用逗号分隔(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="72"/>
        <source>Save as &amp;new group</source>
        <translation>另存为新组(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="73"/>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../client/screens/search_terms.py" line="74"/>
        <source>&amp;Delete group</source>
        <translation>删除该组(&amp;D)</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../client/screens/settings.py" line="29"/>
        <source>Basic settings</source>
        <translation>基本设置</translation>
    </message>
    <message>
        <location filename="../../client/screens/settings.py" line="29"/>
        <source>These apply to every user and every document.</source>
        <translation>这些设置适用于所有用户和所有单据。</translation>
    </message>
    <message>
        <location filename="../../client/screens/settings.py" line="35"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../client/screens/settings.py" line="37"/>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../client/screens/settings.py" line="75"/>
        <source>Last changed by %1 at %2</source>
        <translation>最后由 %1 于 %2 修改</translation>
    </message>
    <message>
        <location filename="../../client/screens/settings.py" line="102"/>
        <source>Nothing to save.</source>
        <translation>没有需要保存的内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/settings.py" line="110"/>
        <source>Saved %n setting(s).</source>
        <translation>
            <numerusform>已保存 %n 项设置。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkuDialog</name>
    <message>
        <location filename="../../client/screens/catalog.py" line="88"/>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="93"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="97"/>
        <source>13 digits (EAN-13)</source>
        <translation>13 位数字 (EAN-13)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="106"/>
        <source>List &amp;price</source>
        <translation>标价(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="107"/>
        <source>&amp;Cost</source>
        <translation>成本(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="108"/>
        <source>&amp;Barcode</source>
        <translation>条码(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="109"/>
        <source>&amp;Weight</source>
        <translation>重量(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="110"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <location filename="../../client/screens/purchasing.py" line="64"/>
        <source>Edit supplier</source>
        <translation>编辑供应商</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="64"/>
        <source>New supplier</source>
        <translation>新建供应商</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="67"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="67"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="68"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="68"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="69"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="69"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="70"/>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="72"/>
        <source>Lead time (days)</source>
        <translation>交期（天）</translation>
    </message>
</context>
<context>
    <name>TerminalScreen</name>
    <message>
        <location filename="../../client/screens/terminal.py" line="73"/>
        <source>Receive</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="73"/>
        <source>Put away</source>
        <translation>上架</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="73"/>
        <source>Pick</source>
        <translation>拣货</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="74"/>
        <source>Pack</source>
        <translation>打包</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="74"/>
        <source>Count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="74"/>
        <source>Put back</source>
        <translation>退回上架</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="75"/>
        <source>Transfer</source>
        <translation>移库</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="250"/>
        <source>Enter: confirm   F10: finish   Esc: start over</source>
        <translation>Enter：确认   F10：完成   Esc：重新开始</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="252"/>
        <source>F11: type quantities</source>
        <translation>F11：输入数量</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="252"/>
        <source>F11: one scan per unit</source>
        <translation>F11：逐件扫描</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="257"/>
        <location filename="../../client/screens/terminal.py" line="318"/>
        <source>Scan the purchase order</source>
        <translation>扫描采购订单</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="267"/>
        <location filename="../../client/screens/terminal.py" line="335"/>
        <location filename="../../client/screens/terminal.py" line="381"/>
        <location filename="../../client/screens/terminal.py" line="434"/>
        <location filename="../../client/screens/terminal.py" line="571"/>
        <location filename="../../client/screens/terminal.py" line="616"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="267"/>
        <location filename="../../client/screens/terminal.py" line="335"/>
        <location filename="../../client/screens/terminal.py" line="381"/>
        <location filename="../../client/screens/terminal.py" line="434"/>
        <location filename="../../client/screens/terminal.py" line="571"/>
        <location filename="../../client/screens/terminal.py" line="616"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="267"/>
        <source>Ordered</source>
        <translation>订购</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="267"/>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="267"/>
        <source>Open</source>
        <translation>未清</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="268"/>
        <source>Counted now</source>
        <translation>本次点数</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="272"/>
        <source>%1 — scan an item (F10 posts the receipt)</source>
        <translation>%1 — 扫描商品（F10 过账收货单）</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="277"/>
        <source>Quantity of %1</source>
        <translation>%1 的数量</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="287"/>
        <source>Counted %1 x %2</source>
        <translation>已点数 %1 x %2</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="292"/>
        <source>Lot number of %1</source>
        <translation>%1 的批次号</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="301"/>
        <source>Expiry date of lot %1 (YYYY-MM-DD)</source>
        <translation>批次 %1 的到期日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="314"/>
        <source>Receipt %1 posted: the goods wait at receiving for putaway.</source>
        <translation>收货单 %1 已过账：货物在收货区等待上架。</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="329"/>
        <location filename="../../client/screens/terminal.py" line="365"/>
        <source>Scan an item waiting at receiving</source>
        <translation>扫描收货区待上架的商品</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="335"/>
        <location filename="../../client/screens/terminal.py" line="571"/>
        <location filename="../../client/screens/terminal.py" line="616"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="335"/>
        <location filename="../../client/screens/terminal.py" line="571"/>
        <source>Waiting</source>
        <translation>待上架</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="346"/>
        <source>Put it in: %1</source>
        <translation>建议库位：%1</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="350"/>
        <source>Scan the bin for %1</source>
        <translation>扫描 %1 的库位</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="354"/>
        <location filename="../../client/screens/terminal.py" line="591"/>
        <source>Quantity into %1</source>
        <translation>放入 %1 的数量</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="361"/>
        <source>Put away %1 x %2 into %3</source>
        <translation>已上架 %1 x %2 到 %3</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="372"/>
        <location filename="../../client/screens/terminal.py" line="387"/>
        <source>Scan the pick list</source>
        <translation>扫描拣货单</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="381"/>
        <location filename="../../client/screens/terminal.py" line="450"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="381"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="381"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="382"/>
        <location filename="../../client/screens/terminal.py" line="434"/>
        <source>Picked</source>
        <translation>已拣</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="382"/>
        <location filename="../../client/screens/terminal.py" line="572"/>
        <source>Request</source>
        <translation>出库单</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="386"/>
        <source>Pick list %1 is done: take it to packing.</source>
        <translation>拣货单 %1 已完成：送往打包区。</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="390"/>
        <location filename="../../client/screens/terminal.py" line="413"/>
        <location filename="../../client/screens/terminal.py" line="499"/>
        <location filename="../../client/screens/terminal.py" line="558"/>
        <source>Go to %1 and scan the bin</source>
        <translation>前往 %1 并扫描库位</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="395"/>
        <source>Take %1 x %2 — scan the item</source>
        <translation>拣取 %1 x %2 — 扫描商品</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="401"/>
        <source>Quantity taken (Enter = %1; less is a short pick)</source>
        <translation>拣取数量（Enter = %1；少于即为短拣）</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="409"/>
        <source>Picked %1 x %2</source>
        <translation>已拣 %1 x %2</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="420"/>
        <source>Scan the order or return on the pick list</source>
        <translation>扫描拣货单上的订单或退货单</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="434"/>
        <source>Reserved</source>
        <translation>已占用</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="434"/>
        <source>In parcel</source>
        <translation>已装箱</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="437"/>
        <source>Every item is in the parcel.</source>
        <translation>所有商品已装箱。</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="510"/>
        <source>%1: scan every unit, one scan each (F10 when the bin is done)</source>
        <translation>%1：逐件扫描，每件扫一次（本库位点完按 F10）</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="511"/>
        <source>%1: scan an item, then type how many (F10 when the bin is done)</source>
        <translation>%1：扫描商品，再输入数量（本库位点完按 F10）</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="522"/>
        <source>How many of %1 are in the bin? Type the number</source>
        <translation>库位中有多少件 %1？请输入数量</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="527"/>
        <source>Type how many, as a number (F11 counts one scan per unit).</source>
        <translation>请以数字输入数量（按 F11 改为逐件扫描）。</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="564"/>
        <location filename="../../client/screens/terminal.py" line="582"/>
        <location filename="../../client/screens/terminal.py" line="603"/>
        <source>Scan an item waiting in packing to put it back</source>
        <translation>扫描打包区待退回上架的商品</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="571"/>
        <source>Came from</source>
        <translation>原库位</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="576"/>
        <source>Nothing waits in packing to be put back.</source>
        <translation>打包区没有待退回上架的商品。</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="581"/>
        <source>%1 is not on the put-back list.</source>
        <translation>%1 不在退回上架清单中。</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="586"/>
        <source>Scan the bin for %1 (it came from %2)</source>
        <translation>扫描 %1 的库位（原库位 %2）</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="599"/>
        <source>Put back %1 x %2 into %3</source>
        <translation>已退回上架 %1 x %2 到 %3</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="610"/>
        <source>Scan the bin to take stock from</source>
        <translation>扫描移出库位</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="616"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="618"/>
        <location filename="../../client/screens/terminal.py" line="649"/>
        <source>Scan the item to move from %1</source>
        <translation>扫描要从 %1 移出的商品</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="626"/>
        <source>Quantity to move (Enter = %1)</source>
        <translation>移库数量（Enter = %1）</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="631"/>
        <location filename="../../client/screens/terminal.py" line="644"/>
        <source>Scan the bin to put %1 x %2 in</source>
        <translation>扫描放入 %1 x %2 的库位</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="639"/>
        <source>Moved %1 x %2 from %3 to %4</source>
        <translation>已移库 %1 x %2：%3 → %4</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="440"/>
        <source>%1 — scan each item into the parcel</source>
        <translation>%1 — 逐件扫描装箱</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="450"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="452"/>
        <source>Carrier: type its number (Enter = %1)</source>
        <translation>承运商：输入序号（Enter = %1）</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="459"/>
        <source>Type the number of a carrier in the list, 1 to %1.</source>
        <translation>请输入列表中承运商的序号（1 到 %1）。</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="463"/>
        <source>Carrier: %1</source>
        <translation>承运商：%1</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="464"/>
        <location filename="../../client/screens/terminal.py" line="481"/>
        <source>Scan the tracking number</source>
        <translation>扫描运单号</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="468"/>
        <location filename="../../client/screens/terminal.py" line="483"/>
        <source>Weight in grams</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="476"/>
        <source>Shipped as %1 (%2 %3).</source>
        <translation>已发货 %1（%2 %3）。</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="493"/>
        <source>Scan the count task</source>
        <translation>扫描盘点任务</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="536"/>
        <source>Scanned</source>
        <translation>已扫描</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="536"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="537"/>
        <source>%1: %2 counted</source>
        <translation>%1：已点 %2 件</translation>
    </message>
    <message>
        <location filename="../../client/screens/terminal.py" line="553"/>
        <source>Count %1 recorded; a supervisor reviews it.</source>
        <translation>盘点 %1 已记录，等待主管复核。</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../client/screens/promotions.py" line="195"/>
        <source>No promotions in these weeks.</source>
        <translation>这几周没有促销。</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../client/screens/users.py" line="39"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="40"/>
        <source>Edit user %1</source>
        <translation>编辑用户 %1</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="49"/>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="50"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="51"/>
        <source>&amp;E-mail</source>
        <translation>电子邮箱(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="55"/>
        <source>Initial &amp;password</source>
        <translation>初始密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="58"/>
        <source>&amp;Roles</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="59"/>
        <source>New users must change the initial password at their first login.</source>
        <translation>新用户首次登录时必须修改初始密码。</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="41"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="41"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../client/screens/users.py" line="105"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="105"/>
        <source>People who log in to the back office, and their roles.</source>
        <translation>登录后台的人员及其角色。</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="108"/>
        <source>Search user name, name or e-mail  (Ctrl+F)</source>
        <translation>搜索用户名、姓名或邮箱  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="110"/>
        <source>Show &amp;disabled</source>
        <translation>显示已停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="112"/>
        <source>&amp;New user…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="113"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="114"/>
        <location filename="../../client/screens/users.py" line="192"/>
        <source>Disa&amp;ble</source>
        <translation>停用(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="115"/>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="116"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="124"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="125"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="126"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="127"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="128"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="128"/>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="128"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="129"/>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="129"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="130"/>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/users.py" line="156"/>
        <source>%n user(s) shown</source>
        <translation>
            <numerusform>已显示 %n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="157"/>
        <source> — scroll for more</source>
        <translation> — 向下滚动加载更多</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="191"/>
        <source>Ena&amp;ble</source>
        <translation>启用(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="225"/>
        <source>Disable user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="224"/>
        <source>Disable %1? Their open sessions end at once and they can no longer log in.</source>
        <translation>停用 %1？其已登录的会话将立即结束，且无法再登录。</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="235"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../client/screens/users.py" line="236"/>
        <source>New password for %1 (they must change it at their next login):</source>
        <translation>%1 的新密码（下次登录时必须修改）：</translation>
    </message>
</context>
<context>
    <name>WarehouseScreen</name>
    <message>
        <location filename="../../client/screens/warehouse.py" line="104"/>
        <location filename="../../client/screens/warehouse.py" line="110"/>
        <location filename="../../client/screens/warehouse.py" line="190"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="117"/>
        <source>&amp;Stock</source>
        <translation>库存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="118"/>
        <source>&amp;Outbound and waves</source>
        <translation>出库与波次(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="119"/>
        <source>&amp;Counts</source>
        <translation>盘点(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="120"/>
        <source>Self-chec&amp;k</source>
        <translation>自检(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="182"/>
        <source>Removal</source>
        <translation>出库规则</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="184"/>
        <source>FIFO: oldest receipt first</source>
        <translation>FIFO：先入先出</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="185"/>
        <source>FEFO: first expiring first (lot and expiry at receipt)</source>
        <translation>FEFO：先到期先出（收货时登记批次和到期日）</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="190"/>
        <location filename="../../client/screens/warehouse.py" line="369"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="190"/>
        <location filename="../../client/screens/warehouse.py" line="196"/>
        <location filename="../../client/screens/warehouse.py" line="470"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="191"/>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="191"/>
        <source>Owner (consignment)</source>
        <translation>货权（代销）</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="192"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="194"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="167"/>
        <location filename="../../client/screens/warehouse.py" line="295"/>
        <location filename="../../client/screens/warehouse.py" line="376"/>
        <location filename="../../client/screens/warehouse.py" line="470"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="105"/>
        <source>Stock of the warehouse with low stock against the reorder points, a SKU&apos;s bins and change log, outbound requests and waves, cycle counts to review, and the self-check that recomputes every balance from the ledger.</source>
        <translation>仓库库存（按再订货点标出低库存）、SKU 的库位与变动记录、出库单与波次、待复核的盘点，以及根据台账重算所有余额的自检。</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="121"/>
        <source>&amp;Put-backs</source>
        <translation>退回上架(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="157"/>
        <source>Code, barcode or name; a scan (Enter) shows its bins</source>
        <translation>编码、条码或名称；扫描（Enter）显示其库位</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="160"/>
        <source>&amp;Low stock only</source>
        <translation>仅低库存(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="161"/>
        <source>Available at or below the reorder point of purchasing&apos;s reorder rule</source>
        <translation>可用量不高于采购补货规则的再订货点</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="162"/>
        <source>&amp;In stock only</source>
        <translation>仅有库存(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="168"/>
        <source>On hand</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="168"/>
        <source>Reserved</source>
        <translation>占用</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="169"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="170"/>
        <source>Reorder point</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="171"/>
        <source>Low</source>
        <translation>低库存</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="171"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="178"/>
        <source>Choose a SKU in the list, or scan one, to see its bins and moves.</source>
        <translation>在列表中选择或扫描一个 SKU，查看其库位和变动记录。</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="194"/>
        <location filename="../../client/screens/warehouse.py" line="295"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="195"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="195"/>
        <source>To</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="196"/>
        <location filename="../../client/screens/warehouse.py" line="370"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="197"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="197"/>
        <location filename="../../client/screens/warehouse.py" line="301"/>
        <location filename="../../client/screens/warehouse.py" line="371"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="253"/>
        <source>No SKU with code or barcode %1.</source>
        <translation>没有编码或条码为 %1 的 SKU。</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="266"/>
        <source>%1: on hand %2, reserved %3, available %4</source>
        <translation>%1：在库 %2，占用 %3，可用 %4</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="281"/>
        <source>Create &amp;wave</source>
        <translation>生成波次(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="282"/>
        <source>Print &amp;pick list…</source>
        <translation>打印拣货单(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="283"/>
        <source>Print &amp;delivery note…</source>
        <translation>打印送货单(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="284"/>
        <source>Requests per wave</source>
        <translation>每波次单数</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="294"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="294"/>
        <location filename="../../client/screens/warehouse.py" line="305"/>
        <location filename="../../client/screens/warehouse.py" line="469"/>
        <source>Request</source>
        <translation>出库单</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="296"/>
        <source>Since</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="299"/>
        <source>Pick list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="300"/>
        <location filename="../../client/screens/warehouse.py" line="370"/>
        <location filename="../../client/screens/warehouse.py" line="472"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="300"/>
        <source>picking</source>
        <translation>拣货中</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="300"/>
        <source>picked</source>
        <translation>已拣完</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="301"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="302"/>
        <source>Picked</source>
        <translation>拣完时间</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="305"/>
        <source>Shipment</source>
        <translation>发运单</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="306"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="306"/>
        <source>Tracking</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="307"/>
        <source>Weight (g)</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="307"/>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="334"/>
        <source>Wave %1: %2 request(s), %3 task(s) along the pick path.</source>
        <translation>波次 %1：%2 张出库单，沿拣货路径 %3 个任务。</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="357"/>
        <source>Zone (e.g. A)</source>
        <translation>库区（如 A）</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="359"/>
        <source>Count &amp;zone</source>
        <translation>盘点库区(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="360"/>
        <source>&amp;Approve variance</source>
        <translation>批准差异(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="361"/>
        <source>&amp;Recount</source>
        <translation>重盘(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="369"/>
        <source>Count</source>
        <translation>盘点单</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="371"/>
        <location filename="../../client/screens/warehouse.py" line="377"/>
        <source>Counted</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="167"/>
        <location filename="../../client/screens/warehouse.py" line="376"/>
        <location filename="../../client/screens/warehouse.py" line="470"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="376"/>
        <source>Held</source>
        <translation>账面</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="377"/>
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="399"/>
        <source>%1 count task(s) for the terminal.</source>
        <translation>已为终端生成 %1 个盘点任务。</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="420"/>
        <source>%1 at %2: %3</source>
        <translation>%1 于 %2：%3</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="423"/>
        <source>stock moved in this bin after the count began: recount it</source>
        <translation>盘点开始后该库位有库存变动：请重盘</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="457"/>
        <source>&amp;Write off what cannot be found…</source>
        <translation>报损找不到的商品(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="462"/>
        <source>What was picked for a request that was then cancelled waits in packing, held, until a clerk puts it back into a bin at the terminal (F8). What cannot be found is written off to inventory loss.</source>
        <translation>出库单拣货后被取消时，已拣商品保留在打包区（不可用），直到仓管员在终端（F8）将其退回库位。找不到的商品报损计入库存损失。</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="469"/>
        <source>Put-back</source>
        <translation>退回上架单</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="471"/>
        <source>Units picked</source>
        <translation>已拣件数</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="471"/>
        <source>Put back</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="499"/>
        <source>Write off</source>
        <translation>报损</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="500"/>
        <source>%1 x %2 of %3 cannot be found in packing. Why?</source>
        <translation>%3 的 %1 x %2 在打包区找不到。原因？</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="511"/>
        <source>&amp;Run the self-check</source>
        <translation>运行自检(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="515"/>
        <source>Recomputes every bin balance from the moves, every warehouse&apos;s on hand from the bins, and what is reserved from the open requests.</source>
        <translation>按库存流水重算每个库位余额，按库位重算每个仓库的在库量，按未结出库单重算占用量。</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="519"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="519"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="519"/>
        <source>Kept</source>
        <translation>记录值</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="520"/>
        <source>From the ledger</source>
        <translation>流水推算值</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="529"/>
        <source>No drift: the kept balances agree with the ledger.</source>
        <translation>无偏差：记录的余额与流水一致。</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="530"/>
        <source>%1 difference(s) found.</source>
        <translation>发现 %1 处差异。</translation>
    </message>
</context>
<context>
    <name>WorkCard</name>
    <message>
        <location filename="../../client/screens/home.py" line="45"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/screens/home.py" line="61"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/screens/home.py" line="62"/>
        <source>… and many more</source>
        <translation>…… 还有更多</translation>
    </message>
    <message>
        <location filename="../../client/screens/home.py" line="66"/>
        <source>Open %1</source>
        <translation>打开“%1”</translation>
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
        <source>Take payments for orders</source>
        <translation>为订单收款</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="31"/>
        <source>Issue, sell and block gift cards; top up balances</source>
        <translation>发行、售出和冻结礼品卡；为余额充值</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="32"/>
        <source>Adjust customers&apos; balances and points</source>
        <translation>调整顾客余额和积分</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="33"/>
        <source>Approve large refunds and adjustments</source>
        <translation>审批大额退款和调整</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="34"/>
        <source>See service cases</source>
        <translation>查看服务单</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="35"/>
        <source>Handle returns, refunds and complaints</source>
        <translation>处理退货、退款和投诉</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="36"/>
        <source>See members</source>
        <translation>查看会员</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="36"/>
        <source>Change members and campaigns</source>
        <translation>修改会员和营销活动</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="37"/>
        <source>See settlements</source>
        <translation>查看结算</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="37"/>
        <source>Run settlements</source>
        <translation>执行结算</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="38"/>
        <source>Read reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="38"/>
        <source>See announcements and help pages</source>
        <translation>查看公告和帮助页面</translation>
    </message>
    <message>
        <location filename="../../client/catalog_text.py" line="39"/>
        <source>Publish announcements and help pages</source>
        <translation>发布公告和帮助页面</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="49"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="49"/>
        <source>on sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <location filename="../../client/screens/catalog.py" line="50"/>
        <source>off sale</source>
        <translation>下架</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../client/documents.py" line="176"/>
        <source>Scan to track</source>
        <translation>扫码查询物流</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="253"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="254"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="255"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="256"/>
        <source>Deliver to</source>
        <translation>收货仓库</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="257"/>
        <source>Expected</source>
        <translation>预计到货</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="258"/>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="259"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="260"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="261"/>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="262"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="263"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="264"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="265"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="266"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="267"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="268"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="269"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="270"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="271"/>
        <source>Posted</source>
        <translation>过账时间</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="272"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="273"/>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="274"/>
        <source>Counted</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="275"/>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="276"/>
        <source>Accepted</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="277"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="278"/>
        <source>Checked by</source>
        <translation>检验人</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="279"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="280"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="281"/>
        <source>Requests</source>
        <translation>出库单</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="282"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="283"/>
        <source>Picked</source>
        <translation>已拣</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="284"/>
        <source>Request</source>
        <translation>出库单</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="285"/>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="286"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="287"/>
        <source>From</source>
        <translation>发货仓</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="288"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="289"/>
        <source>Tracking</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="290"/>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="291"/>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="292"/>
        <source>Received by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="293"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../client/documents.py" line="308"/>
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
        <location filename="../../client/navigation.py" line="44"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="45"/>
        <source>Products and SKUs</source>
        <translation>商品与 SKU</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="47"/>
        <source>Categories and brands</source>
        <translation>类目与品牌</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="49"/>
        <source>Site search</source>
        <translation>站内搜索</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="51"/>
        <source>Promotions</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="53"/>
        <source>Price simulator</source>
        <translation>价格模拟器</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="55"/>
        <source>Purchase orders and suppliers</source>
        <translation>采购订单与供应商</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="57"/>
        <source>Stock, waves and counts</source>
        <translation>库存、波次与盘点</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="59"/>
        <source>Warehouse terminal</source>
        <translation>仓库终端</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="61"/>
        <source>Payments and gift cards</source>
        <translation>支付与礼品卡</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="63"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="64"/>
        <source>Roles and permissions</source>
        <translation>角色与权限</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="66"/>
        <source>Operation log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="67"/>
        <source>Basic settings</source>
        <translation>基本设置</translation>
    </message>
    <message>
        <location filename="../../client/navigation.py" line="79"/>
        <source>My Emporium</source>
        <translation>我的工作台</translation>
    </message>
</context>
<context>
    <name>payments</name>
    <message>
        <location filename="../../client/screens/payments.py" line="71"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="71"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="72"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="73"/>
        <source>Card instalments</source>
        <translation>信用卡分期</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="78"/>
        <source>pending</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="78"/>
        <source>paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="78"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="79"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="79"/>
        <source>awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="80"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="80"/>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="80"/>
        <source>not sold</source>
        <translation>未售出</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="81"/>
        <source>active</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="81"/>
        <source>blocked</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="82"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="82"/>
        <source>posted</source>
        <translation>已入账</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="83"/>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="83"/>
        <source>held</source>
        <translation>已冻结待付</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="83"/>
        <source>captured</source>
        <translation>已扣款</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="84"/>
        <source>unpaid</source>
        <translation>未支付</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="84"/>
        <source>applied</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="85"/>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="85"/>
        <source>overpaid: refunded</source>
        <translation>超额支付：已退</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="86"/>
        <source>ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="92"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="92"/>
        <source>Gift card</source>
        <translation>礼品卡</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="93"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="93"/>
        <source>Gateway</source>
        <translation>支付渠道</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="94"/>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="94"/>
        <source>Points earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="95"/>
        <source>Points taken back</source>
        <translation>收回积分</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="95"/>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="96"/>
        <source>Gift card refunded</source>
        <translation>礼品卡退款</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="96"/>
        <source>Card sold</source>
        <translation>售卡</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="97"/>
        <source>Overpayment</source>
        <translation>超额支付</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="97"/>
        <source>Points paid</source>
        <translation>积分抵扣</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="98"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="98"/>
        <source>Sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="98"/>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="99"/>
        <source>e-card</source>
        <translation>电子卡</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="99"/>
        <source>physical card</source>
        <translation>实体卡</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="104"/>
        <source>Back along the original tenders, in proportion</source>
        <translation>按原支付方式按比例退回</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="105"/>
        <source>Stored value first</source>
        <translation>优先退回储值</translation>
    </message>
    <message>
        <location filename="../../client/screens/payments.py" line="106"/>
        <source>Gateway first</source>
        <translation>优先退回支付渠道</translation>
    </message>
</context>
<context>
    <name>pickers</name>
    <message>
        <location filename="../../client/screens/promotion_pickers.py" line="167"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotion_pickers.py" line="167"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotion_pickers.py" line="167"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotion_pickers.py" line="168"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotion_pickers.py" line="168"/>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotion_pickers.py" line="178"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotion_pickers.py" line="179"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotion_pickers.py" line="179"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotion_pickers.py" line="180"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>promotions</name>
    <message>
        <location filename="../../client/screens/promotions.py" line="64"/>
        <source>item</source>
        <translation>单品</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="64"/>
        <source>item coupon</source>
        <translation>单品券</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="65"/>
        <source>store-level</source>
        <translation>店铺级</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="65"/>
        <source>order coupon</source>
        <translation>订单券</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="66"/>
        <source>shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="71"/>
        <source>percent off</source>
        <translation>打折</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="71"/>
        <source>amount off</source>
        <translation>立减</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="72"/>
        <source>fixed price</source>
        <translation>一口价</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="72"/>
        <source>buy X get Y</source>
        <translation>买X送Y</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="73"/>
        <source>spend and save</source>
        <translation>满减</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="73"/>
        <source>gift with purchase</source>
        <translation>满赠</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="74"/>
        <source>free shipping</source>
        <translation>包邮</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="79"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="79"/>
        <source>active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="80"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="80"/>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="85"/>
        <source>web</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="85"/>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="85"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="86"/>
        <source>store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="86"/>
        <source>group buy</source>
        <translation>团购</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="91"/>
        <source>each unit</source>
        <translation>每件</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="91"/>
        <source>each line, once</source>
        <translation>每行一次</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="92"/>
        <source>the order, once</source>
        <translation>整单一次</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="98"/>
        <source>same exclusion group</source>
        <translation>同一互斥组</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="99"/>
        <source>they do not combine</source>
        <translation>二者不可共享</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="100"/>
        <source>one stops further promotions</source>
        <translation>其一阻止后续促销</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="101"/>
        <location filename="../../client/screens/promotions.py" line="115"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="103"/>
        <source>Cannot apply in one order with %1 (%2): the one that saves more applies.</source>
        <translation>不能与 %1 在同一订单中同时生效（%2）：以更优惠者为准。</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="108"/>
        <source>Will be excluded by %1 on %n SKU(s)</source>
        <translation>将在 %n 个 SKU 上被 %1 排除</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="110"/>
        <source>will exclude %1 on %n SKU(s)</source>
        <translation>将在 %n 个 SKU 上排除 %1</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="111"/>
        <source>Will exclude %1 on %n SKU(s)</source>
        <translation>将在 %n 个 SKU 上排除 %1</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="113"/>
        <source>Competes with %1 on %n SKU(s)</source>
        <translation>将在 %n 个 SKU 上与 %1 竞争</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="114"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location filename="../../client/screens/promotions.py" line="117"/>
        <source>; counted on the first %n SKU(s) only</source>
        <translation>；仅统计了前 %n 个 SKU</translation>
    </message>
</context>
<context>
    <name>purchasing</name>
    <message>
        <location filename="../../client/screens/purchasing.py" line="56"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="56"/>
        <source>approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="57"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="57"/>
        <source>partially received</source>
        <translation>部分收货</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="58"/>
        <source>received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="58"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="59"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../client/screens/purchasing.py" line="59"/>
        <source>shipped back</source>
        <translation>已退回</translation>
    </message>
</context>
<context>
    <name>server</name>
    <message>
        <location filename="../../middle_tier/contract/__init__.py"/>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>“{text}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>&apos;{value}&apos; is not a known time zone (e.g. Asia/Shanghai).</source>
        <translation>“{value}”不是已知的时区（例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/synonyms.py"/>
        <source>&apos;{word}&apos; is already in another synonym group.</source>
        <translation>“{word}”已在另一个同义词组中。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_bulk.py"/>
        <source>A SKU is named twice.</source>
        <translation>有 SKU 被重复指定。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <location filename="../../middle_tier/catalog/skus.py"/>
        <source>A SKU on sale needs a list price above zero.</source>
        <translation>在售的 SKU 需要大于零的标价。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/validate.py"/>
        <source>A barcode (EAN-13) has exactly 13 digits.</source>
        <translation>条码（EAN-13）必须正好是 13 位数字。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/cards.py"/>
        <source>A batch has 1 to {most} cards.</source>
        <translation>一个批次有 1 到 {most} 张卡。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/pricing.py"/>
        <source>A cart has at most {most} lines.</source>
        <translation>购物车最多 {most} 行。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/categories.py"/>
        <source>A category cannot move into itself or below one of its own subcategories.</source>
        <translation>类目不能移到自身或其下级类目之下。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_bulk.py"/>
        <source>A change of 0 changes no price.</source>
        <translation>变动为 0 不会改变任何价格。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/batch.py"/>
        <source>A code pattern has letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and {{tokens}}.</source>
        <translation>编码规则由字母、数字、“-”、“_”、“.”和 {{tokens}} 组成。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <source>A column appears twice.</source>
        <translation>某一列重复出现。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/contracts.py"/>
        <source>A contract ends on or after its first day.</source>
        <translation>合同到期日不能早于生效日。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/requests.py"/>
        <source>A document reference has 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>单据号由 1 到 64 个字母、数字、“-”、“_”或“.”组成。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <source>A gift card cannot be bought with a gift card.</source>
        <translation>不能用礼品卡购买礼品卡。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>A gift promotion names the gift&apos;s SKU.</source>
        <translation>赠品促销需要指定赠品的 SKU。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/warehouses.py"/>
        <source>A location code has letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>库位编码由字母、数字、“-”、“_”或“.”组成。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <source>A new SKU needs a list price.</source>
        <translation>新 SKU 需要标价。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <source>A new SKU needs its product&apos;s code.</source>
        <translation>新 SKU 需要其商品编码。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <source>A new product needs an active category code.</source>
        <translation>新商品需要一个启用中的类目编码。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <source>A new product&apos;s name</source>
        <translation>新商品的名称</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/auth.py"/>
        <source>A password may have at most 256 characters.</source>
        <translation>密码最多 256 个字符。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/auth.py"/>
        <source>A password may not begin or end with spaces.</source>
        <translation>密码不能以空格开头或结尾。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/auth.py"/>
        <source>A password needs at least {least} characters.</source>
        <translation>密码至少需要 {least} 个字符。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_bulk.py"/>
        <source>A percentage is a number like 10 or -12.5, with at most two decimals.</source>
        <translation>百分比须为数字，如 10 或 -12.5，最多两位小数。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_bulk.py"/>
        <source>A percentage is from {low} to +{high}.</source>
        <translation>百分比须在 {low} 到 +{high} 之间。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/images.py"/>
        <source>A picture may have at most {value} MB.</source>
        <translation>图片最大 {value} MB。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/coupons.py"/>
        <source>A prefix has at most 12 letters or digits.</source>
        <translation>前缀最多 12 个字母或数字。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/products.py"/>
        <source>A product goes on sale with at least one priced SKU on sale.</source>
        <translation>商品上架时至少要有一个已定价且在售的 SKU。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/activities.py"/>
        <source>A promotion cannot become a template, nor the other way round.</source>
        <translation>促销不能变成模板，模板也不能变成促销。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>A promotion does not combine with itself.</source>
        <translation>促销不能与自身共享。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>A promotion has no field &apos;{field}&apos;.</source>
        <translation>促销没有字段“{field}”。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <source>A receipt against this order is still open.</source>
        <translation>该订单仍有未结的收货单。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>A request id has 8 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>请求编号由 8 到 64 个字母、数字、“-”或“_”组成。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/usage.py"/>
        <source>A reservation for this order</source>
        <translation>该订单的预占</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <source>A return is not sent: the warehouse ships it.</source>
        <translation>退货单无需发送：由仓库发货。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/roles.py"/>
        <source>A role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/roles.py"/>
        <source>A role appears twice.</source>
        <translation>角色重复出现。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/scopes.py"/>
        <source>A scope may name at most 2000 items; use categories or brands.</source>
        <translation>适用范围最多列出 2000 项；请改用类目或品牌。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/refunds.py"/>
        <source>A second person approves a refund, not the one who asked for it.</source>
        <translation>退款须由申请人以外的另一人批准。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/wallet.py"/>
        <source>A second person approves an adjustment, not the one who made it.</source>
        <translation>调整须由制单人以外的另一人批准。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/settings.py"/>
        <source>A setting appears twice.</source>
        <translation>设置项重复出现。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/suppliers.py"/>
        <source>A supplier has no field &apos;{field}&apos;.</source>
        <translation>供应商没有字段“{field}”。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/suppliers.py"/>
        <source>A supplier&apos;s code cannot change.</source>
        <translation>供应商编码不可修改。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/batch.py"/>
        <source>A surcharge names {attribute}={value}, which is not among the chosen values.</source>
        <translation>加价项指定了 {attribute}={value}，但它不在所选的值中。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/synonyms.py"/>
        <source>A synonym group has 2 to {most} different words, separated by commas.</source>
        <translation>同义词组包含 2 到 {most} 个不同的词，用逗号分隔。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/synonyms.py"/>
        <source>A synonym has at most 64 characters.</source>
        <translation>同义词最多 64 个字符。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/activities.py"/>
        <source>A template is not run; create a promotion from it.</source>
        <translation>模板不会执行；请用它创建促销。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/packing.py"/>
        <source>A tracking number has letters, digits and &apos;-&apos;.</source>
        <translation>运单号只能包含字母、数字和“-”。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/batch.py"/>
        <source>A value of {attribute} appears twice.</source>
        <translation>{attribute} 的某个值重复出现。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/waves.py"/>
        <source>A wave takes 1 to {most} requests.</source>
        <translation>一个波次包含 1 到 {most} 个出库请求。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/wallet.py"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/cards.py"/>
        <source>Activate a gift card</source>
        <translation>激活礼品卡</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/suppliers.py"/>
        <source>Active is yes or no.</source>
        <translation>“启用”只能是是或否。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/images.py"/>
        <source>Add a product picture</source>
        <translation>添加商品图片</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/attributes.py"/>
        <source>Add attribute values</source>
        <translation>添加属性值</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/purchasing/suppliers.py"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/wallet.py"/>
        <source>Adjust a wallet</source>
        <translation>调整钱包</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/stock.py"/>
        <source>Adjust a warehouse location by a quantity other than 0.</source>
        <translation>请对仓库库位做非零数量的调整。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/stock.py"/>
        <source>Adjust stock</source>
        <translation>调整库存</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/payments/wallet.py"/>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/permissions.py"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>After-sale window (days)</source>
        <translation>售后期（天）</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/payments/refunds.py"/>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <location filename="../../middle_tier/payments/wallet.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/batch.py"/>
        <source>An attribute appears twice among the axes.</source>
        <translation>规格轴中有属性重复出现。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <location filename="../../middle_tier/catalog/skus.py"/>
        <source>An attribute is given twice.</source>
        <translation>属性重复给出。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/activities.py"/>
        <source>An ended promotion cannot be changed.</source>
        <translation>已结束的促销不能修改。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/lots.py"/>
        <location filename="../../middle_tier/wms/receiving.py"/>
        <source>An expiry date needs a lot number.</source>
        <translation>有到期日时必须填写批次号。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/invoices.py"/>
        <source>An invoice has 1 to {most} lines.</source>
        <translation>发票包含 1 到 {most} 行。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <source>An order has 1 to {most} lines.</source>
        <translation>订单包含 1 到 {most} 行。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <source>An order keeps at least one line; cancel the order instead.</source>
        <translation>订单至少要保留一行；如需全部取消，请取消整张订单。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/usage.py"/>
        <source>An order reference has 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>订单号由 1 到 64 个字母、数字、“-”、“_”或“.”组成。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/counts.py"/>
        <source>Another count task took this number meanwhile; try again.</source>
        <translation>另一个盘点任务刚刚占用了这个编号；请重试。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <location filename="../../middle_tier/purchasing/reorder.py"/>
        <source>Another order took this number meanwhile; try again.</source>
        <translation>另一个订单刚刚占用了这个编号；请重试。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/putback.py"/>
        <source>Another put-back took this number meanwhile; try again.</source>
        <translation>另一退回上架单同时占用了该编号；请重试。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/receiving.py"/>
        <source>Another receipt took this number meanwhile; try again.</source>
        <translation>另一张收货单刚刚占用了这个编号；请重试。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/receiving.py"/>
        <source>Another receipt was posted against this order meanwhile; recount.</source>
        <translation>这期间另一张收货单已对该订单过账；请重新清点。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/packing.py"/>
        <source>Another shipment took this number meanwhile; try again.</source>
        <translation>另一个包裹刚刚占用了这个编号；请重试。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/batch.py"/>
        <source>Another user created some of these SKUs or barcodes meanwhile; preview again.</source>
        <translation>这期间其他用户已创建了其中部分 SKU 或条码；请重新预览。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/waves.py"/>
        <source>Another wave took this number meanwhile; try again.</source>
        <translation>另一个波次刚刚占用了这个编号；请重试。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/counts.py"/>
        <source>Approve a count</source>
        <translation>审核盘点</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <source>Approve a purchase order</source>
        <translation>审批采购单</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/refunds.py"/>
        <source>Approve a refund</source>
        <translation>批准退款</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/wallet.py"/>
        <source>Approve an adjustment</source>
        <translation>批准调整</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>Argument nested too deeply.</source>
        <translation>参数嵌套层次过深。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/packing.py"/>
        <source>Ask for 1 to 1000 events.</source>
        <translation>请查询 1 到 1000 条事件。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/counts.py"/>
        <source>Ask for a recount</source>
        <translation>要求复盘</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/stock.py"/>
        <source>Ask for at most {most} SKUs at a time.</source>
        <translation>每次最多查询 {most} 个 SKU。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/users.py"/>
        <source>At least one active user must keep the administrator role.</source>
        <translation>至少要有一个启用的用户保留管理员角色。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/contracts.py"/>
        <source>At most 20,000 prices per contract.</source>
        <translation>每份合同最多 20,000 个价格。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_bulk.py"/>
        <source>At most {most} SKUs change at once; {count} were selected.</source>
        <translation>一次最多修改 {most} 个 SKU；已选择 {count} 个。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <source>At most {most} gift cards pay one order.</source>
        <translation>一个订单最多使用 {most} 张礼品卡支付。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/counts.py"/>
        <source>At most {most} lines per bin.</source>
        <translation>每个库位最多 {most} 行。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/refunds.py"/>
        <source>At most {most} of order {order} can be refunded.</source>
        <translation>订单 {order} 最多可退 {most}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <source>At most {most} rows per file; split it.</source>
        <translation>每个文件最多 {most} 行；请拆分文件。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>At this stage an amount off is taken from: {options}.</source>
        <translation>此阶段的立减方式只能是：{options}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Attempt</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/attributes.py"/>
        <source>Attribute code</source>
        <translation>属性编码</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/attributes.py"/>
        <source>Attribute name</source>
        <translation>属性名称</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <source>Bank reference</source>
        <translation>银行流水号</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/batch.py"/>
        <source>Base price</source>
        <translation>基础价</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/search.py"/>
        <source>Between 1 and 50 similar items.</source>
        <translation>相似商品数量须在 1 到 50 之间。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/search.py"/>
        <source>Between 1 and 50 suggestions.</source>
        <translation>建议数量须在 1 到 50 之间。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Bin location</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/cards.py"/>
        <source>Block a gift card</source>
        <translation>冻结礼品卡</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/brands.py"/>
        <source>Brand code</source>
        <translation>品牌编码</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/brands.py"/>
        <source>Brand name</source>
        <translation>品牌名称</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/roles.py"/>
        <source>Built-in roles cannot be deleted.</source>
        <translation>内置角色不能删除。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>Business time zone</source>
        <translation>业务时区</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Buy</source>
        <translation>购买件数（X）</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Buy X get Y needs X and Y of at least 1.</source>
        <translation>买 X 送 Y 要求 X 和 Y 都至少为 1。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <source>Cancel a purchase order</source>
        <translation>取消采购单</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <source>Cancel a purchase order line</source>
        <translation>取消采购单行</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/receiving.py"/>
        <source>Cancel a receipt</source>
        <translation>取消收货单</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/packing.py"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/categories.py"/>
        <source>Categories nest at most {max_depth} levels deep.</source>
        <translation>类目最多嵌套 {max_depth} 层。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/categories.py"/>
        <source>Category code</source>
        <translation>类目编码</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/categories.py"/>
        <source>Category name</source>
        <translation>类目名称</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/skus.py"/>
        <source>Change a SKU</source>
        <translation>修改 SKU</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/brands.py"/>
        <source>Change a brand</source>
        <translation>修改品牌</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/categories.py"/>
        <source>Change a category</source>
        <translation>修改类目</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/products.py"/>
        <source>Change a product</source>
        <translation>修改商品</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/products.py"/>
        <source>Change a product&apos;s status</source>
        <translation>修改商品状态</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/activities.py"/>
        <source>Change a promotion</source>
        <translation>修改促销</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/activities.py"/>
        <source>Change a promotion&apos;s status</source>
        <translation>修改促销状态</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <source>Change a purchase order</source>
        <translation>修改采购单</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/suppliers.py"/>
        <source>Change a supplier</source>
        <translation>修改供应商</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/users.py"/>
        <source>Change a user</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_bulk.py"/>
        <source>Change many SKUs at once</source>
        <translation>批量修改 SKU</translation>
    </message>
    <message>
        <location filename="../../middle_tier/service.py"/>
        <source>Change own password</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/roles.py"/>
        <source>Change permissions</source>
        <translation>修改权限</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/settings.py"/>
        <source>Change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>Change your initial password first.</source>
        <translation>请先修改初始密码。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/pricing.py"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/cards.py"/>
        <source>Check a gift card&apos;s balance</source>
        <translation>查询礼品卡余额</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/receiving.py"/>
        <source>Check a receipt line</source>
        <translation>核对收货行</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>China Post EMS</source>
        <translation>中国邮政 EMS</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_bulk.py"/>
        <source>Choose a new status, a price change or a weight.</source>
        <translation>请选择新状态、调价方式或重量。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/batch.py"/>
        <source>Choose at least one attribute and its values.</source>
        <translation>请至少选择一个属性及其取值。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/batch.py"/>
        <source>Choose at least one value of {attribute}.</source>
        <translation>请至少选择 {attribute} 的一个值。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_bulk.py"/>
        <source>Choose how the price changes: a new price, a percentage or an amount.</source>
        <translation>请选择调价方式：新价格、百分比或金额。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <source>Close a purchase order</source>
        <translation>关闭采购单</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/batch.py"/>
        <source>Code pattern</source>
        <translation>编码规则</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Combines with</source>
        <translation>可共享的促销</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Combines with: there is no promotion {id}.</source>
        <translation>可叠加促销：不存在促销 {id}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <source>Confirm a bank transfer</source>
        <translation>确认银行转账</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/refunds.py"/>
        <source>Confirm a gateway refund</source>
        <translation>确认网关退款</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/waves.py"/>
        <source>Confirm a pick</source>
        <translation>确认拣货</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/purchasing/suppliers.py"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/contracts.py"/>
        <source>Contract code</source>
        <translation>合同编码</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/batch.py"/>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <location filename="../../middle_tier/catalog/skus.py"/>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>Count</source>
        <translation>盘点任务</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/counts.py"/>
        <source>Count 0 to {most} of {sku}.</source>
        <translation>{sku} 的数量须在 0 到 {most} 之间。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Counted</source>
        <translation>已盘点</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Counts</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/work.py"/>
        <source>Counts to review</source>
        <translation>待审核的盘点</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/promotions.py"/>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/usage.py"/>
        <source>Coupon {code} was used meanwhile.</source>
        <translation>优惠券 {code} 刚刚已被使用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/skus.py"/>
        <source>Create a SKU</source>
        <translation>新建 SKU</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/warehouses.py"/>
        <source>Create a bin location</source>
        <translation>新建库位</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/brands.py"/>
        <source>Create a brand</source>
        <translation>新建品牌</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/categories.py"/>
        <source>Create a category</source>
        <translation>新建类目</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/cards.py"/>
        <source>Create a gift card batch</source>
        <translation>创建礼品卡批次</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/waves.py"/>
        <source>Create a pick wave</source>
        <translation>新建拣货波次</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/products.py"/>
        <source>Create a product</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/activities.py"/>
        <source>Create a promotion</source>
        <translation>新建促销</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/activities.py"/>
        <source>Create a promotion from a template</source>
        <translation>从模板新建促销</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <source>Create a purchase order</source>
        <translation>新建采购单</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/roles.py"/>
        <source>Create a role</source>
        <translation>新建角色</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/suppliers.py"/>
        <source>Create a supplier</source>
        <translation>新建供应商</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/contracts.py"/>
        <source>Create a supplier contract</source>
        <translation>新建供应商合同</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/users.py"/>
        <source>Create a user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Create a user (emporium-admin)</source>
        <translation>新建用户（emporium-admin）</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/warehouses.py"/>
        <source>Create a warehouse</source>
        <translation>新建仓库</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/attributes.py"/>
        <source>Create an attribute</source>
        <translation>新建属性</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/counts.py"/>
        <source>Create stock counts</source>
        <translation>创建盘点任务</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/wallet.py"/>
        <location filename="../../middle_tier/promotions/usage.py"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/permissions.py"/>
        <source>Customer-service agent</source>
        <translation>客服专员</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>Default language</source>
        <translation>默认语言</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/images.py"/>
        <source>Delete a product picture</source>
        <translation>删除商品图片</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/roles.py"/>
        <source>Delete a role</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/synonyms.py"/>
        <source>Delete a search synonym</source>
        <translation>删除搜索同义词</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/work.py"/>
        <source>Deliveries expected today or late</source>
        <translation>今天到货或已逾期的送货</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/products.py"/>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <location filename="../../middle_tier/system/roles.py"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/documents.py"/>
        <location filename="../../middle_tier/wms/documents.py"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/requests.py"/>
        <source>Document type</source>
        <translation>单据类型</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/pricing.py"/>
        <source>Each quantity must be between 1 and 100000.</source>
        <translation>每个数量须在 1 到 100000 之间。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/users.py"/>
        <source>Enable or disable a user</source>
        <translation>启用或停用用户</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/activities.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../middle_tier/service.py"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/counts.py"/>
        <source>Every bin named has a count under way already.</source>
        <translation>所列的库位都已有进行中的盘点。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/batch.py"/>
        <source>Every combination exists already; nothing to create.</source>
        <translation>所有组合都已存在；无需创建。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/permissions.py"/>
        <source>Everything, including users, roles and settings.</source>
        <translation>全部权限，包括用户、角色和设置。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Exclusion group</source>
        <translation>互斥组</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Exclusive for the whole order</source>
        <translation>整单互斥</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <source>Expected date</source>
        <translation>预计日期</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/cards.py"/>
        <source>Expire gift cards</source>
        <translation>礼品卡过期处理</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/cards.py"/>
        <source>Expires on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/cards.py"/>
        <source>Expires on must be a day to come.</source>
        <translation>到期日必须是将来的日期。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/receiving.py"/>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/cards.py"/>
        <source>Face value</source>
        <translation>面值</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>Failed logins before lock-out</source>
        <translation>锁定前允许的失败次数</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/work.py"/>
        <source>Failed logins in the last 24 hours</source>
        <translation>最近 24 小时的登录失败</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Failed session resume</source>
        <translation>会话恢复失败</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/permissions.py"/>
        <source>Finance clerk</source>
        <translation>财务专员</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>First code</source>
        <translation>首个代码</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Fixed price</source>
        <translation>一口价</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/lookup.py"/>
        <location filename="../../middle_tier/purchasing/consignment.py"/>
        <location filename="../../middle_tier/system/audit_log.py"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/lookup.py"/>
        <source>Gateway</source>
        <translation>支付渠道</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/coupons.py"/>
        <source>Generate 1 to {most} codes at a time.</source>
        <translation>每次生成 1 到 {most} 个券码。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/batch.py"/>
        <source>Generate SKUs</source>
        <translation>批量生成 SKU</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/coupons.py"/>
        <source>Generate coupons</source>
        <translation>生成优惠券</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Get</source>
        <translation>赠送件数（Y）</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Gift SKU</source>
        <translation>赠品 SKU</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/payments.py"/>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Gift card</source>
        <translation>礼品卡</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Gift card batch</source>
        <translation>礼品卡批次</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/cards.py"/>
        <source>Gift card {code} expired on {day}.</source>
        <translation>礼品卡 {code} 已于 {day} 过期。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/cards.py"/>
        <source>Gift card {code} is {state}.</source>
        <translation>礼品卡 {code} 状态为{state}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/cards.py"/>
        <source>Gift card {code} was never sold.</source>
        <translation>礼品卡 {code} 从未售出。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Gift quantity</source>
        <translation>赠品数量</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/activities.py"/>
        <source>Give a start and a later end.</source>
        <translation>请给出开始时间和更晚的结束时间。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/attributes.py"/>
        <source>Give at least one value.</source>
        <translation>请至少给出一个值。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Held</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/search.py"/>
        <source>Highest price</source>
        <translation>最高价</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <source>Hold an order&apos;s tenders</source>
        <translation>冻结订单的支付方式</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <source>Import SKUs</source>
        <translation>导入 SKU</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/invoices.py"/>
        <source>Invoice date</source>
        <translation>发票日期</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/invoices.py"/>
        <source>Invoice number</source>
        <translation>发票号</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/cards.py"/>
        <source>Issue 1 to {most} cards per call.</source>
        <translation>每次发行 1 到 {most} 张卡。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/cards.py"/>
        <source>Issue gift cards</source>
        <translation>发行礼品卡</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Issued</source>
        <translation>已发行</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/products.py"/>
        <source>Its category is retired.</source>
        <translation>其所属类目已停用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/categories.py"/>
        <source>Its parent category is retired; reactivate that first.</source>
        <translation>其上级类目已停用；请先重新启用上级类目。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>JD Logistics</source>
        <translation>京东物流</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/payments/cards.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <location filename="../../middle_tier/purchasing/contracts.py"/>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <location filename="../../middle_tier/wms/warehouses.py"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Last code</source>
        <translation>末个代码</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Lead time (days)</source>
        <translation>交货周期（天）</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Ledger account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/payments.py"/>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Ledger transfer</source>
        <translation>账务转账</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <source>Line {n} has nothing open.</source>
        <translation>第 {n} 行没有未结的数量。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/invoices.py"/>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <source>Line {n}: the quantity must be between 1 and {most}.</source>
        <translation>第 {n} 行：数量须在 1 到 {most} 之间。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/invoices.py"/>
        <source>Line {n}: {sku} is not on {order}.</source>
        <translation>第 {n} 行：{sku} 不在 {order} 上。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Lines</source>
        <translation>明细行</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <source>Lines of {po} cannot be cancelled: it is {state}.</source>
        <translation>{po} 状态为{state}：不能取消其订单行。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_bulk.py"/>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <location filename="../../middle_tier/catalog/skus.py"/>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Load benchmark data</source>
        <translation>载入基准测试数据</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Load the demo data</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/warehouses.py"/>
        <source>Location code</source>
        <translation>库位编码</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/places.py"/>
        <source>Location {code} is retired.</source>
        <translation>库位 {code} 已停用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>Lock-out duration (minutes)</source>
        <translation>锁定时长（分钟）</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/work.py"/>
        <source>Lock-outs in force (user, address, until)</source>
        <translation>生效中的锁定（用户、地址、截止时间）</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../middle_tier/service.py"/>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>Log out after idle (minutes)</source>
        <translation>空闲自动退出（分钟）</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/lots.py"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/lots.py"/>
        <source>Lot {lot} expires on {expires}, not {given}.</source>
        <translation>批次 {lot} 的到期日是 {expires}，不是 {given}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/lots.py"/>
        <source>Lot {lot} is held for another owner (consignment); give another lot.</source>
        <translation>批次 {lot} 属于另一货主（代销）；请使用其他批次号。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/receiving.py"/>
        <source>Lot {lot} was scanned with expiry {expires}.</source>
        <translation>批次 {lot} 已按到期日 {expires} 扫描。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/search.py"/>
        <source>Lowest price</source>
        <translation>最低价</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/permissions.py"/>
        <source>Manager (read-only)</source>
        <translation>经理（只读）</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <location filename="../../middle_tier/promotions/pricing.py"/>
        <source>Member level</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Member levels</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/permissions.py"/>
        <source>Merchandiser</source>
        <translation>商品专员</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>Minimum password length</source>
        <translation>密码最短长度</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/categories.py"/>
        <source>Move a category</source>
        <translation>移动类目</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/stock.py"/>
        <source>Move stock</source>
        <translation>移库</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/transfers.py"/>
        <source>Move stock by scanning</source>
        <translation>扫码移库</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Moved</source>
        <translation>已移库</translation>
    </message>
    <message>
        <location filename="../../middle_tier/admin.py"/>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <location filename="../../middle_tier/purchasing/suppliers.py"/>
        <location filename="../../middle_tier/system/users.py"/>
        <location filename="../../middle_tier/wms/warehouses.py"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/counts.py"/>
        <source>Name the bins or the zone to count.</source>
        <translation>请指定要盘点的库位或库区。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Name the supplier who co-funds the promotion.</source>
        <translation>请指定共同出资该促销的供应商。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>New products</source>
        <translation>新商品</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/skus.py"/>
        <source>No SKU has the barcode or code {scan}.</source>
        <translation>没有条码或编码为 {scan} 的 SKU。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/requests.py"/>
        <source>No open outbound request {doc_type} {doc_ref}.</source>
        <translation>没有未结的出库单 {doc_type} {doc_ref}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/waves.py"/>
        <source>No open request of this warehouse can be picked now (none waiting, or their stock is not put away yet).</source>
        <translation>该仓库目前没有可拣货的出库请求（没有待处理的，或其库存尚未上架）。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/counts.py"/>
        <source>No storage bin {missing} in this warehouse.</source>
        <translation>该仓库中没有存储库位 {missing}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/reorder.py"/>
        <source>None of these SKUs needs ordering now.</source>
        <translation>这些 SKU 目前都无需订货。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/cards.py"/>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/putback.py"/>
        <source>Nothing of {sku} waits in packing to be put back.</source>
        <translation>打包区没有待退回上架的 {sku}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/roles.py"/>
        <location filename="../../middle_tier/system/settings.py"/>
        <source>Nothing to save.</source>
        <translation>没有要保存的内容。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/receiving.py"/>
        <source>Nothing was counted on this receipt.</source>
        <translation>本收货单尚未点数任何商品。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_bulk.py"/>
        <source>Nothing would change: the selected SKUs are like this already.</source>
        <translation>不会有任何修改：所选 SKU 已经是这样了。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <source>Only a draft can be edited; {po} is {state}.</source>
        <translation>只有草稿可以编辑；{po} 状态为{state}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <source>Only bank-direct payments are confirmed by hand.</source>
        <translation>只有银行直连支付可手工确认。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/coupons.py"/>
        <source>Only coupon promotions (item or order coupons) have codes.</source>
        <translation>只有优惠券促销（商品券或订单券）才有券码。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Only item promotions and item coupons can be exclusive for the whole order: at the other stages every promotion already excludes across the order.</source>
        <translation>只有单品促销和单品券可以设为整单互斥：其他阶段的促销本来就按整单互斥。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Only spend-and-save repeats.</source>
        <translation>只有满减可以设置为循环。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/search.py"/>
        <source>Only the best {most} results are listed.</source>
        <translation>只列出最相关的 {most} 条结果。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/ledger.py"/>
        <source>Only {available} is available on {account}; {amount} asked.</source>
        <translation>{account} 仅可用 {available}，需要 {amount}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/requests.py"/>
        <source>Only {available} of {sku} available; {qty} asked.</source>
        <translation>{sku} 只有 {available} 件可用；请求 {qty} 件。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <source>Only {available} points are available.</source>
        <translation>仅有 {available} 积分可用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/returns.py"/>
        <source>Only {free} of {sku} are available to return.</source>
        <translation>{sku} 仅有 {free} 件可退货。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/receiving.py"/>
        <source>Only {left} more of {sku} can be received on {po} (ordered {ordered}, received {received}, tolerance {tolerance} %).</source>
        <translation>{po} 上的 {sku} 最多还能收 {left} 件（订购 {ordered}，已收 {received}，容差 {tolerance} %）。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/packing.py"/>
        <source>Only {left} more of {sku} were picked for this parcel.</source>
        <translation>本包裹的 {sku} 只剩 {left} 件已拣未装。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/transfers.py"/>
        <source>Open pick tasks will take {planned} of {sku} from {bin}; move at most {free}.</source>
        <translation>未完成的拣货任务将从 {bin} 取走 {sku} {planned} 件；最多可移 {free} 件。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/cards.py"/>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/payments.py"/>
        <source>Order charge</source>
        <translation>订单收款</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/reorder.py"/>
        <source>Order from reorder suggestions</source>
        <translation>按补货建议下单</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Order payment</source>
        <translation>订单支付</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <source>Order {order} has no payment.</source>
        <translation>订单 {order} 没有支付记录。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <source>Order {order} is no longer waiting for this payment.</source>
        <translation>订单 {order} 已不再等待这笔支付。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/refunds.py"/>
        <source>Order {order} is not paid: void its payment instead.</source>
        <translation>订单 {order} 未支付：请改为作废其支付。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <source>Order {order} is paid: refund it instead.</source>
        <translation>订单 {order} 已支付：请改为退款。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/lookup.py"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>Own delivery</source>
        <translation>自有配送</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/packing.py"/>
        <source>Pack an item</source>
        <translation>装箱一件</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Packed</source>
        <translation>已装箱</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/paging.py"/>
        <source>Page size must be between 1 and {most}.</source>
        <translation>每页条数须在 1 到 {most} 之间。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/cards.py"/>
        <source>Paid with</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <source>Payable</source>
        <translation>应付金额</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/payments.py"/>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/payments/lookup.py"/>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/purchasing/suppliers.py"/>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Per-customer limit</source>
        <translation>每客户上限</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Percent off</source>
        <translation>折扣百分比</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Percent off must be more than 0 and at most 100.</source>
        <translation>折扣百分比须大于 0 且不超过 100。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/purchasing/suppliers.py"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/permissions.py"/>
        <source>Phone orders, returns, refunds, complaints and members.</source>
        <translation>电话订单、退货、退款、投诉和会员。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/waves.py"/>
        <source>Pick 0 to {most} here.</source>
        <translation>此处可拣 0 到 {most} 件。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/packing.py"/>
        <source>Pick and verify every item before shipping.</source>
        <translation>发货前请拣完并核验所有商品。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>Pick list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/work.py"/>
        <source>Pick lists open (F4 at the terminal)</source>
        <translation>未完成的拣货单（终端 F4）</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>Pick task</source>
        <translation>拣货任务</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Picked</source>
        <translation>已拣货</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/images.py"/>
        <source>Pictures must be JPEG, PNG or WebP.</source>
        <translation>图片必须是 JPEG、PNG 或 WebP 格式。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/login.py"/>
        <source>Please log in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <source>Points must be -1 (as many as allowed), 0 or more.</source>
        <translation>积分必须为 -1（尽可能多用）、0 或更多。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>Points pay at most (% of payable)</source>
        <translation>积分最多抵扣（应付的 %）</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>Points worth 1.00</source>
        <translation>每 1 元所需积分</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/receiving.py"/>
        <source>Post a receipt</source>
        <translation>过账收货单</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/wallet.py"/>
        <source>Post points now due</source>
        <translation>入账到期积分</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_bulk.py"/>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Price change</source>
        <translation>调价</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>Prices include VAT</source>
        <translation>价格含增值税</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/products.py"/>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <source>Product code</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/products.py"/>
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <source>Products of this category do not vary by {attribute}.</source>
        <translation>该类目的商品不按 {attribute} 区分规格。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/records.py"/>
        <source>Products of this category do not vary by {attribute}; bind the attribute to the category first.</source>
        <translation>该类目的商品不按 {attribute} 区分规格；请先将该属性绑定到类目。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/permissions.py"/>
        <source>Products, prices and promotions.</source>
        <translation>商品、价格和促销。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/promotions.py"/>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Promotion code</source>
        <translation>促销编码</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/promotions.py"/>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Promotion reservation</source>
        <translation>促销预占</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/work.py"/>
        <source>Promotions ending within 7 days</source>
        <translation>7 天内结束的促销</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/purchasing.py"/>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Purchase order</source>
        <translation>采购订单</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/work.py"/>
        <source>Purchase orders waiting for approval</source>
        <translation>待审批的采购单</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/permissions.py"/>
        <source>Purchaser</source>
        <translation>采购员</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/wms/putaway.py"/>
        <source>Put away</source>
        <translation>上架</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/putback.py"/>
        <source>Put units back into a bin</source>
        <translation>退回上架</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>Put-back</source>
        <translation>退回上架单</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/permissions.py"/>
        <source>Reads every area and the operation log; changes nothing.</source>
        <translation>查看所有业务区和操作日志，不做任何更改。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/payments/cards.py"/>
        <location filename="../../middle_tier/payments/refunds.py"/>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <location filename="../../middle_tier/payments/wallet.py"/>
        <location filename="../../middle_tier/wms/counts.py"/>
        <location filename="../../middle_tier/wms/putback.py"/>
        <location filename="../../middle_tier/wms/receiving.py"/>
        <location filename="../../middle_tier/wms/stock.py"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>Receipt</source>
        <translation>收货单</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/receiving.py"/>
        <source>Receive an item</source>
        <translation>收货一件</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/stock.py"/>
        <source>Receive into a location of a warehouse.</source>
        <translation>请收货到仓库中的库位。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/stock.py"/>
        <source>Receive stock</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/permissions.py"/>
        <source>Receiving, putaway, picking, packing, shipping and counts.</source>
        <translation>收货、上架、拣货、装箱、发货和盘点。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/counts.py"/>
        <source>Record a count</source>
        <translation>录入盘点数</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/invoices.py"/>
        <source>Record a supplier invoice</source>
        <translation>登记供应商发票</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Recount</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/refunds.py"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/payments.py"/>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/refunds.py"/>
        <source>Refund an order</source>
        <translation>订单退款</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/refunds.py"/>
        <source>Refund number</source>
        <translation>退款单号</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/refunds.py"/>
        <source>Refund number {no} belongs to another order.</source>
        <translation>退款单号 {no} 属于另一个订单。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/refunds.py"/>
        <source>Refund policy</source>
        <translation>退款策略</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>Refunds above this need approval</source>
        <translation>超过此金额的退款需审批</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/receiving.py"/>
        <source>Reject 0 to {most} of {sku}.</source>
        <translation>{sku} 可拒收 0 到 {most} 件。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/refunds.py"/>
        <source>Reject a refund</source>
        <translation>驳回退款</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/wallet.py"/>
        <source>Reject an adjustment</source>
        <translation>驳回调整</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/usage.py"/>
        <source>Release promotion usage</source>
        <translation>释放促销占用</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/requests.py"/>
        <source>Release stock</source>
        <translation>释放库存</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <source>Release unpaid orders&apos; holds</source>
        <translation>释放未支付订单的冻结</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Released</source>
        <translation>已释放</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/stock.py"/>
        <source>Removal</source>
        <translation>出库策略</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Removal strategy</source>
        <translation>出库策略</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/roles.py"/>
        <source>Rename a role</source>
        <translation>重命名角色</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Reorder rule</source>
        <translation>补货规则</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Repeat</source>
        <translation>重复优惠</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>Reservation</source>
        <translation>库存占用</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/usage.py"/>
        <source>Reserve promotion usage</source>
        <translation>预占促销</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/requests.py"/>
        <source>Reserve stock</source>
        <translation>预占库存</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Reserved</source>
        <translation>已预占</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/users.py"/>
        <source>Reset a password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Resume a session</source>
        <translation>恢复会话</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/purchasing.py"/>
        <source>Return to supplier</source>
        <translation>供应商退货单</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>Review orders above</source>
        <translation>订单审核金额门槛</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/roles.py"/>
        <source>Role code</source>
        <translation>角色编码</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/roles.py"/>
        <source>Role name</source>
        <translation>角色名称</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>SF Express</source>
        <translation>顺丰速运</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <location filename="../../middle_tier/catalog/skus.py"/>
        <source>SKU code</source>
        <translation>SKU 编码</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>SKU import</source>
        <translation>SKU 导入</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/work.py"/>
        <source>SKUs at or below their reorder point (available / point)</source>
        <translation>可用量不高于补货点的 SKU（可用 / 补货点）</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>SKUs created</source>
        <translation>已建 SKU</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/work.py"/>
        <source>SKUs in draft, not on sale yet</source>
        <translation>草稿状态、尚未上架的 SKU</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>STO Express</source>
        <translation>申通快递</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/reorder.py"/>
        <source>Save a reorder rule</source>
        <translation>保存补货规则</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/synonyms.py"/>
        <source>Save a search synonym</source>
        <translation>保存搜索同义词</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Scanned</source>
        <translation>已扫描</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/scopes.py"/>
        <source>Scope &apos;{part}&apos;: write kind:code, kind one of {kinds}.</source>
        <translation>适用范围“{part}”：请写成 类型:编码，类型为 {kinds} 之一。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/scopes.py"/>
        <source>Scope: there is no {kind} &apos;{code}&apos;.</source>
        <translation>适用范围：不存在 {kind}“{code}”。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/lookup.py"/>
        <location filename="../../middle_tier/wms/stock.py"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Search synonym</source>
        <translation>搜索同义词</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_bulk.py"/>
        <source>Select at least one SKU.</source>
        <translation>请至少选择一个 SKU。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <source>Send a purchase order</source>
        <translation>发送采购单</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Sessions ended</source>
        <translation>已结束会话</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/categories.py"/>
        <source>Set a category&apos;s attributes</source>
        <translation>设置类目属性</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/stock.py"/>
        <source>Set the removal strategy</source>
        <translation>设置出库策略</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/permissions.py"/>
        <source>Settlements, payments and refunds.</source>
        <translation>结算、付款和退款。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/packing.py"/>
        <source>Ship a parcel</source>
        <translation>包裹发运</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/requests.py"/>
        <source>Ship a request</source>
        <translation>发货出库</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/pricing.py"/>
        <source>Shipping fee</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Source addresses</source>
        <translation>来源地址</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Spend-and-save needs a threshold above 0.</source>
        <translation>满减需要大于 0 的门槛。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Stackable</source>
        <translation>可叠加</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>Standard VAT rate (%)</source>
        <translation>标准增值税率 (%)</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/activities.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/receiving.py"/>
        <source>Start a receipt</source>
        <translation>开始收货</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/payments/cards.py"/>
        <location filename="../../middle_tier/payments/lookup.py"/>
        <location filename="../../middle_tier/payments/refunds.py"/>
        <location filename="../../middle_tier/promotions/coupons.py"/>
        <location filename="../../middle_tier/purchasing/invoices.py"/>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <location filename="../../middle_tier/wms/counts.py"/>
        <location filename="../../middle_tier/wms/putback.py"/>
        <location filename="../../middle_tier/wms/requests.py"/>
        <location filename="../../middle_tier/wms/waves.py"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/products.py"/>
        <location filename="../../middle_tier/catalog/sku_bulk.py"/>
        <location filename="../../middle_tier/catalog/skus.py"/>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/activities.py"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Stock move</source>
        <translation>库存移动</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/counts.py"/>
        <source>Stock moved in this bin after count {number} began; recount it.</source>
        <translation>盘点单 {number} 开始后该库位有库存变动；请重盘。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Stock reservation</source>
        <translation>库存预占</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Stop further</source>
        <translation>阻止后续促销</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/suppliers.py"/>
        <source>Supplier code</source>
        <translation>供应商编码</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Supplier contract</source>
        <translation>供应商合同</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Supplier invoice</source>
        <translation>供应商发票</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Supplier share</source>
        <translation>供应商分摊</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <source>Supplier {code} is not active.</source>
        <translation>供应商 {code} 未启用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/permissions.py"/>
        <source>Suppliers, contracts and purchase orders.</source>
        <translation>供应商、合同和采购单。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/batch.py"/>
        <source>Surcharge</source>
        <translation>加价</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/categories.py"/>
        <source>Switch a category on or off</source>
        <translation>启用或停用类目</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/synonyms.py"/>
        <source>Synonyms may not contain control characters.</source>
        <translation>同义词不能包含控制字符。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/payments.py"/>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Tender</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/contracts.py"/>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/ledger.py"/>
        <source>That stock is reserved for outbound requests.</source>
        <translation>该库存已被出库单占用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/cards.py"/>
        <source>The PIN of gift card {code} is wrong.</source>
        <translation>礼品卡 {code} 的密码错误。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/skus.py"/>
        <source>The SKU code {code} is taken.</source>
        <translation>SKU 编码 {code} 已被占用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/roles.py"/>
        <source>The administrator role always holds every permission.</source>
        <translation>管理员角色始终拥有全部权限。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/wallet.py"/>
        <source>The amount must not be zero (points: whole points).</source>
        <translation>金额不能为零（积分须为整数）。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>The amount off must be more than 0.</source>
        <translation>减免金额须大于 0。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <source>The amount paid, {paid}, is not the {asked} asked.</source>
        <translation>实付金额 {paid} 与应付 {asked} 不符。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/attributes.py"/>
        <source>The attribute code &apos;{code}&apos; is taken.</source>
        <translation>属性编码“{code}”已被占用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <source>The attributes of an existing SKU cannot change (it is {variant}).</source>
        <translation>已有 SKU 的属性不能修改（当前为 {variant}）。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <source>The barcode belongs to SKU {owner}.</source>
        <translation>该条码属于 SKU {owner}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/skus.py"/>
        <source>The barcode belongs to another SKU.</source>
        <translation>该条码属于另一个 SKU。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/skus.py"/>
        <source>The barcode {barcode} belongs to another SKU.</source>
        <translation>条码 {barcode} 属于另一个 SKU。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/requests.py"/>
        <source>The bins hold less of {code} than the {qty} reserved; run the self-check.</source>
        <translation>库位中的 {code} 少于已占用的 {qty} 件；请运行自检。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/brands.py"/>
        <source>The brand code &apos;{code}&apos; is taken.</source>
        <translation>品牌编码“{code}”已被占用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/warehouses.py"/>
        <source>The capacity is a number of units from 0 (no limit).</source>
        <translation>容量是件数，最小为 0（不限）。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/pricing.py"/>
        <source>The cart is empty.</source>
        <translation>购物车是空的。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/categories.py"/>
        <source>The category code &apos;{code}&apos; is taken.</source>
        <translation>类目编码“{code}”已被占用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/batch.py"/>
        <source>The code pattern names {{{name}}}, which is not an axis.</source>
        <translation>编码规则引用了 {{{name}}}，但它不是规格轴。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>The connection to the database was lost while the change was being saved: it may or may not have been saved. Check, then try again (reference {ref}).</source>
        <translation>保存更改时与数据库的连接中断：更改可能已保存，也可能没有。请先核对，再重试（参考号 {ref}）。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/__init__.py"/>
        <source>The connection to the server was lost.</source>
        <translation>与服务器的连接已断开。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/users.py"/>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>The database cannot be reached now; please try again in a moment.</source>
        <translation>现在无法连接数据库；请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>The end must be after the start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/audit_log.py"/>
        <source>The end of the range is before its start.</source>
        <translation>区间的结束早于开始。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/lots.py"/>
        <source>The expiry must be a date like 2027-06-30.</source>
        <translation>到期日须为类似 2027-06-30 的日期。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/images.py"/>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <source>The file needs a sku_code column.</source>
        <translation>文件需要 sku_code 列。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>The fixed price must be more than 0.</source>
        <translation>一口价须大于 0。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <source>The gateway must be one of {choices}.</source>
        <translation>支付网关必须是以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/refunds.py"/>
        <source>The gift cards of order {order} have been spent: at most {most} can be refunded.</source>
        <translation>订单 {order} 的礼品卡已被使用：最多可退 {most}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <source>The hold of {order} ended meanwhile; hold it again.</source>
        <translation>订单 {order} 的冻结已同时结束，请重新冻结。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/service.py"/>
        <source>The language must be en or zh_CN.</source>
        <translation>语言必须是 en 或 zh_CN。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/suppliers.py"/>
        <source>The lead time is 0 to 365 days.</source>
        <translation>交期须在 0 到 365 天之间。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/reorder.py"/>
        <source>The least order is 1 to {most}.</source>
        <translation>最小订货量须在 1 到 {most} 之间。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/paging.py"/>
        <source>The list position (cursor) is not valid; reload the list.</source>
        <translation>列表位置（游标）无效；请重新加载列表。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/users.py"/>
        <source>The new password must differ from the current one.</source>
        <translation>新密码必须与当前密码不同。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <source>The over-receipt tolerance is 0 to 50 %.</source>
        <translation>超收容差须在 0 到 50 % 之间。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/batch.py"/>
        <source>The pattern gives the code &apos;{code}&apos;, which is not a valid SKU code.</source>
        <translation>编码规则生成了“{code}”，这不是有效的 SKU 编码。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/batch.py"/>
        <source>The pattern gives {code} to both {first} and {second}; add the missing attributes or {{n}} to it.</source>
        <translation>编码规则给 {first} 和 {second} 生成了相同的 {code}；请在规则中加入缺少的属性或 {{n}}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/consignment.py"/>
        <source>The period ends on or after its first day.</source>
        <translation>期间的结束日不能早于开始日。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/warehouses.py"/>
        <source>The pick order is a number from 0.</source>
        <translation>拣货顺序是从 0 起的数字。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/images.py"/>
        <source>The picture has too many pixels.</source>
        <translation>图片像素过多。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/categories.py"/>
        <source>The position must be between 1 and {most}.</source>
        <translation>位置须在 1 到 {most} 之间。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <source>The product already has a SKU with these attributes.</source>
        <translation>该商品已有相同属性的 SKU。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/products.py"/>
        <source>The product code &apos;{code}&apos; is taken.</source>
        <translation>商品编码“{code}”已被占用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/usage.py"/>
        <source>The promotions changed while the order was priced; please try again.</source>
        <translation>订单计价期间促销发生了变化；请重试。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/ledger.py"/>
        <source>The quantity must be between 1 and {most}.</source>
        <translation>数量必须在 1 到 {most} 之间。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>The records are busy; nothing was changed. Please try again.</source>
        <translation>记录正忙，未做任何更改。请重试。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/reorder.py"/>
        <source>The reorder point is 0 to {most}.</source>
        <translation>再订货点须在 0 到 {most} 之间。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>The reward must be above 0 and not more than the threshold.</source>
        <translation>优惠金额须大于 0 且不超过门槛。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/roles.py"/>
        <source>The role code &apos;{code}&apos; is taken.</source>
        <translation>角色编码“{code}”已被占用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <source>The same SKU code is on line {line}.</source>
        <translation>相同的 SKU 编码在第 {line} 行。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <source>The same barcode is on line {line}.</source>
        <translation>相同的条码在第 {line} 行。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/__init__.py"/>
        <source>The server did not answer in time.</source>
        <translation>服务器未及时响应。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/ledger.py"/>
        <location filename="../../middle_tier/wms/stock.py"/>
        <location filename="../../middle_tier/wms/transfers.py"/>
        <source>The source and the destination are the same.</source>
        <translation>来源和去向相同。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <source>The status is one of {options}.</source>
        <translation>状态必须是 {options} 之一。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>The supplier&apos;s share is a percentage of at most 100.</source>
        <translation>供应商分摊比例是不超过 100 的百分数。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/users.py"/>
        <source>The user name &apos;{username}&apos; is taken.</source>
        <translation>用户名“{username}”已被占用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/attributes.py"/>
        <source>The value &apos;{code}&apos; is there already.</source>
        <translation>值“{code}”已存在。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/returns.py"/>
        <source>The warehouse has picked this return already.</source>
        <translation>仓库已拣出该退货。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/packing.py"/>
        <source>The weight is 1 g to 1,000 kg.</source>
        <translation>重量须在 1 克到 1,000 千克之间。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/batch.py"/>
        <location filename="../../middle_tier/catalog/sku_bulk.py"/>
        <location filename="../../middle_tier/catalog/skus.py"/>
        <source>The weight is in grams, from 0 to 1,000,000.</source>
        <translation>重量以克为单位，范围 0 到 1,000,000。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <source>The weight is in whole grams, 0 to 1,000,000.</source>
        <translation>重量以整克计，范围 0 到 1,000,000。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>There is no SKU &apos;{code}&apos;.</source>
        <translation>不存在 SKU“{code}”。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/pricing.py"/>
        <source>There is no SKU with id {sku_id}.</source>
        <translation>不存在编号为 {sku_id} 的 SKU。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <source>There is no active brand with this code.</source>
        <translation>没有此编码的启用中品牌。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/records.py"/>
        <source>There is no attribute &apos;{attribute}&apos;.</source>
        <translation>不存在属性“{attribute}”。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/places.py"/>
        <source>There is no bin {code} in this warehouse.</source>
        <translation>本仓库没有库位 {code}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/requests.py"/>
        <source>There is no reservation for this document.</source>
        <translation>该单据没有库存占用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>There is no setting &apos;{key}&apos;.</source>
        <translation>不存在设置项“{key}”。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/synonyms.py"/>
        <source>These synonyms are too long together; split the group.</source>
        <translation>这些同义词合起来太长；请拆分该组。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/search.py"/>
        <location filename="../../middle_tier/catalog/skus.py"/>
        <location filename="../../middle_tier/purchasing/reorder.py"/>
        <location filename="../../middle_tier/wms/requests.py"/>
        <source>This SKU</source>
        <translation>该 SKU</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/wallet.py"/>
        <source>This account</source>
        <translation>该账户</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/login.py"/>
        <source>This account has been disabled.</source>
        <translation>该账号已被停用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/auth.py"/>
        <source>This account is disabled; ask an administrator.</source>
        <translation>该账号已停用；请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/auth.py"/>
        <source>This account is locked after repeated failed logins; try again in {minutes} min or ask an administrator to unlock it.</source>
        <translation>该账号因多次登录失败已被锁定；请 {minutes} 分钟后重试，或请管理员解锁。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/wallet.py"/>
        <source>This adjustment</source>
        <translation>该调整</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/wallet.py"/>
        <source>This adjustment is {state} already.</source>
        <translation>该调整已是{state}状态。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/wallet.py"/>
        <source>This adjustment was decided meanwhile.</source>
        <translation>该调整已被他人同时处理。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/attributes.py"/>
        <source>This attribute</source>
        <translation>该属性</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/validate.py"/>
        <source>This barcode&apos;s check digit is wrong; it was probably mistyped.</source>
        <translation>条码校验位错误；可能输入有误。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/cards.py"/>
        <source>This batch</source>
        <translation>该批次</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/brands.py"/>
        <location filename="../../middle_tier/catalog/records.py"/>
        <source>This brand</source>
        <translation>该品牌</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/records.py"/>
        <source>This brand is retired.</source>
        <translation>该品牌已停用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/categories.py"/>
        <location filename="../../middle_tier/catalog/records.py"/>
        <source>This category</source>
        <translation>该类目</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/records.py"/>
        <source>This category is retired.</source>
        <translation>该类目已停用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/contracts.py"/>
        <source>This contract code is taken.</source>
        <translation>该合同编码已被使用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/contracts.py"/>
        <source>This contract code was taken meanwhile.</source>
        <translation>该合同编码刚刚已被占用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/counts.py"/>
        <source>This count task</source>
        <translation>该盘点任务</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/images.py"/>
        <source>This file is not a picture that can be read.</source>
        <translation>该文件不是可读取的图片。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/cards.py"/>
        <source>This gift card</source>
        <translation>该礼品卡</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/invoices.py"/>
        <source>This invoice was recorded meanwhile.</source>
        <translation>该发票刚刚已被登记。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/activities.py"/>
        <source>This is not a template.</source>
        <translation>这不是模板。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/validate.py"/>
        <source>This is not a valid e-mail address.</source>
        <translation>这不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/wallet.py"/>
        <source>This is not an adjustment.</source>
        <translation>这不是一笔调整。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/places.py"/>
        <source>This location</source>
        <translation>该库位</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/warehouses.py"/>
        <source>This location code was taken meanwhile.</source>
        <translation>该库位编码刚刚已被占用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/lots.py"/>
        <source>This lot</source>
        <translation>该批次</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/lots.py"/>
        <source>This lot was created meanwhile; try again.</source>
        <translation>该批次刚刚已被创建；请重试。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <source>This order</source>
        <translation>该订单</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <source>This order line</source>
        <translation>该订单行</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/usage.py"/>
        <source>This order was reserved meanwhile; ask again for its reservation.</source>
        <translation>该订单刚刚已被预占；请重新查询其预占。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/refunds.py"/>
        <source>This order&apos;s payment</source>
        <translation>该订单的支付</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/usage.py"/>
        <source>This order&apos;s promotions were released; it cannot consume them.</source>
        <translation>该订单的促销已被释放；不能再核销。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <source>This payment</source>
        <translation>该支付</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/ledger.py"/>
        <source>This payment step was made meanwhile; ask again.</source>
        <translation>该支付步骤已被同时执行，请重试。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/documents.py"/>
        <location filename="../../middle_tier/wms/waves.py"/>
        <source>This pick list</source>
        <translation>该拣货单</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/waves.py"/>
        <source>This pick task</source>
        <translation>该拣货任务</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/images.py"/>
        <source>This picture</source>
        <translation>该图片</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/batch.py"/>
        <location filename="../../middle_tier/catalog/images.py"/>
        <location filename="../../middle_tier/catalog/products.py"/>
        <location filename="../../middle_tier/catalog/skus.py"/>
        <source>This product</source>
        <translation>该商品</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/skus.py"/>
        <source>This product already has a SKU with these attribute values.</source>
        <translation>该商品已有相同属性值的 SKU。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/images.py"/>
        <source>This product already has this picture.</source>
        <translation>该商品已有这张图片。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/activities.py"/>
        <location filename="../../middle_tier/promotions/records.py"/>
        <source>This promotion</source>
        <translation>该促销</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/activities.py"/>
        <source>This promotion code is taken.</source>
        <translation>该促销编码已被占用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/activities.py"/>
        <source>This promotion code was taken meanwhile.</source>
        <translation>该促销编码刚刚已被占用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/activities.py"/>
        <source>This promotion has been used: its offer can no longer change.</source>
        <translation>该促销已被使用：其优惠内容不能再修改。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/documents.py"/>
        <location filename="../../middle_tier/purchasing/inbound.py"/>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <source>This purchase order</source>
        <translation>该采购订单</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/putback.py"/>
        <source>This put-back</source>
        <translation>该退回上架单</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/receiving.py"/>
        <source>This receipt</source>
        <translation>该收货单</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/refunds.py"/>
        <source>This refund</source>
        <translation>该退款</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>This request id was used for another request.</source>
        <translation>该请求编号已用于另一个请求。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/requests.py"/>
        <source>This request is in a wave: it ships from the packing table.</source>
        <translation>该请求已在波次中：请从打包台发货。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/waves.py"/>
        <source>This request was cancelled or shipped meanwhile.</source>
        <translation>该出库单已被取消或已发货。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/requests.py"/>
        <source>This request was reserved meanwhile; ask again.</source>
        <translation>该请求刚刚已被占用库存；请重新查询。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/roles.py"/>
        <source>This role</source>
        <translation>该角色</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/documents.py"/>
        <source>This shipment</source>
        <translation>该发运单</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/suppliers.py"/>
        <source>This supplier</source>
        <translation>该供应商</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/suppliers.py"/>
        <source>This supplier code is taken.</source>
        <translation>该供应商编码已被使用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/suppliers.py"/>
        <source>This supplier code was taken meanwhile.</source>
        <translation>该供应商编码刚刚已被占用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/invoices.py"/>
        <source>This supplier&apos;s invoice with this number is recorded already.</source>
        <translation>该供应商的此发票号已登记。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/synonyms.py"/>
        <source>This synonym group</source>
        <translation>该同义词组</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/waves.py"/>
        <source>This task was confirmed already.</source>
        <translation>该任务已确认。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/users.py"/>
        <source>This user</source>
        <translation>该用户</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/orders.py"/>
        <location filename="../../middle_tier/purchasing/reorder.py"/>
        <location filename="../../middle_tier/wms/counts.py"/>
        <location filename="../../middle_tier/wms/putaway.py"/>
        <location filename="../../middle_tier/wms/putback.py"/>
        <location filename="../../middle_tier/wms/requests.py"/>
        <location filename="../../middle_tier/wms/stock.py"/>
        <location filename="../../middle_tier/wms/transfers.py"/>
        <location filename="../../middle_tier/wms/warehouses.py"/>
        <location filename="../../middle_tier/wms/waves.py"/>
        <source>This warehouse</source>
        <translation>该仓库</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/warehouses.py"/>
        <source>This warehouse code is taken.</source>
        <translation>该仓库编码已被占用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/warehouses.py"/>
        <source>This warehouse code was taken meanwhile.</source>
        <translation>该仓库编码刚刚已被占用。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/warehouses.py"/>
        <source>This warehouse has a location with this code.</source>
        <translation>该仓库已有此编码的库位。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/places.py"/>
        <source>This warehouse has no {kind} area.</source>
        <translation>本仓库没有{kind}区。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Threshold</source>
        <translation>门槛</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Threshold basis</source>
        <translation>门槛基准</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/pricing.py"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/lookup.py"/>
        <location filename="../../middle_tier/purchasing/consignment.py"/>
        <location filename="../../middle_tier/system/audit_log.py"/>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/wallet.py"/>
        <source>Top up a balance</source>
        <translation>余额充值</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/packing.py"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <source>Transaction {txn} was booked for payment {payment} already.</source>
        <translation>交易 {txn} 已记入支付 {payment}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/stock.py"/>
        <source>Transfers run between warehouse locations.</source>
        <translation>移库只能在仓库库位之间进行。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/search.py"/>
        <source>Type a word, a code or a name to look for.</source>
        <translation>请输入要查找的词、编码或名称。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/cards.py"/>
        <source>Unblock a gift card</source>
        <translation>解冻礼品卡</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/__init__.py"/>
        <source>Unexpected error.</source>
        <translation>意外错误。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>Unexpected server error (reference {ref}).</source>
        <translation>服务器意外错误（参考号 {ref}）。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/wallet.py"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/work.py"/>
        <source>Units waiting in packing to be put back (F8 at the terminal)</source>
        <translation>等待在打包区退回上架的商品（终端 F8）</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/categories.py"/>
        <source>Unknown attribute: {missing}.</source>
        <translation>未知属性：{missing}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <source>Unknown column.</source>
        <translation>未知列。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/roles.py"/>
        <source>Unknown permission: {unknown}.</source>
        <translation>未知权限：{unknown}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/users.py"/>
        <source>Unknown role: {missing}.</source>
        <translation>未知角色：{missing}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/users.py"/>
        <source>Unlock a user</source>
        <translation>解锁用户</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>Unpaid orders release after (minutes)</source>
        <translation>未支付订单释放时间（分钟）</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>Usage limit</source>
        <translation>使用次数上限</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/usage.py"/>
        <source>Use reserved promotions</source>
        <translation>核销已预占促销</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../middle_tier/admin.py"/>
        <location filename="../../middle_tier/contract/system.py"/>
        <location filename="../../middle_tier/system/users.py"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/roles.py"/>
        <source>Users still hold this role; take it from them first.</source>
        <translation>仍有用户拥有该角色；请先从他们那里移除。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/contracts.py"/>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/contracts.py"/>
        <source>Valid to</source>
        <translation>失效日期</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/attributes.py"/>
        <source>Value code</source>
        <translation>值编码</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/attributes.py"/>
        <source>Value name</source>
        <translation>值名称</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Variant</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/tenders.py"/>
        <source>Void an order&apos;s payment</source>
        <translation>作废订单支付</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>Wallet adjustments above this need approval</source>
        <translation>超过此金额的钱包调整需审批</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/permissions.py"/>
        <source>Warehouse clerk</source>
        <translation>仓库操作员</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/warehouses.py"/>
        <source>Warehouse code</source>
        <translation>仓库编码</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Wave</source>
        <translation>波次</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Weight (g)</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Words</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/putback.py"/>
        <source>Write off a put-back</source>
        <translation>退回上架单报损</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Written off</source>
        <translation>已报损</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/system.py"/>
        <source>Wrong PIN</source>
        <translation>PIN 错误</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/counts.py"/>
        <source>Wrong bin: this count is for {bin}.</source>
        <translation>库位错误：该盘点单对应 {bin}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/waves.py"/>
        <source>Wrong bin: this task is at {bin}.</source>
        <translation>库位错误：该任务在 {bin}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/waves.py"/>
        <source>Wrong item: {sku} is not what this task picks.</source>
        <translation>商品错误：{sku} 不是该任务要拣的商品。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/auth.py"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>YTO Express</source>
        <translation>圆通速递</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/users.py"/>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>You do not have the permission for this action.</source>
        <translation>您没有执行此操作的权限。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/login.py"/>
        <source>Your login session expired after a period of inactivity; please log in again.</source>
        <translation>登录会话因长时间未操作已过期；请重新登录。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/login.py"/>
        <location filename="../../middle_tier/service.py"/>
        <source>Your login session has ended; please log in again.</source>
        <translation>登录会话已结束；请重新登录。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>Yunda Express</source>
        <translation>韵达快递</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>ZTO Express</source>
        <translation>中通快递</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/warehouses.py"/>
        <source>Zone</source>
        <translation>库区</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/payments.py"/>
        <location filename="../../middle_tier/contract/promotions.py"/>
        <source>active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/purchasing.py"/>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/promotions.py"/>
        <source>available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/payments.py"/>
        <source>awaiting_approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/payments.py"/>
        <source>blocked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/payments.py"/>
        <location filename="../../middle_tier/contract/purchasing.py"/>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/payments.py"/>
        <source>captured</source>
        <translation>已扣款</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/purchasing.py"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/promotions.py"/>
        <source>consumed</source>
        <translation>已核销</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>counted</source>
        <translation>已盘点</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/payments.py"/>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/payments.py"/>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/promotions.py"/>
        <location filename="../../middle_tier/contract/purchasing.py"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/promotions.py"/>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/payments.py"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/payments.py"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/payments.py"/>
        <source>held</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/places.py"/>
        <source>packing</source>
        <translation>打包</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/payments.py"/>
        <source>paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/purchasing.py"/>
        <source>partially_received</source>
        <translation>部分收货</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/promotions.py"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/payments.py"/>
        <source>pending</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>picked</source>
        <translation>已拣完</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/payments.py"/>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/purchasing.py"/>
        <source>received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/putaway.py"/>
        <location filename="../../middle_tier/wms/receiving.py"/>
        <source>receiving</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/payments.py"/>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/promotions.py"/>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>released</source>
        <translation>已释放</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/promotions.py"/>
        <source>reserved</source>
        <translation>已预占</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/purchasing.py"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/purchasing.py"/>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>short</source>
        <translation>短拣</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/promotions.py"/>
        <source>used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/promotions.py"/>
        <source>void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/payments.py"/>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <source>without attributes</source>
        <translation>无属性</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/wms.py"/>
        <source>written_off</source>
        <translation>已报损</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/records.py"/>
        <source>{attribute} has no value &apos;{value_code}&apos;.</source>
        <translation>{attribute} 没有取值“{value_code}”。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <source>{attribute} has no value {value}.</source>
        <translation>{attribute} 没有取值 {value}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/ledger.py"/>
        <source>{bin} holds at most {capacity} units.</source>
        <translation>{bin} 最多容纳 {capacity} 件。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/waves.py"/>
        <source>{bin} holds less than {qty}: enter what you found, the rest is a short pick.</source>
        <translation>{bin} 不足 {qty} 件：请输入实际找到的数量，其余记为短拣。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/transfers.py"/>
        <source>{bin} holds no {sku}.</source>
        <translation>{bin} 没有 {sku}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/ledger.py"/>
        <source>{bin} holds only {held} of this SKU (lot); {qty} asked.</source>
        <translation>{bin} 只有该 SKU（批次）{held} 件；请求 {qty} 件。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/transfers.py"/>
        <source>{bin} holds only {held} of {sku}; {qty} asked.</source>
        <translation>{bin} 只有 {sku} {held} 件；请求 {qty} 件。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/transfers.py"/>
        <source>{bin} holds outbound work; take stock from a storage bin or the receiving area.</source>
        <translation>{bin} 存放出库作业的货物；请从存储库位或收货区取货。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/transfers.py"/>
        <source>{bin} holds {held} of {sku}; move 1 to {held}.</source>
        <translation>{bin} 有 {sku} {held} 件；可移 1 到 {held} 件。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/putaway.py"/>
        <location filename="../../middle_tier/wms/putback.py"/>
        <location filename="../../middle_tier/wms/transfers.py"/>
        <source>{bin} is not a storage bin.</source>
        <translation>{bin} 不是存储库位。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/payments/cards.py"/>
        <source>{code} is not a gift card number (16 digits, the last a check digit).</source>
        <translation>{code} 不是礼品卡号（16 位数字，最后一位为校验位）。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_bulk.py"/>
        <source>{count} SKU(s) were changed by someone else meanwhile ({codes}); reload and try again.</source>
        <translation>有 {count} 个 SKU 已被他人修改（{codes}）；请重新加载后再试。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_bulk.py"/>
        <source>{count} SKU(s) would be on sale at a list price of 0.00 ({codes}); a SKU on sale needs a list price above zero.</source>
        <translation>有 {count} 个 SKU 将以 0.00 的标价在售（{codes}）；在售的 SKU 需要大于零的标价。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_bulk.py"/>
        <source>{count} SKU(s) would cost less than zero ({codes}).</source>
        <translation>有 {count} 个 SKU 的价格将低于零（{codes}）。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_bulk.py"/>
        <source>{count} SKU(s) would cost more than {most} ({codes}).</source>
        <translation>有 {count} 个 SKU 的价格将超过 {most}（{codes}）。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/batch.py"/>
        <source>{count} code(s) are taken by other SKUs, e.g. {example}.</source>
        <translation>有 {count} 个编码已被其他 SKU 占用，例如 {example}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_bulk.py"/>
        <source>{count} of the selected SKUs no longer exist (ids {ids}); reload the list.</source>
        <translation>所选 SKU 中有 {count} 个已不存在（ID {ids}）；请重新加载列表。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/sku_import.py"/>
        <source>{count} problem(s) in the file; nothing was imported. Check the file first.</source>
        <translation>文件中有 {count} 个问题；未导入任何内容。请先检查文件。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>{key} given twice.</source>
        <translation>{key} 重复给出。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/batch.py"/>
        <source>{key} would cost {price}; prices must stay above zero.</source>
        <translation>{key} 的价格将为 {price}；价格必须大于零。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/states.py"/>
        <source>{kind} {name} is {state}; it cannot become {target}.</source>
        <translation>{kind} {name} 当前为“{state}”，不能变为“{target}”。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/money.py"/>
        <source>{label} has at most two decimals.</source>
        <translation>{label}最多两位小数。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>{label} has at most {places} decimal places.</source>
        <translation>{label}最多 {places} 位小数。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/validate.py"/>
        <source>{label} is required.</source>
        <translation>{label}为必填项。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/money.py"/>
        <source>{label} is too large.</source>
        <translation>{label}太大。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>{label} is too long.</source>
        <translation>{label}太长。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <location filename="../../middle_tier/core/validate.py"/>
        <source>{label} may have at most {max_length} characters.</source>
        <translation>{label}最多 {max_length} 个字符。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>{label} may not be empty.</source>
        <translation>{label}不能为空。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/validate.py"/>
        <source>{label} may not contain control characters.</source>
        <translation>{label}不能包含控制字符。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/validate.py"/>
        <source>{label} must be a date like 2026-11-24.</source>
        <translation>{label}必须是日期，例如 2026-11-24。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/validate.py"/>
        <source>{label} must be a date like 2026-12-31.</source>
        <translation>{label}必须是日期，例如 2026-12-31。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>{label} must be a number.</source>
        <translation>{label}必须是数字。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>{label} must be a whole number.</source>
        <translation>{label}必须是整数。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/money.py"/>
        <source>{label} must be an amount like 12.50.</source>
        <translation>{label}必须是金额，例如 12.50。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>{label} must be at least {least}.</source>
        <translation>{label}不能小于 {least}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/money.py"/>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>{label} must be at least {minimum}.</source>
        <translation>{label}不能小于 {minimum}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>{label} must be at most {most}.</source>
        <translation>{label}不能大于 {most}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>{label} must be one of {choices}.</source>
        <translation>{label}必须是 {choices} 之一。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/validate.py"/>
        <source>{label} must be one of {options}.</source>
        <translation>{label}必须是 {options} 之一。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/settings.py"/>
        <source>{label} must be true or false.</source>
        <translation>{label}必须是真或假。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>{label} must be yes or no.</source>
        <translation>{label}必须是是或否。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/validate.py"/>
        <source>{label} needs 1 to {max_length} characters: letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;:&apos; or &apos;/&apos;.</source>
        <translation>{label} 需要 1 到 {max_length} 个字符：字母、数字、“-”、“_”、“.”、“:”或“/”。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/validate.py"/>
        <source>{label} needs {min_length} to {max_length} characters: lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>{label}需要 {min_length} 到 {max_length} 个字符：小写字母、数字、“_”、“.”或“-”，以字母开头。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>{label}: &apos;{item}&apos; is not one of {options}.</source>
        <translation>{label}：“{item}”不是 {options} 之一。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/fields.py"/>
        <source>{name} given twice.</source>
        <translation>{name} 重复给出。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>{name} has too many items (at most {most}).</source>
        <translation>{name} 项数过多（最多 {most} 项）。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>{name} is out of range.</source>
        <translation>{name} 超出范围。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>{name} is required.</source>
        <translation>{name} 为必填项。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>{name} is too long.</source>
        <translation>{name} 太长。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>{name} may not be empty.</source>
        <translation>{name} 不能为空。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>{name} may not contain NUL characters.</source>
        <translation>{name} 不能包含 NUL 字符。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>{name} must be a tuple, not {type}.</source>
        <translation>{name} 必须是元组，而不是 {type}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>{name} must be a whole number.</source>
        <translation>{name} 必须是整数。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>{name} must be bytes.</source>
        <translation>{name} 必须是字节串。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>{name} must be text.</source>
        <translation>{name} 必须是文本。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>{name} must be true or false.</source>
        <translation>{name} 必须是真或假。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>{name} must have {count} items.</source>
        <translation>{name} 必须有 {count} 项。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/categories.py"/>
        <source>{on_sale} product(s) on sale are in this category or below; take them off sale or move them first.</source>
        <translation>该类目及其下级中有 {on_sale} 个在售商品；请先下架或移走。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/inbound.py"/>
        <source>{po} is {state} now: cancel this receipt.</source>
        <translation>{po} 现为{state}：请取消本收货单。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/inbound.py"/>
        <source>{po} is {state}: nothing is expected against it.</source>
        <translation>{po} 为{state}：无待收货物。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/invoices.py"/>
        <source>{po} is {state}: there is nothing to invoice.</source>
        <translation>{po} 状态为{state}：没有可开票的内容。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/contract/__init__.py"/>
        <source>{record} expects {expected} values, got {got}.</source>
        <translation>{record} 需要 {expected} 个值，收到 {got} 个。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/system/settings.py"/>
        <source>{setting} was changed by someone else meanwhile; reload and try again.</source>
        <translation>{setting}已被他人修改；请重新加载后再试。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/promotions/pricing.py"/>
        <source>{sku} is not on sale.</source>
        <translation>{sku} 未在售。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/receiving.py"/>
        <source>{sku} is not on {po}.</source>
        <translation>{sku} 不在 {po} 上。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/packing.py"/>
        <source>{sku} is not part of {doc_ref}.</source>
        <translation>{sku} 不属于 {doc_ref}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/lots.py"/>
        <source>{sku} is picked by expiry (FEFO): give its lot and expiry date.</source>
        <translation>{sku} 按到期日出库（FEFO）：请填写批次号和到期日。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/receiving.py"/>
        <source>{sku} was not counted on this receipt.</source>
        <translation>本收货单未点数 {sku}。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/catalog/batch.py"/>
        <source>{total} combinations; at most {most} at once.</source>
        <translation>共 {total} 个组合；一次最多 {most} 个。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>{verb} has no parameter &apos;{parameter}&apos;.</source>
        <translation>{verb} 没有参数“{parameter}”。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/dispatch.py"/>
        <source>{verb} takes at most {count} arguments.</source>
        <translation>{verb} 最多接受 {count} 个参数。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/putaway.py"/>
        <source>{waiting} of {sku} wait at receiving; put away 1 to {waiting}.</source>
        <translation>收货区有 {sku} {waiting} 件待上架；可上架 1 到 {waiting} 件。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/wms/putback.py"/>
        <source>{waiting} of {sku} wait to be put back; put back 1 to {waiting}.</source>
        <translation>有 {sku} {waiting} 件待退回上架；可退回 1 到 {waiting} 件。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/validate.py"/>
        <source>{what} does not exist (it may have been deleted).</source>
        <translation>{what}不存在（可能已被删除）。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/core/validate.py"/>
        <source>{what} was changed by someone else meanwhile; reload and try again.</source>
        <translation>{what}已被他人修改；请重新加载后再试。</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/contracts.py"/>
        <source>{where}: {message}</source>
        <translation>{where}：{message}</translation>
    </message>
    <message>
        <location filename="../../middle_tier/purchasing/contracts.py"/>
        <source>{where}: {sku} is listed twice.</source>
        <translation>{where}：{sku} 重复列出。</translation>
    </message>
</context>
<context>
    <name>simulator</name>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="51"/>
        <source>Add %n more item(s) to get %1 free.</source>
        <translation>再买 %n 件即可免费获得价值 %1 的商品。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="53"/>
        <source>Add %1 more for free shipping (saves %2).</source>
        <translation>再买 %1 即可包邮（省 %2）。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="56"/>
        <source>Add %1 more to get a gift worth %2.</source>
        <translation>再买 %1 即可获赠价值 %2 的赠品。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="58"/>
        <source>Add %1 more to save %2 (from %3).</source>
        <translation>再买 %1 即可优惠 %2（满 %3）。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="68"/>
        <source>No item of the cart is in its scope.</source>
        <translation>购物车中没有适用商品。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="69"/>
        <source>Not running at this time.</source>
        <translation>此时不在活动时间内。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="70"/>
        <source>Not offered on this channel.</source>
        <translation>此渠道不参与。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="71"/>
        <source>Not for this member level.</source>
        <translation>不适用于此会员等级。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="72"/>
        <source>Usage limit reached.</source>
        <translation>已达使用次数上限。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="73"/>
        <source>Budget spent.</source>
        <translation>预算已用完。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="74"/>
        <source>Excluded by %1.</source>
        <translation>与 %1 互斥。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="75"/>
        <source>Stopped by %1, which stops further promotions.</source>
        <translation>被 %1 阻止（它阻止后续促销）。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="76"/>
        <source>Another combination saves more.</source>
        <translation>其他组合更优惠。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="77"/>
        <source>It would save nothing on this cart.</source>
        <translation>对此购物车没有优惠。</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="84"/>
        <source>no such code</source>
        <translation>券码不存在</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="84"/>
        <source>already used</source>
        <translation>已被使用</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="85"/>
        <source>void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="85"/>
        <source>issued to another customer</source>
        <translation>属于其他客户</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="86"/>
        <source>one code per promotion</source>
        <translation>每个促销只能用一张券</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="87"/>
        <source>its promotion is not running</source>
        <translation>所属促销未在进行</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="88"/>
        <source>its usage limit is reached</source>
        <translation>所属促销已达使用次数上限</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="89"/>
        <source>its budget is spent</source>
        <translation>所属促销预算已用完</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="90"/>
        <source>the cart is short of its threshold</source>
        <translation>购物车未达门槛</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="91"/>
        <source>no item of the cart is in its scope</source>
        <translation>购物车中没有适用商品</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="92"/>
        <source>not running at this time</source>
        <translation>此时不在活动时间内</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="93"/>
        <source>not offered on this channel</source>
        <translation>此渠道不参与</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="94"/>
        <source>not for this member level</source>
        <translation>不适用于此会员等级</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="95"/>
        <location filename="../../client/screens/price_simulator.py" line="97"/>
        <source>another promotion saves more</source>
        <translation>其他促销更优惠</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="96"/>
        <source>stopped by another promotion</source>
        <translation>被其他促销阻止</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="98"/>
        <source>it would save nothing on this cart</source>
        <translation>对此购物车没有优惠</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="106"/>
        <source>gift: %1</source>
        <translation>赠品：%1</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="108"/>
        <source>saves %1</source>
        <translation>优惠 %1</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="110"/>
        <source> (budget left %1; the offer is %2)</source>
        <translation>（预算仅剩 %1；原优惠 %2）</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="113"/>
        <source> (capped at %1; the offer is %2)</source>
        <translation>（封顶 %1；原优惠 %2）</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="116"/>
        <source>, coupon %1</source>
        <translation>，券码 %1</translation>
    </message>
    <message>
        <location filename="../../client/screens/price_simulator.py" line="118"/>
        <source>, %1 funded by %2</source>
        <translation>，其中 %1 由 %2 出资</translation>
    </message>
</context>
<context>
    <name>warehouse</name>
    <message>
        <location filename="../../client/screens/warehouse.py" line="61"/>
        <source>to count</source>
        <translation>待盘点</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="61"/>
        <source>to review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="62"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="62"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="67"/>
        <source>receipt</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="67"/>
        <location filename="../../client/screens/warehouse.py" line="96"/>
        <source>transfer</source>
        <translation>移库</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="68"/>
        <source>putaway</source>
        <translation>上架</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="68"/>
        <source>pick</source>
        <translation>拣货</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="68"/>
        <source>ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="69"/>
        <source>adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="69"/>
        <source>return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="70"/>
        <location filename="../../client/screens/warehouse.py" line="89"/>
        <source>put back</source>
        <translation>退回上架</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="76"/>
        <source>supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="76"/>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="77"/>
        <source>inventory loss</source>
        <translation>盘亏</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="77"/>
        <source>inventory gain</source>
        <translation>盘盈</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="89"/>
        <source>waiting in packing</source>
        <translation>在打包区等待</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="90"/>
        <source>written off</source>
        <translation>已报损</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="95"/>
        <source>order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="95"/>
        <source>return to supplier</source>
        <translation>退供应商</translation>
    </message>
    <message>
        <location filename="../../client/screens/warehouse.py" line="96"/>
        <source>manual</source>
        <translation>手工</translation>
    </message>
</context>
</TS>
