import CascadeCore

extension Event {
    /// Describes the event as named fields: prices in ticks, sizes in lots, money in the asset's
    /// minor units, rates in 10⁻⁸; `time` is the simulated milliseconds it happened at.
    func describe<Writer: EventFieldWriter>(to writer: inout Writer, at time: Int64) {
        switch self {
        case .deposited(let account, let asset, let amount):
            writer.begin("deposited", time: time)
            writer.field("account", account.rawValue)
            writer.field("asset", asset.symbol)
            writer.field("amount", amount.units)
        case .withdrew(let account, let asset, let amount):
            writer.begin("withdrew", time: time)
            writer.field("account", account.rawValue)
            writer.field("asset", asset.symbol)
            writer.field("amount", amount.units)
        case .rejected(let account, let reason):
            writer.begin("rejected", time: time)
            writer.field("account", account.rawValue)
            writer.field("reason", reason.description)
        case .orderRejected(let order, let account, let reason, let client):
            writer.begin("order_rejected", time: time)
            writer.field("order", order.rawValue)
            writer.field("client", client.rawValue)
            writer.field("account", account.rawValue)
            writer.field("reason", reason.description)
        case .book(let instrument, let event, let client):
            event.describe(to: &writer, instrument: instrument, at: time)
            if let client { writer.field("client", client.rawValue) }
        case .fill(let fill):
            writer.begin("fill", time: time)
            writer.field("account", fill.account.rawValue)
            writer.field("instrument", fill.instrument.rawValue)
            writer.field("order", fill.order.rawValue)
            if let client = fill.clientOrderID { writer.field("client", client.rawValue) }
            writer.field("side", fill.side.name)
            writer.field("price", fill.price.ticks)
            writer.field("quantity", fill.quantity.lots)
            writer.field("maker", fill.isMaker)
            writer.field("fee", fill.fee.units)
            writer.field("realized_pnl", fill.realizedPnL.units)
            writer.field("position", fill.positionSize)
        case .leverageSet(let account, let instrument, let leverage):
            writer.begin("leverage_set", time: time)
            writer.field("account", account.rawValue)
            writer.field("instrument", instrument.rawValue)
            writer.field("leverage", leverage)
        case .marginModeSet(let account, let instrument, let mode):
            writer.begin("margin_mode_set", time: time)
            writer.field("account", account.rawValue)
            writer.field("instrument", instrument.rawValue)
            writer.field("mode", mode == .isolated ? "isolated" : "cross")
        case .crossMarginModelSet(let account, let asset, let model):
            writer.begin("cross_margin_model_set", time: time)
            writer.field("account", account.rawValue)
            writer.field("asset", asset.symbol)
            writer.field("model", model.description)
        case .isolatedMarginAdjusted(let account, let instrument, let amount):
            writer.begin("isolated_margin_adjusted", time: time)
            writer.field("account", account.rawValue)
            writer.field("instrument", instrument.rawValue)
            writer.field("amount", amount.units)
        case .indexUpdated(let instrument, let index):
            writer.begin("index", time: time)
            writer.field("instrument", instrument.rawValue)
            writer.field("price", index.price?.ticks ?? 0)
            writer.field("sources", index.used.count)
            writer.field("stale", index.stale.count)
            writer.field("outliers", index.outliers.count)
        case .markUpdated(let instrument, let mark):
            writer.begin("mark", time: time)
            writer.field("instrument", instrument.rawValue)
            writer.field("price", mark.price.ticks)
        case .fundingSettled(let settlement):
            writer.begin("funding_settled", time: time)
            writer.field("instrument", settlement.instrument.rawValue)
            writer.field("rate", settlement.rate.units)
            writer.field("charged_rate", settlement.chargedRate.units)
            writer.field("average_premium", settlement.averagePremium.units)
            writer.field("samples", settlement.samples)
            writer.field("remainder", settlement.remainder.units)
        case .fundingPaid(let account, let instrument, let amount):
            writer.begin("funding_paid", time: time)
            writer.field("account", account.rawValue)
            writer.field("instrument", instrument.rawValue)
            writer.field("amount", amount.units)
        case .liquidation(let step):
            step.describe(to: &writer, at: time)
        case .optionListed(let instrument):
            writer.begin("option_listed", time: time)
            writer.field("instrument", instrument.rawValue)
        case .optionSettled(let settlement):
            writer.begin("option_settled", time: time)
            writer.field("account", settlement.account.rawValue)
            writer.field("instrument", settlement.instrument.rawValue)
            writer.field("size", settlement.size)
            writer.field("price", settlement.price.ticks)
            writer.field("realized_pnl", settlement.realizedPnL.units)
        case .optionExpired(let instrument, let index, let value):
            writer.begin("option_expired", time: time)
            writer.field("instrument", instrument.rawValue)
            writer.field("settlement_index", index.ticks)
            writer.field("value", value.ticks)
        case .lending(let event):
            event.describe(to: &writer, at: time)
        case .marginRequirement(let change):
            writer.begin(change.phase == .announced ? "margin_announced" : "margin_effective", time: time)
            writer.field("instrument", change.instrument.rawValue)
            writer.field("old_rate", change.oldRate.units)
            writer.field("new_rate", change.newRate.units)
            writer.field("announced", change.announced)
            writer.field("effective", change.effective)
        }
        writer.end()
    }
}

extension BookEvent {
    fileprivate func describe<Writer: EventFieldWriter>(
        to writer: inout Writer, instrument: InstrumentID, at time: Int64
    ) {
        switch self {
        case .accepted(let order, let account):
            writer.begin("accepted", time: time)
            writer.field("order", order.rawValue)
            writer.field("account", account.rawValue)
        case .rejected(let order, let reason):
            writer.begin("book_rejected", time: time)
            writer.field("order", order.rawValue)
            writer.field("reason", reason.description)
        case .trade(let trade):
            writer.begin("trade", time: time)
            writer.field("maker_order", trade.makerID.rawValue)
            writer.field("taker_order", trade.takerID.rawValue)
            writer.field("maker", trade.makerAccount.rawValue)
            writer.field("taker", trade.takerAccount.rawValue)
            writer.field("price", trade.price.ticks)
            writer.field("quantity", trade.quantity.lots)
            writer.field("aggressor", trade.aggressor.name)
        case .cancelled(let order, let quantity, let reason):
            writer.begin("cancelled", time: time)
            writer.field("order", order.rawValue)
            writer.field("quantity", quantity.lots)
            writer.field("reason", reason.name)
        case .amended(let order, let price, let quantity):
            writer.begin("amended", time: time)
            writer.field("order", order.rawValue)
            writer.field("price", price.ticks)
            writer.field("quantity", quantity.lots)
        case .triggered(let order):
            writer.begin("triggered", time: time)
            writer.field("order", order.rawValue)
        case .expired(let order, let quantity):
            writer.begin("expired", time: time)
            writer.field("order", order.rawValue)
            writer.field("quantity", quantity.lots)
        }
        writer.field("instrument", instrument.rawValue)
    }
}

extension LiquidationStep {
    fileprivate func describe<Writer: EventFieldWriter>(to writer: inout Writer, at time: Int64) {
        switch self {
        case .triggered(let account, let scope, let mark, let equity, let maintenance):
            writer.begin("liquidation_triggered", time: time)
            writer.field("account", account.rawValue)
            scope.describe(to: &writer)
            writer.field("mark", mark.ticks)
            writer.field("equity", equity.units)
            writer.field("maintenance", maintenance.units)
        case .averted(let account, let scope, let equity, let maintenance):
            writer.begin("liquidation_averted", time: time)
            writer.field("account", account.rawValue)
            scope.describe(to: &writer)
            writer.field("equity", equity.units)
            writer.field("maintenance", maintenance.units)
        case .bookOrder(let account, let instrument, let order, let side, let quantity, let limit, let bankruptcy):
            writer.begin("liquidation_order", time: time)
            writer.field("account", account.rawValue)
            writer.field("instrument", instrument.rawValue)
            writer.field("order", order.rawValue)
            writer.field("side", side.name)
            writer.field("quantity", quantity.lots)
            writer.field("limit", limit.ticks)
            writer.field("bankruptcy_price", bankruptcy.ticks)
        case .backstopTakeover(let account, let instrument, let quantity, let price):
            writer.begin("backstop_takeover", time: time)
            writer.field("account", account.rawValue)
            writer.field("instrument", instrument.rawValue)
            writer.field("quantity", quantity.lots)
            writer.field("price", price.ticks)
        case .autoDeleveraged(let account, let counterparty, let instrument, let quantity, let price):
            writer.begin("auto_deleveraged", time: time)
            writer.field("account", account.rawValue)
            writer.field("counterparty", counterparty.rawValue)
            writer.field("instrument", instrument.rawValue)
            writer.field("quantity", quantity.lots)
            writer.field("price", price.ticks)
        case .fundTakeover(let account, let instrument, let quantity, let price):
            writer.begin("fund_takeover", time: time)
            writer.field("account", account.rawValue)
            writer.field("instrument", instrument.rawValue)
            writer.field("quantity", quantity.lots)
            writer.field("price", price.ticks)
        case .insuranceFund(let payment):
            writer.begin("insurance_fund", time: time)
            writer.field("asset", payment.fund.asset.index)
            writer.field("change", payment.change.units)
            writer.field("balance", payment.balance.units)
            writer.field("pool", payment.fund.contract.map { Int64($0.rawValue) } ?? -1)
            writer.field("account", payment.account.rawValue)
            writer.field("instrument", payment.instrument.map { Int64($0.rawValue) } ?? -1)
            writer.field("reason", payment.reason.rawValue)
        case .badDebt(let account, let asset, let amount):
            writer.begin("bad_debt", time: time)
            writer.field("account", account.rawValue)
            writer.field("asset", asset.index)
            writer.field("amount", amount.units)
        case .reduction(let step):
            writer.begin("position_reduction", time: time)
            writer.field("account", step.account.rawValue)
            writer.field("asset", step.asset.index)
            writer.field("instrument", step.instrument.rawValue)
            writer.field("order", step.order.rawValue)
            writer.field("side", step.side.name)
            writer.field("quantity", step.quantity.lots)
            writer.field("filled", step.filled.lots)
            writer.field("limit", step.limit.ticks)
            writer.field("spot_shock", Int64((step.spotShock * Double(Rate.one)).rounded()))
            writer.field("vol_shock", Int64((step.volShock * Double(Rate.one)).rounded()))
            writer.field("equity_before", step.equityBefore.units)
            writer.field("maintenance_before", step.maintenanceBefore.units)
            writer.field("equity_after", step.equityAfter.units)
            writer.field("maintenance_after", step.maintenanceAfter.units)
        case .finished(let account, let scope, let closedAll):
            writer.begin("liquidation_finished", time: time)
            writer.field("account", account.rawValue)
            scope.describe(to: &writer)
            writer.field("closed_all", closedAll)
        }
    }
}

extension LiquidationScope {
    fileprivate func describe<Writer: EventFieldWriter>(to writer: inout Writer) {
        switch self {
        case .isolated(let instrument):
            writer.field("scope", "isolated")
            writer.field("instrument", instrument.rawValue)
        case .cross(let asset):
            writer.field("scope", "cross")
            writer.field("asset", asset.index)
        }
    }
}

extension Side {
    var name: String { self == .buy ? "buy" : "sell" }
}

extension CancelReason {
    var name: String {
        switch self {
        case .requested: "requested"
        case .selfTradePrevention: "self_trade_prevention"
        case .reduceOnly: "reduce_only"
        }
    }
}
