#pragma once

#include "core/plantally.h"

#include <QWidget>

namespace cairn {

// A horizontal bar split by status: each part as wide as its count, in the
// status colour with its shape drawn in it where there is room.
class StatusBar : public QWidget
{
    Q_OBJECT

public:
    explicit StatusBar(QWidget *parent = nullptr);
    void setCounts(const StatusCounts &counts);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    StatusCounts m_counts;
};

} // namespace cairn
