#include "openfromserverdialog.h"

#include "ui_openfromserverdialog.h"

#include "storage/planlocation.h"
#include "storage/planserver.h"
#include "storage/serverpasswords.h"
#include "storage/storageerror.h"

#include <QInputDialog>
#include <QKeyEvent>
#include <QPushButton>
#include <QSettings>

namespace cairn {

namespace {

const QString ServerKey = QStringLiteral("server/lastAddress");

} // namespace

OpenFromServerDialog::OpenFromServerDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OpenFromServerDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("openFromServerDialog"));
    m_ui->message->hide();
    m_ui->serverEdit->setText(QSettings().value(ServerKey).toString());
    connect(m_ui->showPlans, &QPushButton::clicked, this, &OpenFromServerDialog::showPlans);
    // Return in the address field lists the plans rather than opening one.
    m_ui->serverEdit->installEventFilter(this);
    connect(m_ui->plans, &QListWidget::itemActivated, this, &OpenFromServerDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &OpenFromServerDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &OpenFromServerDialog::reject);
}

OpenFromServerDialog::~OpenFromServerDialog() = default;

QString OpenFromServerDialog::location() const
{
    const QListWidgetItem *item = m_ui->plans->currentItem();
    if (!item)
        return {};
    return PlanLocation::parse(m_ui->serverEdit->text().trimmed()).withPlan(item->data(Qt::UserRole).toString()).toString();
}

void OpenFromServerDialog::accept()
{
    if (!m_ui->plans->currentItem()) {
        refuse(m_ui->plans->count() == 0 ? tr("Give the server's address and press Show Plans, then choose a plan.")
                                         : tr("Choose one of the plans on the server."));
        return;
    }
    QSettings().setValue(ServerKey, m_ui->serverEdit->text().trimmed());
    QDialog::accept();
}

bool OpenFromServerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->serverEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            showPlans();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void OpenFromServerDialog::showPlans()
{
    m_ui->plans->clear();
    m_ui->message->hide();
    const QString address = m_ui->serverEdit->text().trimmed();
    try {
        if (!PlanLocation::isServer(address)) {
            refuse(tr("\"%1\" is not a server's address; it begins with postgresql://, as in "
                      "postgresql://login@server.example.org/cairn.")
                       .arg(address));
            return;
        }
        const PlanLocation location = PlanLocation::parse(address);
        std::vector<PlanServer::Entry> plans;
        if (!withPassword(this, address, [&] { plans = PlanServer::plansAt(location); }))
            return;
        for (const PlanServer::Entry &entry : plans) {
            auto *item = new QListWidgetItem(entry.title, m_ui->plans);
            item->setData(Qt::UserRole, entry.id);
            item->setToolTip(tr("Put on the server by %1 on %2").arg(entry.pushedBy, QLocale().toString(entry.pushedAt.toLocalTime(), QLocale::ShortFormat)));
        }
        if (plans.empty()) {
            refuse(tr("The server holds no plans yet. A coordinator puts one there with \"cairn-cli server push\" (docs/server.md)."));
            return;
        }
        m_ui->plans->setCurrentRow(0);
        m_ui->plans->setFocus();
    } catch (const StorageError &error) {
        refuse(error.message());
    }
}

void OpenFromServerDialog::refuse(const QString &text)
{
    m_ui->message->setText(text);
    m_ui->message->show();
}

bool OpenFromServerDialog::withPassword(QWidget *parent, const QString &location, const std::function<void()> &work)
{
    for (;;) {
        try {
            work();
            return true;
        } catch (const StorageError &error) {
            if (error.kind() != StorageError::Kind::Password)
                throw;
            // Only a server asks for a password: `location` is its URL.
            const PlanLocation where = PlanLocation::parse(location);
            const bool refused = !ServerPasswords::of(where).isEmpty();
            bool given = false;
            const QString password = QInputDialog::getText(
                parent, tr("Password"),
                (refused ? tr("The server refused that password. ") : QString())
                    + tr("The password of %1 on %2 (kept until Cairn closes, never saved):").arg(where.userShown(), where.server()),
                QLineEdit::Password, {}, &given);
            if (!given || password.isEmpty())
                return false;
            ServerPasswords::remember(where, password);
        }
    }
}

} // namespace cairn
