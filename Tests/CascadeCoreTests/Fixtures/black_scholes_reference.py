#!/usr/bin/env python3
"""Reference values for BlackScholesReferenceTests: Black-Scholes on spot and Black-76 on a forward,
evaluated with mpmath at 50 significant digits.

Prices come from the closed forms; every Greek is an mpmath numerical derivative of the price
(mp.diff), not its closed form, so the test checks the Swift formulas against an independent route.
Theta is -dV/dT (per year), vega per 1.00 of volatility, rho per 1.00 of rate; Black-76 holds the
forward fixed. Run from anywhere: python3 black_scholes_reference.py (needs mpmath 1.3); it writes
black_scholes_reference.csv beside itself.
"""
import csv
import os

from mpmath import mp, mpf, erfc, exp, log, sqrt, diff, nstr

mp.dps = 50

RATIOS = ["0.3", "0.5", "0.8", "0.95", "1", "1.05", "1.25", "2", "3"]  # K / underlying
DAYS = ["1", "30", "182.5", "730"]
VOLS = ["0.05", "0.25", "0.8", "2"]
RATES = ["0", "0.03"]
UNDERLYING = "100"


def ncdf(x):
    return erfc(-x / sqrt(2)) / 2


def d1d2(underlying, strike, years, rate, vol, model):
    drift = rate if model == "spot" else 0
    s = vol * sqrt(years)
    d1 = (log(underlying / strike) + (drift + vol * vol / 2) * years) / s
    return d1, d1 - s


def price(right, model, underlying, strike, years, rate, vol):
    d1, d2 = d1d2(underlying, strike, years, rate, vol, model)
    discount = exp(-rate * years)
    present = underlying if model == "spot" else underlying * discount
    if right == "call":
        return present * ncdf(d1) - strike * discount * ncdf(d2)
    return strike * discount * ncdf(-d2) - present * ncdf(-d1)


def row(right, model, underlying, strike, years, rate, vol):
    def p(u=underlying, t=years, r=rate, v=vol):
        return price(right, model, u, strike, t, r, v)

    d1, d2 = d1d2(underlying, strike, years, rate, vol, model)
    values = [
        p(),
        diff(lambda u: p(u=u), underlying),
        diff(lambda u: p(u=u), underlying, 2),
        diff(lambda v: p(v=v), vol),
        -diff(lambda t: p(t=t), years),
        diff(lambda r: p(r=r), rate),
        d1,
        d2,
    ]
    return [nstr(value, 17, min_fixed=0, max_fixed=0) for value in values]


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "black_scholes_reference.csv")
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(
            ["model", "right", "underlying", "strike", "days", "rate", "vol",
             "price", "delta", "gamma", "vega", "theta", "rho", "d1", "d2"])
        for model in ["spot", "forward"]:
            for right in ["call", "put"]:
                for ratio in RATIOS:
                    for days in DAYS:
                        for vol in VOLS:
                            for rate in RATES:
                                underlying = mpf(UNDERLYING)
                                strike = underlying * mpf(ratio)
                                years = mpf(days) / 365
                                values = row(right, model, underlying, strike, years, mpf(rate), mpf(vol))
                                writer.writerow(
                                    [model, right, UNDERLYING, nstr(strike, 17), days, rate, vol] + values)


if __name__ == "__main__":
    main()
