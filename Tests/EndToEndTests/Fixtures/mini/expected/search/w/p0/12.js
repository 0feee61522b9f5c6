plansiteSearchLoaded("w/p0/12",{
"12":[0,18]
});
