#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QStringList>

// A read-only table of texts for figures already computed in app/ (the console's KPIs): a
// header, rows, right-aligned numeric columns and an optional colour per row.
class StringTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit StringTableModel(QObject *parent = nullptr);

    void setHeader(const QStringList &header, const QList<bool> &rightAligned = {});
    void setRows(const QList<QStringList> &rows, const QList<QColor> &colours = {});
    QString text(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<bool> m_right;
    QList<QStringList> m_rows;
    QList<QColor> m_colours;
};
