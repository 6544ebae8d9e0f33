<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="+38"/>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the cursor in the search box</source>
        <translation>وضع المؤشر في مربع البحث</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find in Entry…</source>
        <translation>البحث &amp;داخل المدخل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find words in the entry you are reading</source>
        <translation>البحث عن كلمات في المدخل الذي تقرؤه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find &amp;Next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match in the entry</source>
        <translation>التطابق التالي في المدخل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find &amp;Previous</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous match in the entry</source>
        <translation>التطابق السابق في المدخل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;Citation</source>
        <translation>&amp;نسخ الاستشهاد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the entry&apos;s title, catalogue version and date</source>
        <translation>نسخ عنوان المدخل وإصدار الكتالوج والتاريخ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Bookmark This Entry</source>
        <translation>إشارة &amp;مرجعية على هذا المدخل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add or remove a bookmark on this entry</source>
        <translation>إضافة إشارة مرجعية على هذا المدخل أو إزالتها</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit My &amp;Note</source>
        <translation>تحرير م&amp;لاحظتي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the cursor in your private note on this entry</source>
        <translation>وضع المؤشر في ملاحظتك الخاصة على هذا المدخل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search My Notes &amp;Too</source>
        <translation>البحث في ملاحظاتي &amp;أيضا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also find entries whose notes contain the search words</source>
        <translation>العثور أيضا على المداخل التي تحتوي ملاحظاتها على كلمات البحث</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the previous entry</source>
        <translation>الرجوع إلى المدخل السابق</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Forward</source>
        <translation>لل&amp;أمام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go forward again</source>
        <translation>التقدم مرة أخرى</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go to &amp;Tree</source>
        <translation>الانتقال إلى ال&amp;شجرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the cursor to the tree</source>
        <translation>نقل المؤشر إلى الشجرة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to &amp;Entry</source>
        <translation>الانتقال إلى ال&amp;مدخل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the cursor to the entry</source>
        <translation>نقل المؤشر إلى المدخل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Introduction</source>
        <translation>المق&amp;دمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the introduction to the fields of expertise</source>
        <translation>عرض مقدمة مجالات الخبرة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;Tree</source>
        <translation>إظهار ال&amp;شجرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the tree</source>
        <translation>إظهار الشجرة أو إخفاؤها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group by &amp;Region</source>
        <translation>التجميع حسب ال&amp;منطقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tree: regions, then the fields working there</source>
        <translation>الشجرة: المناطق، ثم المجالات العاملة فيها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group by &amp;Field</source>
        <translation>التجميع حسب الم&amp;جال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tree: fields, then their regions, initiatives and dialogues</source>
        <translation>الشجرة: المجالات، ثم مناطقها ومبادراتها وحواراتها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group &amp;A–Z</source>
        <translation>التجميع &amp;أبجديا (A–Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tree: all entries by first letter</source>
        <translation>الشجرة: كل المداخل حسب الحرف الأول</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group by &amp;Kind</source>
        <translation>التجميع حسب ال&amp;نوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tree: fields, initiatives, dialogues</source>
        <translation>الشجرة: المجالات، المبادرات، الحوارات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset &amp;Zoom</source>
        <translation>إ&amp;عادة تعيين التكبير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default text size</source>
        <translation>حجم النص الافتراضي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme: &amp;System</source>
        <translation>السمة: &amp;حسب النظام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the system light or dark scheme</source>
        <translation>اتباع النظام في الوضع الفاتح أو الداكن</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Theme: &amp;Light</source>
        <translation>السمة: &amp;فاتحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always light</source>
        <translation>فاتحة دائما</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Theme: &amp;Dark</source>
        <translation>السمة: &amp;داكنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always dark</source>
        <translation>داكنة دائما</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Bookmarks Panel</source>
        <translation>&amp;لوحة الإشارات المرجعية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show your bookmarks and move the cursor there</source>
        <translation>عرض إشاراتك المرجعية ونقل المؤشر إليها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;History Panel</source>
        <translation>لوحة ال&amp;سجل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the entries you opened and move the cursor there</source>
        <translation>عرض المداخل التي فتحتها ونقل المؤشر إليها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My &amp;Notes Panel</source>
        <translation>لوحة ملاحظا&amp;تي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All your notes, including notes on entries no longer in the catalogue</source>
        <translation>كل ملاحظاتك، بما فيها الملاحظات على مداخل لم تعد في الكتالوج</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Command Palette…</source>
        <translation>لوحة الأ&amp;وامر…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run any command by typing its name</source>
        <translation>تشغيل أي أمر بكتابة اسمه</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every command and its keys</source>
        <translation>كل الأوامر ومفاتيحها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Field Reference</source>
        <translation>&amp;حول Field Reference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version and catalogue</source>
        <translation>الإصدار والكتالوج</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the entry, with a preview</source>
        <translation>طباعة المدخل مع معاينة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export Briefing to PDF…</source>
        <translation>&amp;تصدير الإحاطة بصيغة PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compose a PDF briefing from search results, bookmarks, history or any entry</source>
        <translation>إعداد إحاطة بصيغة PDF من نتائج البحث أو الإشارات المرجعية أو السجل أو أي مدخل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import &amp;Content Pack…</source>
        <translation>استيراد &amp;حزمة محتوى…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install signed catalogue updates from a .frpack file</source>
        <translation>تثبيت تحديثات الكتالوج الموقعة من ملف .frpack</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Notes and &amp;Bookmarks…</source>
        <translation>تصدير الملاحظات والإشارات ال&amp;مرجعية…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your notes and bookmarks to a file for a colleague or a new laptop</source>
        <translation>حفظ ملاحظاتك وإشاراتك المرجعية في ملف لزميل أو لحاسوب جديد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import Notes and Bookmarks…</source>
        <translation>&amp;استيراد الملاحظات والإشارات المرجعية…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge notes and bookmarks from a handover file</source>
        <translation>دمج الملاحظات والإشارات المرجعية من ملف تسليم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close Field Reference</source>
        <translation>إغلاق Field Reference</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next &amp;Pane</source>
        <translation>الجزء ال&amp;تالي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to the next pane: search box, results, entry, note, tree, open panels (Tab goes the same way)</source>
        <translation>الانتقال إلى الجزء التالي: مربع البحث، النتائج، المدخل، الملاحظة، الشجرة، اللوحات المفتوحة (المفتاح Tab يتنقل بالترتيب نفسه)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pre&amp;vious Pane</source>
        <translation>الجزء ال&amp;سابق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to the previous pane (Shift+Tab goes the same way)</source>
        <translation>الانتقال إلى الجزء السابق (المفتاحان Shift+Tab يتنقلان بالترتيب نفسه)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reading Mode</source>
        <translation>وضع ال&amp;قراءة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the tree, results and note to read; press again to bring them back</source>
        <translation>إخفاء الشجرة والنتائج والملاحظة للقراءة؛ اضغط مرة أخرى لإعادتها</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show My &amp;Note Pane</source>
        <translation>&amp;إظهار جزء ملاحظتي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide your note under the entry (remembered)</source>
        <translation>إظهار ملاحظتك أسفل المدخل أو إخفاؤها (يحفظ الاختيار)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow &amp;System</source>
        <translation>&amp;اتباع النظام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desktop&apos;s language if we have it, else English</source>
        <translation>لغة سطح المكتب إن كانت متاحة، وإلا فالإنجليزية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the interface in this language (remembered)</source>
        <translation>عرض الواجهة بهذه اللغة (يحفظ الاختيار)</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <location filename="../../desktop_app/briefing/document.py" line="+123"/>
        <source>Field Reference · catalogue %1 · data as of %2</source>
        <translation>Field Reference · الكتالوج %1 · البيانات حتى %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%Ln entries</source>
        <translation>عدد المداخل: %Ln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalogue %1</source>
        <translation>الكتالوج %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data as of %1</source>
        <translation>البيانات حتى %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepared %1</source>
        <translation>أعدت في %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../desktop_app/reading/entry_html.py" line="+113"/>
        <source>Regions: %1</source>
        <translation>المناطق: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Related: %1</source>
        <translation>مداخل ذات صلة: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My note</source>
        <translation>ملاحظتي</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/print_preview.py" line="+37"/>
        <source>Print “%1”</source>
        <translation>طباعة «%1»</translation>
    </message>
</context>
<context>
    <name>BriefingComposer</name>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="+78"/>
        <source>Compose a Briefing</source>
        <translation>إعداد إحاطة</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+133"/>
        <location line="+76"/>
        <source>Briefing</source>
        <translation>الإحاطة</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Briefing title</source>
        <translation>عنوان الإحاطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include my &amp;notes</source>
        <translation>تضمين &amp;ملاحظاتي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of the briefing</source>
        <translation>معاينة الإحاطة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>&amp;نقل لأعلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Down</source>
        <translation>نقل لأس&amp;فل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;حفظ PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries</source>
        <translation>المداخل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;In the briefing</source>
        <translation>في ال&amp;إحاطة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previe&amp;w</source>
        <translation>معا&amp;ينة</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type to filter · Enter or Space adds · Delete removes · Alt+Up/Alt+Down reorders · Ctrl+S saves · An unsaved list is kept until you quit</source>
        <translation>اكتب للتصفية · Enter أو المسافة للإضافة · Delete للإزالة · Alt+Up/Alt+Down لإعادة الترتيب · Ctrl+S للحفظ · تبقى القائمة غير المحفوظة حتى تنهي التطبيق</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Add entries from the list on the left: they appear here as printed.</source>
        <translation>أضف مداخل من القائمة على اليمين: تظهر هنا كما ستطبع.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>About %Ln page</source>
        <translation>
            <numerusform>نحو %Ln صفحة</numerusform>
            <numerusform>نحو صفحة واحدة</numerusform>
            <numerusform>نحو صفحتين</numerusform>
            <numerusform>نحو %Ln صفحات</numerusform>
            <numerusform>نحو %Ln صفحة</numerusform>
            <numerusform>نحو %Ln صفحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>About %Ln pages</source>
        <translation>
            <numerusform>نحو %Ln صفحة</numerusform>
            <numerusform>نحو صفحة واحدة</numerusform>
            <numerusform>نحو صفحتين</numerusform>
            <numerusform>نحو %Ln صفحات</numerusform>
            <numerusform>نحو %Ln صفحة</numerusform>
            <numerusform>نحو %Ln صفحة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add at least one entry first.</source>
        <translation>أضف مدخلا واحدا على الأقل أولا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Briefing</source>
        <translation>حفظ الإحاطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saving…</source>
        <translation>جار الحفظ…</translation>
    </message>
</context>
<context>
    <name>BriefingController</name>
    <message>
        <location filename="../../desktop_app/briefing/briefing_controller.py" line="+96"/>
        <source>Field Reference</source>
        <translation>Field Reference</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copied: %s</source>
        <translation>تم النسخ: %s</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Briefing saved: %1 (%Ln page)</source>
        <translation>
            <numerusform>تم حفظ الإحاطة: %1 (%Ln صفحة)</numerusform>
            <numerusform>تم حفظ الإحاطة: %1 (صفحة واحدة)</numerusform>
            <numerusform>تم حفظ الإحاطة: %1 (صفحتان)</numerusform>
            <numerusform>تم حفظ الإحاطة: %1 (%Ln صفحات)</numerusform>
            <numerusform>تم حفظ الإحاطة: %1 (%Ln صفحة)</numerusform>
            <numerusform>تم حفظ الإحاطة: %1 (%Ln صفحة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Briefing saved: %1 (%Ln pages)</source>
        <translation>
            <numerusform>تم حفظ الإحاطة: %1 (%Ln صفحة)</numerusform>
            <numerusform>تم حفظ الإحاطة: %1 (صفحة واحدة)</numerusform>
            <numerusform>تم حفظ الإحاطة: %1 (صفحتان)</numerusform>
            <numerusform>تم حفظ الإحاطة: %1 (%Ln صفحات)</numerusform>
            <numerusform>تم حفظ الإحاطة: %1 (%Ln صفحة)</numerusform>
            <numerusform>تم حفظ الإحاطة: %1 (%Ln صفحة)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChosenList</name>
    <message>
        <location filename="../../desktop_app/briefing/picker.py" line="+218"/>
        <source>Entries in the briefing</source>
        <translation>المداخل في الإحاطة</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../desktop_app/commands/command_palette.py" line="+195"/>
        <source>Command palette</source>
        <translation>لوحة الأوامر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a command…</source>
        <translation>اكتب أمرا…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of a command&apos;s name. Up and Down choose, Enter runs it, Escape closes.</source>
        <translation>اكتب جزءا من اسم الأمر. السهمان لأعلى ولأسفل للاختيار، وEnter لتشغيله، وEscape للإغلاق.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Matching commands</source>
        <translation>الأوامر المطابقة</translation>
    </message>
</context>
<context>
    <name>CorrectionLine</name>
    <message>
        <location filename="../../desktop_app/search/correction_line.py" line="+49"/>
        <source>Search for the words exactly as typed (Alt+I)</source>
        <translation>البحث عن الكلمات كما كتبت تماما (Alt+ب)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Showing results for “%s” —</source>
        <translation>عرض نتائج «%s» —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search &amp;instead for “%s”</source>
        <translation>ال&amp;بحث بدلا من ذلك عن «%s»</translation>
    </message>
</context>
<context>
    <name>EntryHtml</name>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="-71"/>
        <source>Introduction</source>
        <translation>مقدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field of expertise</source>
        <translation>مجال الخبرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiative</source>
        <translation>مبادرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration dialogue</source>
        <translation>حوار الهجرة</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>★ Bookmarked</source>
        <translation>★ في الإشارات المرجعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✎ Your note</source>
        <translation>✎ ملاحظتك</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The fields of expertise</source>
        <translation>مجالات الخبرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Related fields</source>
        <translation>مجالات ذات صلة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migration dialogues</source>
        <translation>حوارات الهجرة</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Region</source>
        <translation>منطقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part of</source>
        <translation>جزء من</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fields of expertise working here</source>
        <translation>مجالات الخبرة العاملة هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiatives and dialogues here</source>
        <translation>المبادرات والحوارات هنا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sub-regions</source>
        <translation>المناطق الفرعية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also in its sub-regions</source>
        <translation>أيضا في مناطقها الفرعية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No entries name this region.</source>
        <translation>لا توجد مداخل تذكر هذه المنطقة.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/labels_html.py" line="+93"/>
        <source>Also called</source>
        <translation>يعرف أيضا باسم</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>In other languages</source>
        <translation>بلغات أخرى</translation>
    </message>
</context>
<context>
    <name>EntryPicker</name>
    <message>
        <location filename="../../desktop_app/briefing/picker.py" line="-165"/>
        <source>Where entries come from</source>
        <translation>مصدر المداخل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type to filter</source>
        <translation>اكتب للتصفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter entries</source>
        <translation>تصفية المداخل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries to add</source>
        <translation>مداخل للإضافة</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>S&amp;earch</source>
        <translation>ال&amp;بحث</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n search result on screen</source>
        <translation>
            <numerusform>%n نتيجة بحث معروضة</numerusform>
            <numerusform>نتيجة بحث واحدة معروضة</numerusform>
            <numerusform>نتيجتا بحث معروضتان</numerusform>
            <numerusform>%n نتائج بحث معروضة</numerusform>
            <numerusform>%n نتيجة بحث معروضة</numerusform>
            <numerusform>%n نتيجة بحث معروضة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n search results on screen</source>
        <translation>
            <numerusform>%n نتيجة بحث معروضة</numerusform>
            <numerusform>نتيجة بحث واحدة معروضة</numerusform>
            <numerusform>نتيجتا بحث معروضتان</numerusform>
            <numerusform>%n نتائج بحث معروضة</numerusform>
            <numerusform>%n نتيجة بحث معروضة</numerusform>
            <numerusform>%n نتيجة بحث معروضة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bookmarks</source>
        <translation>الإشا&amp;رات</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bookmark</source>
        <translation>
            <numerusform>%n إشارة مرجعية</numerusform>
            <numerusform>إشارة مرجعية واحدة</numerusform>
            <numerusform>إشارتان مرجعيتان</numerusform>
            <numerusform>%n إشارات مرجعية</numerusform>
            <numerusform>%n إشارة مرجعية</numerusform>
            <numerusform>%n إشارة مرجعية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bookmarks</source>
        <translation>
            <numerusform>%n إشارة مرجعية</numerusform>
            <numerusform>إشارة مرجعية واحدة</numerusform>
            <numerusform>إشارتان مرجعيتان</numerusform>
            <numerusform>%n إشارات مرجعية</numerusform>
            <numerusform>%n إشارة مرجعية</numerusform>
            <numerusform>%n إشارة مرجعية</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;History</source>
        <translation>ال&amp;سجل</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entry read</source>
        <translation>
            <numerusform>%n مدخل مقروء</numerusform>
            <numerusform>مدخل واحد مقروء</numerusform>
            <numerusform>مدخلان مقروءان</numerusform>
            <numerusform>%n مداخل مقروءة</numerusform>
            <numerusform>%n مدخلا مقروءا</numerusform>
            <numerusform>%n مدخل مقروء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n entries read</source>
        <translation>
            <numerusform>%n مدخل مقروء</numerusform>
            <numerusform>مدخل واحد مقروء</numerusform>
            <numerusform>مدخلان مقروءان</numerusform>
            <numerusform>%n مداخل مقروءة</numerusform>
            <numerusform>%n مدخلا مقروءا</numerusform>
            <numerusform>%n مدخل مقروء</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;ll</source>
        <translation>ال&amp;كل</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>All %n entries</source>
        <translation>
            <numerusform>كل المداخل: %n</numerusform>
            <numerusform>كل المداخل: %n</numerusform>
            <numerusform>كل المداخل: %n</numerusform>
            <numerusform>كل المداخل: %n</numerusform>
            <numerusform>كل المداخل: %n</numerusform>
            <numerusform>كل المداخل: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing here matches “%1”.</source>
        <translation>لا شيء هنا يطابق «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No search on screen: search in the main window first.</source>
        <translation>لا يوجد بحث معروض: ابحث في النافذة الرئيسية أولا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bookmarks yet: bookmark an entry and it is listed here.</source>
        <translation>لا توجد إشارات مرجعية بعد: ضع إشارة مرجعية على مدخل ليظهر هنا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No history yet: the entries you read are listed here.</source>
        <translation>لا يوجد سجل بعد: تظهر هنا المداخل التي تقرؤها.</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../desktop_app/reading/entry_view.py" line="+42"/>
        <source>Entry</source>
        <translation>المدخل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The entry you are reading; Page Down and Space scroll, Ctrl+Tab moves to its links, Esc goes back to the search box</source>
        <translation>المدخل الذي تقرؤه؛ المفتاحان Page Down والمسافة للتمرير، وCtrl+Tab للانتقال إلى روابطه، وEsc للرجوع إلى مربع البحث</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/i18n/errors.py" line="+30"/>
        <source>That entry is not in this catalogue</source>
        <translation>هذا المدخل غير موجود في هذا الكتالوج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That region is not in this catalogue</source>
        <translation>هذه المنطقة غير موجودة في هذا الكتالوج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The content pack cannot be used</source>
        <translation>لا يمكن استخدام حزمة المحتوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A catalogue source file is wrong</source>
        <translation>أحد ملفات مصدر الكتالوج غير صحيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue cannot be read</source>
        <translation>تتعذر قراءة الكتالوج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes and bookmarks are unavailable</source>
        <translation>ملاحظاتك وإشاراتك المرجعية غير متاحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search is unavailable</source>
        <translation>البحث غير متاح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app may not use this file</source>
        <translation>لا يسمح للتطبيق باستخدام هذا الملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is read-only</source>
        <translation>القرص للقراءة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Permission denied</source>
        <translation>تم رفض الإذن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file or folder does not exist</source>
        <translation>الملف أو المجلد غير موجود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong; the details are in the log</source>
        <translation>حدث خطأ؛ التفاصيل في سجل الأحداث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window settings start from defaults and are not saved</source>
        <translation>تبدأ إعدادات النافذة بالقيم الافتراضية ولا تحفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content packs were set aside</source>
        <translation>استبعدت حزم المحتوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search uses a temporary index for this session</source>
        <translation>يستخدم البحث فهرسا مؤقتا في هذه الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes and bookmarks</source>
        <translation>ملاحظاتك وإشاراتك المرجعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting with defaults</source>
        <translation>البدء بالإعدادات الافتراضية</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop_app/reading/find_bar.py" line="+31"/>
        <location line="+1"/>
        <source>Find in entry</source>
        <translation>البحث داخل المدخل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous match</source>
        <translation>التطابق السابق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match</source>
        <translation>التطابق التالي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close find bar</source>
        <translation>إغلاق شريط البحث</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{current} of {total}</source>
        <translation>{current} من {total}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n تطابق</numerusform>
            <numerusform>تطابق واحد</numerusform>
            <numerusform>تطابقان</numerusform>
            <numerusform>%n تطابقات</numerusform>
            <numerusform>%n تطابقا</numerusform>
            <numerusform>%n تطابق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverController</name>
    <message>
        <location filename="../../desktop_app/userdata/handover_controller.py" line="+84"/>
        <source>Import progress</source>
        <translation>تقدم الاستيراد</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported %d items to %s</source>
        <translation>العناصر المصدرة: %d، إلى %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing notes and bookmarks from %s…</source>
        <translation>جار استيراد الملاحظات والإشارات المرجعية من %s…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import refused</source>
        <translation>رفض الاستيراد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported: %d new notes, %d merged (both versions kept), %d new bookmarks</source>
        <translation>تم الاستيراد: ملاحظات جديدة: %d، ملاحظات مدمجة: %d (مع الاحتفاظ بالنسختين)، إشارات مرجعية جديدة: %d</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/mainwindow/main_window.py" line="+134"/>
        <source>Search index progress</source>
        <translation>تقدم إعداد فهرس البحث</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the catalogue…</source>
        <translation>جار فتح الكتالوج…</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Preparing search: %s</source>
        <translation>جار تجهيز البحث: %s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Catalogue %s · data as of %s</source>
        <translation>الكتالوج %s · البيانات حتى %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built %s · content %s</source>
        <translation>أنشئ في %s · المحتوى %s</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="+20"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;تعليمات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="+41"/>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiatives and dialogues</source>
        <translation>المبادرات والحوارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related fields</source>
        <translation>مجالات ذات صلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See also</source>
        <translation>انظر أيضا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields of expertise</source>
        <translation>مجالات الخبرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration dialogues</source>
        <translation>حوارات الهجرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Introduction</source>
        <translation>المقدمة</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Field of expertise</source>
        <translation>مجال الخبرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiative</source>
        <translation>مبادرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration dialogue</source>
        <translation>حوار الهجرة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_model.py" line="+222"/>
        <source>Catalogue</source>
        <translation>الكتالوج</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{label} ({own} · {count} with sub-regions)</source>
        <translation>{label} ({own} · {count} مع المناطق الفرعية)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} ({count})</source>
        <translation>{label} ({count})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%n entry in {region} and its sub-regions</source>
        <translation>عدد المداخل في {region} ومناطقها الفرعية: %n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n entries in {region} and its sub-regions</source>
        <translation>عدد المداخل في {region} ومناطقها الفرعية: %n</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%n entry names {region} itself</source>
        <translation>عدد المداخل التي تذكر {region} نفسها: %n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n entries name {region} itself</source>
        <translation>عدد المداخل التي تذكر {region} نفسها: %n</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="+39"/>
        <source>Your private note on this entry (Ctrl+Shift+N). Saved automatically; never sent anywhere.</source>
        <translation>ملاحظتك الخاصة على هذا المدخل (Ctrl+Shift+N). تحفظ تلقائيا ولا ترسل إلى أي مكان.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your note</source>
        <translation>ملاحظتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A private note, saved as you type</source>
        <translation>ملاحظة خاصة تحفظ أثناء الكتابة</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Editing…</source>
        <translation>جار التحرير…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This note was also changed elsewhere: both versions are kept below.</source>
        <translation>غيرت هذه الملاحظة في مكان آخر أيضا: النسختان محفوظتان أدناه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your notes are read-only (%s): shown, not saved.</source>
        <translation>ملاحظاتك للقراءة فقط (%s): تعرض ولا تحفظ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: %s. Your text is kept; retrying…</source>
        <translation>لم تحفظ: %s. نصك محفوظ في المحرر؛ جار إعادة المحاولة…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+31"/>
        <source>Note not saved</source>
        <translation>لم تحفظ الملاحظة</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Your note could not be saved: %s.

The text stays in the editor and saving is retried every few seconds.</source>
        <translation>تعذر حفظ ملاحظتك: %s.

يبقى النص في المحرر، وتعاد محاولة الحفظ كل بضع ثوان.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note kept in a file</source>
        <translation>حفظت الملاحظة في ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your note could not be saved (%s).

Its text was written to:
%s</source>
        <translation>تعذر حفظ ملاحظتك (%s).

كتب نصها في:
%s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your note could not be saved (%s), nor written to a recovery file (%s).

Keep the window open, copy the text somewhere safe or free some space, then close again.</source>
        <translation>تعذر حفظ ملاحظتك (%s)، وتعذرت كتابتها في ملف استرداد (%s).

أبق النافذة مفتوحة، وانسخ النص إلى مكان آمن أو أفرغ بعض المساحة، ثم أغلق مرة أخرى.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep Window Open</source>
        <translation>إبقاء النافذة مفتوحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard Note and Close</source>
        <translation>تجاهل الملاحظة والإغلاق</translation>
    </message>
</context>
<context>
    <name>PackImportDialog</name>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="+103"/>
        <source>Import Content Pack</source>
        <translation>استيراد حزمة محتوى</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A content pack updates the catalogue from a file on a USB stick or an e-mail. It is checked against the publisher&apos;s signature before anything in it is read.</source>
        <translation>تحدث حزمة المحتوى الكتالوج من ملف على ذاكرة USB أو من رسالة بريد إلكتروني. ويتحقق من توقيع الناشر عليها قبل قراءة أي شيء منها.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No pack chosen</source>
        <translation>لم تختر أي حزمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content pack file</source>
        <translation>ملف حزمة المحتوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a content pack file</source>
        <translation>اختيار ملف حزمة محتوى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import status</source>
        <translation>حالة الاستيراد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import progress</source>
        <translation>تقدم الاستيراد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the content pack</source>
        <translation>استيراد حزمة المحتوى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the dialog</source>
        <translation>إغلاق مربع الحوار</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a content pack</source>
        <translation>اختيار حزمة محتوى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content packs (*.frpack);;All files (*)</source>
        <translation>حزم المحتوى (*.frpack);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+42"/>
        <source>Checking the signature and contents…</source>
        <translation>جار التحقق من التوقيع والمحتويات…</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Importing…</source>
        <translation>جار الاستيراد…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading the entries…</source>
        <translation>جار قراءة المداخل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combining with installed content…</source>
        <translation>جار الدمج مع المحتوى المثبت…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the new catalogue…</source>
        <translation>جار كتابة الكتالوج الجديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the search index…</source>
        <translation>جار إنشاء فهرس البحث…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching to the new catalogue…</source>
        <translation>جار التبديل إلى الكتالوج الجديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verified. Importing will: %s.</source>
        <translation>تم التحقق. سيؤدي الاستيراد إلى: %s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What changed</source>
        <translation>ما الذي تغير</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import failed: %s</source>
        <translation>فشل الاستيراد: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused: %s</source>
        <translation>مرفوض: %s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>PackSummary</name>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="+35"/>
        <source>Pack details</source>
        <translation>تفاصيل الحزمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changes</source>
        <translation>ما الذي سيتغير</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>sequence %d is installed</source>
        <translation>التسلسل %d مثبت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not installed yet</source>
        <translation>غير مثبتة بعد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>adds a collection</source>
        <translation>تضيف مجموعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replaces the catalogue</source>
        <translation>تستبدل الكتالوج</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%s” (%s, sequence %d): %s; %s.</source>
        <translation>«%s» (%s، التسلسل %d): %s؛ %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by publisher key %s. Data as of %s.</source>
        <translation>موقعة بمفتاح الناشر %s. البيانات حتى %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New catalogue version: %s</source>
        <translation>إصدار الكتالوج الجديد: %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add %s, update %s and remove %s entries</source>
        <translation>إضافة %s من المداخل وتحديث %s وحذف %s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installed “%s” (%s, sequence %d).</source>
        <translation>تم تثبيت «%s» (%s، التسلسل %d).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %s, updated %s, removed %s entries.</source>
        <translation>المداخل المضافة: %s، المحدثة: %s، المحذوفة: %s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalogue %s is now in use (took %.1f s).</source>
        <translation>الكتالوج %s مستخدم الآن (استغرق %.1f ث).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To undo it, run &apos;fieldref pack rollback&apos;.</source>
        <translation>للتراجع، شغل الأمر &apos;fieldref pack rollback&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was changed; the catalogue is as it was.</source>
        <translation>لم يتغير شيء؛ الكتالوج كما كان.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added</source>
        <translation>مضافة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated</source>
        <translation>محدثة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s … and %s more %s</source>
        <translation>%s … و%s أخرى %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entries change.</source>
        <translation>لا تتغير أي مداخل.</translation>
    </message>
</context>
<context>
    <name>PanelsController</name>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="+81"/>
        <source>Bookmarks</source>
        <translation>الإشارات المرجعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes</source>
        <translation>ملاحظاتي</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No bookmarks yet — press {key} on an entry to keep it here.</source>
        <translation>لا توجد إشارات مرجعية بعد — اضغط {key} في أي مدخل للاحتفاظ به هنا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No history yet — the entries you open are listed here, newest first.</source>
        <translation>لا يوجد سجل بعد — تظهر هنا المداخل التي تفتحها، الأحدث أولا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No notes yet — press {key} on an entry to write one.</source>
        <translation>لا توجد ملاحظات بعد — اضغط {key} في أي مدخل لكتابة ملاحظة.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%d of your notes belong to entries no longer in the catalogue; they are kept (View › My Notes Panel).</source>
        <translation>عدد ملاحظاتك التي تخص مداخل لم تعد في الكتالوج: %d؛ وهي محفوظة (عرض › لوحة ملاحظاتي).</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Bookmarked</source>
        <translation>أضيفت إشارة مرجعية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark removed</source>
        <translation>أزيلت الإشارة المرجعية</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <location line="+19"/>
        <source>Bookmark not saved</source>
        <translation>لم تحفظ الإشارة المرجعية</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Bookmark removed: {title}</source>
        <translation>أزيلت الإشارة المرجعية: {title}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bookmark restored</source>
        <translation>استعيدت الإشارة المرجعية</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>entry no longer in the catalogue</source>
        <translation>مدخل لم يعد في الكتالوج</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../../desktop_app/boot/translations.py" line="+33"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>ReadingController</name>
    <message>
        <location filename="../../desktop_app/reading/reading_controller.py" line="+86"/>
        <source>Where you are</source>
        <translation>موقعك الحالي</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>That entry is not in this catalogue.</source>
        <translation>هذا المدخل غير موجود في هذا الكتالوج.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Zoom %d%%</source>
        <translation>التكبير %d%%</translation>
    </message>
</context>
<context>
    <name>RecentSearches</name>
    <message>
        <location filename="../../desktop_app/search/recent_searches.py" line="+38"/>
        <source>Recent searches</source>
        <translation>عمليات البحث الأخيرة</translation>
    </message>
</context>
<context>
    <name>ResultsList</name>
    <message>
        <location filename="../../desktop_app/search/results_view.py" line="+347"/>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries matching the search; Up and Down move, Enter opens</source>
        <translation>المداخل المطابقة للبحث؛ السهمان لأعلى ولأسفل للتنقل، وEnter للفتح</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location line="-228"/>
        <source> (bookmarked; has your note)</source>
        <translation> (عليه إشارة مرجعية؛ عليه ملاحظتك)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (bookmarked)</source>
        <translation> (عليه إشارة مرجعية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (has your note)</source>
        <translation> (عليه ملاحظتك)</translation>
    </message>
</context>
<context>
    <name>SavedBar</name>
    <message>
        <location filename="../../desktop_app/briefing/saving.py" line="+81"/>
        <source>&amp;Open</source>
        <translation>ف&amp;تح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;Folder</source>
        <translation>إظهار في المج&amp;لد</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Saved “%1” · %Ln page</source>
        <translation>
            <numerusform>تم حفظ «%1» · %Ln صفحة</numerusform>
            <numerusform>تم حفظ «%1» · صفحة واحدة</numerusform>
            <numerusform>تم حفظ «%1» · صفحتان</numerusform>
            <numerusform>تم حفظ «%1» · %Ln صفحات</numerusform>
            <numerusform>تم حفظ «%1» · %Ln صفحة</numerusform>
            <numerusform>تم حفظ «%1» · %Ln صفحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved “%1” · %Ln pages</source>
        <translation>
            <numerusform>تم حفظ «%1» · %Ln صفحة</numerusform>
            <numerusform>تم حفظ «%1» · صفحة واحدة</numerusform>
            <numerusform>تم حفظ «%1» · صفحتان</numerusform>
            <numerusform>تم حفظ «%1» · %Ln صفحات</numerusform>
            <numerusform>تم حفظ «%1» · %Ln صفحة</numerusform>
            <numerusform>تم حفظ «%1» · %Ln صفحة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="+77"/>
        <source>Search fields, programmes, dialogues, regions…  (Ctrl+K)</source>
        <translation>ابحث في المجالات والبرامج والحوارات والمناطق…  (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to search; Up and Down choose a result, Enter opens it, Esc clears</source>
        <translation>اكتب للبحث؛ السهمان لأعلى ولأسفل لاختيار نتيجة، وEnter لفتحها، وEsc للمسح</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Search is getting ready…</source>
        <translation>جار تجهيز البحث…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Search failed</source>
        <translation>فشل البحث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search failed: %s</source>
        <translation>فشل البحث: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searched in %.1f ms</source>
        <translation>استغرق البحث %.1f مللي ثانية</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No entry names “%s”. The region that contains it:</source>
        <translation>لا يوجد مدخل يذكر «%s». المنطقة التي تضمها:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entry names “%s”.</source>
        <translation>لا يوجد مدخل يذكر «%s».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entries match “{query}” · 1 of your notes does</source>
        <translation>لا توجد مداخل تطابق «{query}» · تطابقه ملاحظة واحدة من ملاحظاتك</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No entries match “{query}” · %n of your notes do</source>
        <translation>
            <numerusform>لا توجد مداخل تطابق «{query}» · تطابقه %n من ملاحظاتك</numerusform>
            <numerusform>لا توجد مداخل تطابق «{query}» · تطابقه ملاحظة واحدة من ملاحظاتك</numerusform>
            <numerusform>لا توجد مداخل تطابق «{query}» · تطابقه ملاحظتان من ملاحظاتك</numerusform>
            <numerusform>لا توجد مداخل تطابق «{query}» · تطابقه %n من ملاحظاتك</numerusform>
            <numerusform>لا توجد مداخل تطابق «{query}» · تطابقه %n من ملاحظاتك</numerusform>
            <numerusform>لا توجد مداخل تطابق «{query}» · تطابقه %n من ملاحظاتك</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No entries match “%s”. Try fewer or other words.</source>
        <translation>لا توجد مداخل تطابق «%s». جرب كلمات أقل أو كلمات أخرى.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No results</source>
        <translation>لا توجد نتائج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 result</source>
        <translation>نتيجة واحدة</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 of your notes</source>
        <translation>ملاحظة واحدة من ملاحظاتك</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n of your notes</source>
        <translation>
            <numerusform>%n من ملاحظاتك</numerusform>
            <numerusform>ملاحظة واحدة من ملاحظاتك</numerusform>
            <numerusform>ملاحظتان من ملاحظاتك</numerusform>
            <numerusform>%n من ملاحظاتك</numerusform>
            <numerusform>%n من ملاحظاتك</numerusform>
            <numerusform>%n من ملاحظاتك</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 introduction</source>
        <translation>مقدمة واحدة</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n introductions</source>
        <translation>
            <numerusform>%n مقدمة</numerusform>
            <numerusform>مقدمة واحدة</numerusform>
            <numerusform>مقدمتان</numerusform>
            <numerusform>%n مقدمات</numerusform>
            <numerusform>%n مقدمة</numerusform>
            <numerusform>%n مقدمة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 field</source>
        <translation>مجال واحد</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n fields</source>
        <translation>
            <numerusform>%n مجال</numerusform>
            <numerusform>مجال واحد</numerusform>
            <numerusform>مجالان</numerusform>
            <numerusform>%n مجالات</numerusform>
            <numerusform>%n مجالا</numerusform>
            <numerusform>%n مجال</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 initiative</source>
        <translation>مبادرة واحدة</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n initiatives</source>
        <translation>
            <numerusform>%n مبادرة</numerusform>
            <numerusform>مبادرة واحدة</numerusform>
            <numerusform>مبادرتان</numerusform>
            <numerusform>%n مبادرات</numerusform>
            <numerusform>%n مبادرة</numerusform>
            <numerusform>%n مبادرة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 dialogue</source>
        <translation>حوار واحد</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n dialogues</source>
        <translation>
            <numerusform>%n حوار</numerusform>
            <numerusform>حوار واحد</numerusform>
            <numerusform>حواران</numerusform>
            <numerusform>%n حوارات</numerusform>
            <numerusform>%n حوارا</numerusform>
            <numerusform>%n حوار</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>My note: %1</source>
        <translation>ملاحظتي: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="+148"/>
        <location line="+1"/>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by command or key…</source>
        <translation>التصفية حسب الأمر أو المفتاح…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter shortcuts</source>
        <translation>تصفية الاختصارات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of a command&apos;s name or a key; Down moves to the table.</source>
        <translation>اكتب جزءا من اسم أمر أو مفتاحا؛ السهم لأسفل ينقلك إلى الجدول.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Commands and their keys</source>
        <translation>الأوامر ومفاتيحها</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>To change a shortcut, edit {path} and restart Field Reference. For example:</source>
        <translation>لتغيير اختصار، حرر الملف {path} ثم أعد تشغيل Field Reference. مثلا:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where to change shortcuts</source>
        <translation>أين تغير الاختصارات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example shortcuts file</source>
        <translation>مثال على ملف الاختصارات</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <location line="-97"/>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no shortcut</source>
        <translation>لا يوجد اختصار</translation>
    </message>
</context>
<context>
    <name>StartupController</name>
    <message>
        <location filename="../../desktop_app/boot/startup_controller.py" line="+174"/>
        <source>Catalogue %s is now open.</source>
        <translation>الكتالوج %s مفتوح الآن.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Content pack</source>
        <translation>حزمة المحتوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new catalogue could not be opened: %s</source>
        <translation>تعذر فتح الكتالوج الجديد: %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field Reference cannot start</source>
        <translation>يتعذر تشغيل Field Reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue could not be opened:

%s

%s</source>
        <translation>تعذر فتح الكتالوج:

%s

%s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="+62"/>
        <source>From a source checkout run &apos;make build&apos;; an installed copy should be reinstalled.</source>
        <translation>في نسخة من الشيفرة المصدرية شغل &apos;make build&apos;؛ أما النسخة المثبتة فيجب إعادة تثبيتها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reinstall Field Reference, or rebuild the catalogue with &apos;fieldref build&apos;.</source>
        <translation>أعد تثبيت Field Reference، أو أعد إنشاء الكتالوج بالأمر &apos;fieldref build&apos;.</translation>
    </message>
</context>
<context>
    <name>TreeController</name>
    <message>
        <location filename="../../desktop_app/tree/tree_controller.py" line="+95"/>
        <source>Catalogue tree</source>
        <translation>شجرة الكتالوج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions, fields and programmes; Enter opens</source>
        <translation>المناطق والمجالات والبرامج؛ Enter للفتح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group the tree</source>
        <translation>تجميع الشجرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By region</source>
        <translation>حسب المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By field</source>
        <translation>حسب المجال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A–Z</source>
        <translation>أبجديا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By kind</source>
        <translation>حسب النوع</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Could not build the tree: %s</source>
        <translation>تعذر إنشاء الشجرة: %s</translation>
    </message>
</context>
<context>
    <name>UserLayer</name>
    <message>
        <location filename="../../desktop_app/userdata/user_layer.py" line="+102"/>
        <source>Note not saved: %s</source>
        <translation>لم تحفظ الملاحظة: %s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your notes</source>
        <translation>ملاحظاتك</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Export notes and bookmarks</source>
        <translation>تصدير الملاحظات والإشارات المرجعية</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Handover files (*.json)</source>
        <translation>ملفات التسليم (*.json)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Import notes and bookmarks</source>
        <translation>استيراد الملاحظات والإشارات المرجعية</translation>
    </message>
</context>
<context>
    <name>WindowState</name>
    <message>
        <location filename="../../desktop_app/mainwindow/window_state.py" line="+119"/>
        <source>About Field Reference</source>
        <translation>حول Field Reference</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Field Reference %s</source>
        <translation>Field Reference %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content: “{title}”, from the text in which ICMPD (the International Centre for Migration Policy Development) describes its fields of expertise, arranged here by field, region, initiative and dialogue.</source>
        <translation>المحتوى: «{title}»، مأخوذ من النص الذي يصف فيه المركز الدولي لتطوير سياسات الهجرة (ICMPD) مجالات خبرته، ومرتب هنا حسب المجال والمنطقة والمبادرة والحوار.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data as of {date} (catalogue {version}).</source>
        <translation>البيانات حتى {date} (الكتالوج {version}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content hash %s</source>
        <translation>بصمة المحتوى %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installed content packs:</source>
        <translation>حزم المحتوى المثبتة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No content packs installed (shipped catalogue).</source>
        <translation>لا توجد حزم محتوى مثبتة (الكتالوج المرفق بالتطبيق).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(data as of %s)</source>
        <translation>(البيانات حتى %s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its publisher key is no longer trusted: the next import leaves it out.</source>
        <translation>لم يعد مفتاح الناشر لهذه الحزمة موثوقا: سيستبعدها الاستيراد التالي.</translation>
    </message>
</context>
</TS>
